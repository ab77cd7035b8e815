/**
 * A WordPress post's body → Markdown in the editors' format, with the unified stack (no regular expressions on
 * HTML): parse (rehype-parse) → shortcodes (rehype-shortcodes) → paragraph rules for classic posts
 * (rehype-wpautop) → alt text for photos that have none (rehype-alt-text) → embedded frames as links
 * (rehypeEmbeds) → superscripts and subscripts as Unicode characters (rehype-sup-sub) → sanitize (hast-util-sanitize:
 * no script, no event handler, no `javascript:` URL) → Markdown (rehype-remark, with figures as
 * `![alt](src "caption")`) → text (remark-stringify, with remark-gfm for tables and strikethrough).
 *
 * Nothing a post holds stops the import: when the whole conversion fails on a post, it is converted again keeping
 * only text, paragraphs, headings, lists, links and photos, and the post's report says what was lost
 * (`Body.fallback`).
 */
import type { Element, Root } from "hast";
import { defaultSchema, sanitize } from "hast-util-sanitize";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import type { Image, Paragraph } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import rehypeAltText from "./rehype-alt-text";
import rehypeShortcodes, { type Attachment } from "./rehype-shortcodes";
import rehypeSupSub from "./rehype-sup-sub";
import rehypeWpautop from "./rehype-wpautop";
import { plainMarkdown } from "./plain-text";
import { viImport } from "./vi";

const SCHEMA = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
};

/** What the second attempt at a post keeps: text and the plainest structure. */
const PLAIN_SCHEMA = {
  ...defaultSchema,
  tagNames: [
    "p",
    "br",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "img",
    "figure",
    "figcaption",
  ],
};

function classes(node: Element): string[] {
  return ([] as unknown[]).concat(node.properties.className ?? []).map(String);
}

/** rehype plugin: an `<iframe>` (YouTube, Facebook video) or a Gutenberg embed block → a paragraph with its link. */
export function rehypeEmbeds() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const embed = node.tagName === "figure" && classes(node).some((c) => c.startsWith("wp-block-embed"));
      const url =
        node.tagName === "iframe" ? String(node.properties.src ?? "") : embed ? toString(node).trim() : "";
      if (node.tagName !== "iframe" && !embed) return;
      parent.children.splice(
        index,
        1,
        ...(url ? [h("p", [h("a", { href: url }, `${viImport.video}: ${url}`)])] : []),
      );
      return index;
    });
  };
}

function rehypeSanitize(schema: typeof SCHEMA = SCHEMA) {
  return (tree: Root) => sanitize(tree, schema) as Root;
}

export interface BodyOptions {
  attachments?: ReadonlyMap<number, Attachment>;
  /** The post being converted (its own photos for `[gallery]` without ids). */
  postId?: number;
  /** A photo's new address, or null when its file is missing (the figure is then left out and reported). */
  image?: (src: string) => string | null;
  /** A link's new address (old posts' URLs → their new pages); the same URL when it is not the old site's. */
  link?: (href: string) => string;
  /** A linked document's new address (its file copied), or null when it is not one of the old site's uploads. */
  file?: (href: string) => string | null;
}

/** The formats of the documents a post links to that are copied with it (the rest stay links). */
export const DOCUMENT_LINK = /\.(pdf|docx?|xlsx?|odt|ods|pptx?)$/i;

/**
 * rehype plugin: photos, documents and links to their new addresses; a photo whose file is missing leaves its
 * figure out.
 */
