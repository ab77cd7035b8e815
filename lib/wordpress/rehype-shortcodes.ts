/**
 * rehype plugin: WordPress shortcodes in a post's HTML, once it is a tree. Shortcodes are not HTML: after parsing
 * they are text (`[caption id="…"]`, `[/caption]`) around elements. This finds them in text nodes, pairs each
 * opening with its closing among the same parent's children, and replaces the pair and what it holds:
 *
 *  - `[caption]…<img>…text[/caption]` (and the older `caption="…"` attribute) → `<figure>` with the photo and a
 *    `<figcaption>`; an empty alt falls back to the attachment's alt text, then to the caption;
 *  - `[gallery ids="1,2"]` → one such figure per photo, each with its attachment's caption; `[gallery]` without
 *    ids means the post's own photos (the attachments whose parent it is), as WordPress reads it;
 *  - `[embed]url[/embed]`, `[video src=…]`, `[youtube …]` → a paragraph with a link to the video;
 *  - any other registered shortcode (theme and page-builder blocks: `[vc_row]`, `[td_block_…]`) → its markers
 *    removed, what it held kept, and its name reported in `file.data.shortcodes.removed`.
 *
 * A bracketed word that is no registered shortcode (`[Video]`, `[Ảnh]`: shortcode-names.ts) stays text, as
 * WordPress shows it.
 */
import { attrs } from "@wordpress/shortcode";
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { toString } from "hast-util-to-string";
import { h } from "hastscript";
import type { VFile } from "vfile";
import { isShortcode } from "./shortcode-names";
import { viImport } from "./vi";

export interface Attachment {
  url: string;
  alt: string;
  caption: string;
  /** The post it was uploaded to (`post_parent`), 0 for none. */
  parent?: number;
  /** Its place among that post's attachments (`menu_order`). */
  order?: number;
}

export interface ShortcodeOptions {
  /** The export's attachments by id (`attachment_456`, `wp-image-456`, gallery ids). */
  attachments?: ReadonlyMap<number, Attachment>;
  /** The post being converted: `[gallery]` without ids shows its attachments. */
  postId?: number;
}

type Token =
  | { kind: "node"; node: ElementContent }
  | { kind: "open" | "close" | "self"; name: string; attributes: Attributes };

/**
 * Where a shortcode marker is in a text node: `[name …]`, `[/name]`, `[name … /]`. Its attributes are read by
 * WordPress's own parser (`@wordpress/shortcode`'s `attrs`, the counterpart of PHP's `shortcode_parse_atts`):
 * `name="v"`, `name='v'`, `name=v`, and positional values (`[youtube https://…]`).
 */
const SHORTCODE = /\[(\/)?([A-Za-z_][\w-]*)((?:\s+[^\]]*?)?)\s*(\/)?\]/g;

interface Attributes {
  named: Record<string, string | undefined>;
  /** Positional values, in order. */
  numeric: string[];
}

function attributesOf(text: string): Attributes {
  const { named, numeric } = attrs(text);
  return { named: { ...named }, numeric: [...numeric] };
}

function tokenize(children: readonly ElementContent[]): Token[] {
  const tokens: Token[] = [];
  for (const node of children) {
    if (node.type !== "text") {
      tokens.push({ kind: "node", node });
      continue;
    }
    let last = 0;
    for (const m of node.value.matchAll(SHORTCODE)) {
      // Names are matched as written: WordPress tells `[video]` from `[Video]`.
      if (!isShortcode(m[2]!)) continue;
      if (m.index > last)
        tokens.push({ kind: "node", node: { type: "text", value: node.value.slice(last, m.index) } });
      tokens.push({
        kind: m[1] ? "close" : m[4] ? "self" : "open",
        name: m[2]!.toLowerCase(),
        attributes: attributesOf(m[3] ?? ""),
      });
      last = m.index + m[0].length;
    }
    if (last < node.value.length)
      tokens.push({ kind: "node", node: { type: "text", value: node.value.slice(last) } });
  }
  return tokens;
}

function findImage(nodes: readonly ElementContent[]): Element | undefined {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    if (node.tagName === "img") return node;
    const inner = findImage(node.children);
    if (inner) return inner;
  }
  return undefined;
}

