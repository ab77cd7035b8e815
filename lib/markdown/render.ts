/**
 * The Markdown pipeline: parse, check links and images, turn lone images
 * into figures, render sanitized HTML. One processor is built per content
 * load and reused for every article.
 */
import type { Paragraph, Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { toString } from "mdast-util-to-string";
import { VFile } from "vfile";
import type { ArticleImage } from "../content/schema";
import remarkFigure from "./remark-figure";
import remarkGallery from "./remark-gallery";
import remarkImages from "./remark-images";
import remarkNesting from "./remark-nesting";
import remarkSafeLinks from "./remark-safe-links";
import remarkTableRegion from "./remark-table-region";
import remarkTypography from "./remark-typography";
import { sanitizeSchema } from "./sanitize";

declare module "vfile" {
  interface DataMap {
    firstParagraph: string;
    plainText: string;
  }
}

/**
 * Record the body as plain text (for search), and the first paragraph (for
 * the summary). Runs after figures are made, so photos are not paragraphs.
 */
function remarkPlainText() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node): node is Paragraph => node.type === "paragraph");
    file.data.firstParagraph = first ? toString(first, { includeHtml: false }) : "";
    file.data.plainText = tree.children
      .map((node) => toString(node, { includeHtml: false, includeImageAlt: false }))
      .filter(Boolean)
      .join("\n");
  };
}

/** What a plugin reported (a vfile message): an error when `fatal`, else a warning. */
export interface MarkdownMessage {
  /** 1-based line relative to the body, when known. */
  line?: number;
  message: string;
  /** The rule (`image-alt`, `unsafe-link`, `figure-caption`, a typography check's id…) and the plugin. */
  ruleId?: string;
  source?: string;
  fatal: boolean;
}

export interface RenderedMarkdown {
  html: string;
  images: ArticleImage[];
  /** Every image path the body refers to, found or not. */
  imageSources: string[];
  firstParagraph: string;
  /** The body as plain text, one line per block. */
  plainText: string;
  /** Every plugin's messages, in the order they were reported. */
  messages: MarkdownMessage[];
}

export interface MarkdownOptions {
  publicDir: string;
}

export function createMarkdownRenderer(options: MarkdownOptions) {
  const processor = remark()
    // Tables, strikethrough and bare web addresses made links (GitHub Flavored Markdown).
    .use(remarkGfm, { singleTilde: false })
    .use(remarkNesting)
    .use(remarkSafeLinks)
    .use(remarkTypography)
    .use(remarkImages, { publicDir: options.publicDir })
    .use(remarkFigure)
    .use(remarkGallery)
    .use(remarkTableRegion)
    .use(remarkPlainText)
    .use(remarkHtml, { sanitize: sanitizeSchema })
    .freeze();

  return function render(markdown: string): RenderedMarkdown {
    const file = new VFile({ value: markdown });
    processor.processSync(file);
    return {
      html: String(file.value),
      images: file.data.images ?? [],
      imageSources: file.data.imageSources ?? [],
      firstParagraph: file.data.firstParagraph ?? "",
      plainText: file.data.plainText ?? "",
      messages: file.messages.map((m) => ({
        ...(m.line ? { line: m.line } : {}),
        message: m.reason,
        ...(m.ruleId ? { ruleId: m.ruleId } : {}),
        ...(m.source ? { source: m.source } : {}),
        // Only plugins of this pipeline report, each saying which of its messages are errors.
        fatal: m.fatal === true,
      })),
    };
  };
}
