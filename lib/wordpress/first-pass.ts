/** What the import's first pass keeps of each item, and the names already taken in the content folder. */
import fs from "node:fs";
import path from "node:path";
import { pagePathOf, PAGES_DIR } from "../content/page-file";
import { MENU_META } from "./menus";
import type { Attachment } from "./rehype-shortcodes";
import type { WxrItem } from "./wxr";

/** The post meta the import uses; the rest (page-builder CSS, theme settings, image sizes) is not kept. */
const USED_META = [
  "_yoast_wpseo_primary_category",
  "_thumbnail_id",
  "_wp_attachment_image_alt",
  ...MENU_META,
];

/**
 * An item without what the first pass does not need: meta nothing reads, and its body unless `keepBody` (the posts
 * that may be documents: which files they link to decides it).
 */
export function header(item: WxrItem, keepBody = false): WxrItem {
  const meta = new Map<string, string>();
  for (const key of USED_META) if (item.meta.has(key)) meta.set(key, item.meta.get(key)!);
  return { ...item, content: keepBody ? item.content : "", meta };
}

/** The names of the site's existing articles (or documents): their files under `articles/`, without `.md`. */
export function existingSlugs(
  contentDir: string,
  folder: "articles" | "documents" = "articles",
): Set<string> {
  const slugs = new Set<string>();
  const dir = path.join(contentDir, folder);
  if (!fs.existsSync(dir)) return slugs;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith(".md")) slugs.add(entry.name.slice(0, -3));
  return slugs;
}

/**
 * The addresses of the pages already in the content folder that an earlier import did not write (`owned`: files it
 * did): a page of the export with one of them is not written over it.
 */
export function existingPagePaths(contentDir: string, owned: ReadonlySet<string>): Set<string> {
  const paths = new Set<string>();
  const dir = path.join(contentDir, PAGES_DIR);
  if (!fs.existsSync(dir)) return paths;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const file = path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    const address = pagePathOf(file);
    if (!owned.has(file) && "path" in address) paths.add(address.path);
  }
  return paths;
}

/** The export's attachments by id: their file, alt text, caption, post and order. */
export function attachmentsOf(items: readonly WxrItem[]): Map<number, Attachment> {
  const attachments = new Map<number, Attachment>();
  for (const item of items)
    if (item.type === "attachment")
      attachments.set(item.id, {
        url: item.attachmentUrl,
        alt: item.meta.get("_wp_attachment_image_alt") ?? "",
        caption: item.excerpt,
        parent: item.parent,
        order: item.order,
      });
  return attachments;
}
