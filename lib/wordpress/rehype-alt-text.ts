/**
 * rehype plugin: a photo with no alt text gets one. WordPress keeps a photo's description on its attachment
 * (`_wp_attachment_image_alt`), and block-editor images name their attachment in a `wp-image-<id>` class; failing
 * that, the figure's caption describes the photo. A photo with alt text keeps it. (`[caption]` figures get theirs
 * in rehype-shortcodes, which knows the shortcode's `attachment_<id>`.)
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visitParents } from "unist-util-visit-parents";
import type { Attachment } from "./rehype-shortcodes";

export interface AltTextOptions {
  attachments?: ReadonlyMap<number, Attachment>;
}

function attachmentOf(image: Element): number {
  const classes = ([] as unknown[]).concat(image.properties.className ?? []).map(String);
  return Number(classes.map((c) => /^wp-image-(\d+)$/.exec(c)?.[1]).find(Boolean) ?? NaN);
}

export default function rehypeAltText({ attachments = new Map() }: AltTextOptions = {}) {
  return (tree: Root) => {
    visitParents(tree, "element", (node, ancestors) => {
      if (node.tagName !== "img" || String(node.properties.alt ?? "").trim()) return;
      const figure = ancestors.findLast(
        (ancestor): ancestor is Element => ancestor.type === "element" && ancestor.tagName === "figure",
      );
      const caption = figure?.children.find(
        (child): child is Element => child.type === "element" && child.tagName === "figcaption",
      );
      const alt = attachments.get(attachmentOf(node))?.alt || (caption ? toString(caption).trim() : "");
      if (alt) node.properties.alt = alt;
    });
  };
}