function attachmentId(image: Element, attributes: Record<string, string | undefined>): number {
  const fromId = /attachment_(\d+)/.exec(attributes.id ?? "")?.[1];
  const classes = ([] as unknown[]).concat(image.properties.className ?? []).map(String);
  const fromClass = classes.map((c) => /^wp-image-(\d+)$/.exec(c)?.[1]).find(Boolean);
  return Number(fromId ?? fromClass ?? NaN);
}

function figure(src: string, alt: string, caption: string): Element {
  return h("figure", [h("img", { src, alt }), ...(caption ? [h("figcaption", caption)] : [])]);
}

export default function rehypeShortcodes(options: ShortcodeOptions = {}) {
  const attachments = options.attachments ?? new Map<number, Attachment>();

  function replace(
    name: string,
    { named: attributes, numeric }: Attributes,
    inner: ElementContent[],
    removed: Set<string>,
  ): ElementContent[] {
    if (name === "caption" || name === "wp_caption") {
      const image = findImage(inner);
      if (!image) return inner;
      const withoutImage = inner.filter((node) => findImage([node]) === undefined);
      const caption = (attributes.caption ?? toString({ type: "root", children: withoutImage })).trim();
      const attachment = attachments.get(attachmentId(image, attributes));
      const alt = String(image.properties.alt ?? "").trim() || attachment?.alt || caption;
      return [figure(String(image.properties.src ?? ""), alt, caption)];
    }
    if (name === "gallery") {
      const ids = attributes.ids
        ? attributes.ids.split(",").map((id) => Number(id.trim()))
        : [...attachments]
            .filter(
              ([, a]) =>
                options.postId !== undefined &&
                a.parent === options.postId &&
                /\.(jpe?g|png|gif|webp)$/i.test(a.url),
            )
            .sort(([idA, a], [idB, b]) => (a.order ?? 0) - (b.order ?? 0) || idA - idB)
            .map(([id]) => id);
      if (!ids.length) removed.add("gallery");
      return ids.flatMap((id) => {
        const photo = attachments.get(id);
        return photo ? [figure(photo.url, photo.alt || photo.caption, photo.caption)] : [];
      });
    }
    if (name === "embed" || name === "video" || name === "youtube") {
      const url = (
        attributes.src ??
        attributes.url ??
        numeric[0] ??
        toString({ type: "root", children: inner })
      ).trim();
      if (!url) return [];
      return [h("p", [h("a", { href: url }, `${viImport.video}: ${url}`)])];
    }
    removed.add(name);
    return inner;
  }

  function transform(parent: Element | Root, removed: Set<string>) {
    for (const child of parent.children) if (child.type === "element") transform(child, removed);
    if (!parent.children.some((node) => node.type === "text" && node.value.includes("["))) return;
    const fold = (tokens: Token[]): ElementContent[] => {
      const output: ElementContent[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.kind === "node") {
          output.push(token.node);
          continue;
        }
        if (token.kind === "close") {
          // A closing marker without its opening.
          removed.add(token.name);
          continue;
        }
        const end =
          token.kind === "open"
            ? tokens.findIndex((t, j) => j > i && t.kind === "close" && t.name === token.name)
            : -1;
        const inner = end > i ? fold(tokens.slice(i + 1, end)) : [];
        output.push(...replace(token.name, token.attributes, inner, removed));
        if (end > i) i = end;
      }
      return output;
    };
    const output = fold(tokenize(parent.children as ElementContent[]));
    parent.children = output as RootContent[] & ElementContent[];
  }

  return (tree: Root, file: VFile) => {
    const removed = new Set<string>();
    transform(tree, removed);
    // The attribute parser remembers every text it read: forgotten after each post.
    attrs.clear();
    // Adjacent text pieces left by the split are merged back (other plugins expect one text per run).
    const merge = (parent: Element | Root) => {
      const merged: (ElementContent | RootContent)[] = [];
      for (const node of parent.children) {
        const previous = merged.at(-1);
        if (node.type === "text" && previous?.type === "text") (previous as Text).value += node.value;
        else merged.push(node);
        if (node.type === "element") merge(node);
      }
      parent.children = merged as RootContent[] & ElementContent[];
    };
    merge(tree);
    file.data.shortcodes = { removed: [...removed].sort() };
  };
}

declare module "vfile" {
  interface DataMap {
    shortcodes: { removed: string[] };
  }
}