export function rehypeUrls({ image, link, file }: Pick<BodyOptions, "image" | "link" | "file">) {
  const hasPhoto = (node: Element) => {
    let photo = false;
    visit(node, "element", (child) => {
      if (child.tagName === "img") photo = true;
    });
    return photo;
  };
  return (tree: Root) => {
    // The figures that hold photos: those left without one go (a table's or a quotation's figure stays).
    const photoFigures = new Set<Element>();
    visit(tree, "element", (node) => {
      if (node.tagName === "figure" && hasPhoto(node)) photoFigures.add(node);
    });
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName === "a" && typeof node.properties.href === "string") {
        const href = node.properties.href;
        const copied = file && DOCUMENT_LINK.test(href.split(/[?#]/)[0]!) ? file(href) : null;
        node.properties.href = copied ?? (link ? link(href) : href);
      }
      if (node.tagName !== "img" || !image || !parent || index === undefined) return;
      const src = image(String(node.properties.src ?? ""));
      if (src !== null) {
        node.properties.src = src;
        return;
      }
      parent.children.splice(index, 1);
      return index;
    });
    // A figure whose photo is gone goes too (its caption alone would read as a stray line).
    visit(tree, "element", (node, index, parent) => {
      if (!photoFigures.has(node) || !parent || index === undefined || hasPhoto(node)) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

const isElement = (node: unknown, tag: string): node is Element =>
  (node as Element | undefined)?.type === "element" && (node as Element).tagName === tag;

/** A figure's own caption: its `figcaption` child (not one of a nested figure). */
function ownCaption(figure: Element): Element | undefined {
  return figure.children.find((child): child is Element => isElement(child, "figcaption"));
}

/** Every photo of a figure, each with the caption of the innermost figure that holds it. */
function photosOf(figure: Element): { image: Element; caption?: Element }[] {
  const photos: { image: Element; caption?: Element }[] = [];
  const walk = (node: Element, caption: Element | undefined) => {
    for (const child of node.children) {
      if (!isElement(child, child.type === "element" ? child.tagName : "")) continue;
      if (child.tagName === "img") photos.push({ image: child, caption });
      else if (child.tagName === "figure") walk(child, ownCaption(child));
      else if (child.tagName !== "figcaption") walk(child, caption);
    }
  };
  walk(figure, ownCaption(figure));
  return photos;
}

export interface Body {
  markdown: string;
  /** Shortcodes whose markers were removed (theme and page-builder blocks). */
  removedShortcodes: string[];
  /** Superscripts and subscripts kept as plain text: no Unicode character writes them. */
  lostSupSub: string[];
  /** Why the full conversion failed, when the post was converted again keeping only its plainest structure. */
  fallback?: string;
  /** Even that failed: only the text's paragraphs are kept (photos and links are lost). */
  textOnly?: true;
}

export function htmlToMarkdown(html: string, options: BodyOptions = {}): Body {
  try {
    return convert(html, options, SCHEMA);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    try {
      return { ...convert(html, options, PLAIN_SCHEMA), fallback: reason };
    } catch {
      // The text alone, paragraph by paragraph, read without building a tree: nothing is left that could fail.
      return {
        markdown: plainMarkdown(html),
        removedShortcodes: [],
        lostSupSub: [],
        fallback: reason,
        textOnly: true,
      };
    }
  }
}

function convert(html: string, options: BodyOptions, schema: typeof SCHEMA): Body {
  const file = new VFile(html);
  const markdown = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeShortcodes, { attachments: options.attachments, postId: options.postId })
    .use(rehypeWpautop)
    .use(rehypeAltText, { attachments: options.attachments })
    .use(rehypeEmbeds)
    .use(rehypeUrls, { image: options.image, link: options.link, file: options.file })
    .use(rehypeSupSub)
    .use(rehypeSanitize, schema)
    .use(rehypeRemark, {
      handlers: {
        // A photo with its caption: a paragraph holding only the image, the caption as its title. A gallery (a figure
        // of figures, as the block editor writes them since WordPress 5.9, or a list of them before) gives one such
        // paragraph per photo, each with its own caption, then the gallery's caption.
        figure(state, node: Element) {
          const photos = photosOf(node);
          // A figure of something else (a table, a quotation): what it holds.
          if (!photos.length) return state.toFlow(state.all(node));
          const own = ownCaption(node);
          const single = photos.length === 1;
          const paragraphs = photos.map(({ image, caption }): Paragraph => {
            const title = (single ? (caption ?? own) : caption) ?? null;
            const result: Image = {
              type: "image",
              url: String(image.properties.src ?? ""),
              alt: String(image.properties.alt ?? ""),
              title: title ? toString(title).trim() || null : null,
            };
            state.patch(image, result);
            return { type: "paragraph", children: [result] };
          });
          const galleryCaption = !single && own ? toString(own).trim() : "";
          if (galleryCaption)
            paragraphs.push({ type: "paragraph", children: [{ type: "text", value: galleryCaption }] });
          return paragraphs;
        },
      },
    })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-" })
    .processSync(file);
  return {
    markdown: String(markdown).trim() + "\n",
    removedShortcodes: file.data.shortcodes?.removed ?? [],
    lostSupSub: file.data.supSub?.lost ?? [],
  };
}
