/**
 * The last resort for a post no tree can hold (a body nested thousands of levels deep overflows the stack of every
 * HTML parser that builds one): its text, paragraph by paragraph, read by parse5's tokenizer, which keeps no tree
 * and so never recurses. A block element (paragraph, heading, list item, table row, line break…) ends a paragraph;
 * what scripts, styles and templates hold is not text. The paragraphs are written by remark-stringify, which
 * escapes what Markdown would read otherwise.
 */
import type { Paragraph, Root } from "mdast";
import { Token, Tokenizer } from "parse5";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { BLOCK } from "./rehype-wpautop";

/** What ends a paragraph of text: a block element (as wpautop lists them), a line break, a list item, a row. */
const BREAKS = new Set([...BLOCK, "br", "li", "dd", "dt", "tr", "td", "th", "figcaption"]);
const HIDDEN = new Set(["script", "style", "template", "noscript", "iframe", "textarea", "title"]);

/** The paragraphs of text of an HTML fragment, without building its tree. */
export function plainParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let hidden: string | null = null;
  const end = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const tag = (token: Token.TagToken) => {
    if (hidden) {
      if (token.tagName === hidden && token.type === Token.TokenType.END_TAG) hidden = null;
      return;
    }
    if (HIDDEN.has(token.tagName) && token.type === Token.TokenType.START_TAG && !token.selfClosing)
      hidden = token.tagName;
    else if (BREAKS.has(token.tagName)) end();
  };
  const text = (token: Token.CharacterToken) => {
    if (!hidden) current += token.chars;
  };
  const tokenizer = new Tokenizer(
    {},
    {
      onStartTag: tag,
      onEndTag: tag,
      onCharacter: text,
      onWhitespaceCharacter: text,
      onNullCharacter: () => {},
      onComment: () => {},
      onDoctype: () => {},
      onEof: () => {},
    },
  );
  tokenizer.write(html, true);
  end();
  return paragraphs;
}

/** Those paragraphs as Markdown. */
export function plainMarkdown(html: string): string {
  const root: Root = {
    type: "root",
    children: plainParagraphs(html).map((value): Paragraph => ({
      type: "paragraph",
      children: [{ type: "text", value }],
    })),
  };
  return unified().use(remarkStringify).stringify(root);
}
