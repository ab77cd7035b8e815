/**
 * rehype plugin: WordPress's paragraph rules (`wpautop`) for classic-editor posts: a blank line between pieces of
 * text or inline elements ends a paragraph, and a single line break inside one is a `<br>`. Block elements
 * (figures, lists, tables, headings, quotes, and the `<p>` an editor wrote out) stand on their own, so a post that
 * mixes written-out paragraphs with blank-line ones keeps both. Done on the tree: runs of the root's inline children
 * become `<p>` elements. Block-editor posts (their `<!-- wp:… -->` markers) are left alone, as WordPress leaves
 * them.
 */
import type { ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";

/** The elements that stand on their own, as wpautop lists them. */
export const BLOCK: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "details",
  "div",
  "dl",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "iframe",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
  "video",
  "audio",
]);

/** Whether the post was written in the block editor: its blocks are marked by `<!-- wp:name -->` comments. */
function isBlockEditor(tree: Root): boolean {
  return tree.children.some((c) => c.type === "comment" && /^\s*\/?wp:/.test(c.value));
}

/** Line breaks inside a paragraph's text become `<br>`. */
function withBreaks(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== "text" || !node.value.includes("\n")) return [node];
    return node.value
      .split(/[ \t]*\n[ \t]*/)
      .flatMap((piece, i): ElementContent[] => [
        ...(i > 0 ? [h("br")] : []),
        ...(piece ? [{ type: "text" as const, value: piece }] : []),
      ]);
  });
}

function trimmed(nodes: ElementContent[]): ElementContent[] {
  const out = [...nodes];
  const blank = (n: ElementContent | undefined) => n?.type === "text" && !n.value.trim();
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  if (out[0]?.type === "text") out[0] = { ...out[0], value: out[0].value.replace(/^\s+/, "") };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, "") };
  return out;
}

export default function rehypeWpautop() {
  return (tree: Root) => {
    if (isBlockEditor(tree)) return;
    const output: RootContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      const content = trimmed(run);
      if (content.length) output.push(h("p", withBreaks(content)));
      run = [];
    };
    for (const node of tree.children) {
      if (node.type === "element" && BLOCK.has(node.tagName)) {
        flush();
        output.push(node);
      } else if (node.type === "text") {
        const pieces = node.value.split(/\n[ \t]*\n\s*/);
        pieces.forEach((piece, i) => {
          if (i > 0) flush();
          if (piece) run.push({ type: "text", value: piece });
        });
      } else if (node.type === "element") {
        run.push(node);
      } else if (node.type === "comment" || node.type === "doctype") {
        // Comments (Gutenberg's block markers among them) carry nothing for readers.
      }
    }
    flush();
    tree.children = output;
  };
}
