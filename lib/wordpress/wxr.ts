/**
 * Reading a WordPress export (WXR: Tools → Export → "All content") into plain records, with a real XML parser
 * (xast-util-from-xml). Nothing here decides what becomes an article: that is the importer's job. What is done
 * here is what every use of an export needs:
 *
 *  - titles, names and excerpts have their HTML entities decoded, double-encoded ones included (exports hold
 *    `&amp;#8211;` for "–"), and are NFC;
 *  - `post_name` is percent-decoded (WordPress stores Vietnamese slugs encoded);
 *  - GMT dates become `Date`s; WordPress's "never" (`0000-00-00 00:00:00`, drafts) becomes `null`;
 *  - post meta is a map; categories and tags of a post keep their domain, slug and name.
 */
import { decodeHTML } from "entities";
import type { Element, Root } from "xast";
import { fromXml } from "xast-util-from-xml";
import { nfc } from "../text";

export interface WxrTerm {
  /** `category` or `post_tag` (other taxonomies keep their own domain). */
  domain: string;
  slug: string;
  name: string;
}

export interface WxrItem {
  id: number;
  type: string;
  status: string;
  title: string;
  link: string;
  /** Percent-decoded; empty for drafts that never had one. */
  name: string;
  creator: string;
  /** The body as stored: HTML, shortcodes and, for classic-editor posts, no `<p>`. */
  content: string;
  excerpt: string;
  date: Date | null;
  modified: Date | null;
  /** `wp:post_date` as written (the site's local time), for drafts without a GMT date. */
  localDate: string;
  parent: number;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Map<string, string>;
}

export interface Wxr {
  /** The old site's address (`wp:base_site_url`, else the channel's link), without a trailing slash. */
  siteUrl: string;
  /** Author login → display name. */
  authors: Map<string, string>;
  /** The export's categories, with WordPress's term id (what Yoast's primary category names). */
  categories: { id: number; slug: string; name: string; parent: string }[];
  items: WxrItem[];
}

export class WxrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WxrError";
  }
}

function children(parent: Element | Root, name: string): Element[] {
  const found: Element[] = [];
  for (const node of parent.children) if (node.type === "element" && node.name === name) found.push(node);
  return found;
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}

/** An element's text, CDATA included. */
function textOf(element: Element | undefined): string {
  if (!element) return "";
  let text = "";
  for (const node of element.children) {
    if (node.type === "text" || node.type === "cdata") text += node.value;
    else if (node.type === "element") text += textOf(node);
  }
  return text;
}

/** HTML entities decoded until nothing changes (at most three times: `&amp;amp;#8211;` exists), then NFC. */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return nfc(current);
}

/** `2020-09-10 01:00:00` (GMT) → Date; WordPress's zero date or anything unreadable → null. */
export function gmtDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match || match[1] === "0000") return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `post_name` as WordPress stores it (`h%e1%bb%99i-ngh%e1%bb%8b`) → `hội-nghị`; left as is when not valid. */
export function decodePostName(text: string): string {
  try {
    return nfc(decodeURIComponent(text.trim()));
  } catch {
    return nfc(text.trim());
  }
}

function item(element: Element): WxrItem {
  const meta = new Map<string, string>();
  for (const entry of children(element, "wp:postmeta"))
    meta.set(textOf(child(entry, "wp:meta_key")), textOf(child(entry, "wp:meta_value")));
  return {
    id: Number(textOf(child(element, "wp:post_id"))),
    type: textOf(child(element, "wp:post_type")).trim(),
    status: textOf(child(element, "wp:status")).trim(),
    title: decodeEntities(textOf(child(element, "title")).trim()),
    link: textOf(child(element, "link")).trim(),
    name: decodePostName(textOf(child(element, "wp:post_name"))),
    creator: textOf(child(element, "dc:creator")).trim(),
    content: textOf(child(element, "content:encoded")),
    excerpt: decodeEntities(textOf(child(element, "excerpt:encoded")).trim()),
    date: gmtDate(textOf(child(element, "wp:post_date_gmt"))),
    modified: gmtDate(textOf(child(element, "wp:post_modified_gmt"))),
    localDate: textOf(child(element, "wp:post_date")).trim(),
    parent: Number(textOf(child(element, "wp:post_parent")) || 0),
    attachmentUrl: textOf(child(element, "wp:attachment_url")).trim(),
    terms: children(element, "category").map((term) => ({
      domain: String(term.attributes.domain ?? ""),
      slug: decodePostName(String(term.attributes.nicename ?? "")),
      name: decodeEntities(textOf(term).trim()),
    })),
    meta,
  };
}

/** Read a WXR file's text; a file that is not one gets a WxrError saying so. */
export function readWxr(xml: string): Wxr {
  let tree: Root;
  try {
    tree = fromXml(xml);
  } catch (error) {
    throw new WxrError(
      `Tệp xuất của WordPress không đọc được (XML lỗi): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const rss = children(tree, "rss")[0];
  const channel = rss && child(rss, "channel");
  if (!channel || !child(channel, "wp:wxr_version"))
    throw new WxrError(
      "Đây không phải tệp xuất của WordPress (WXR): hãy dùng Công cụ → Xuất → Toàn bộ nội dung trong trang quản trị.",
    );
  const siteUrl = (textOf(child(channel, "wp:base_site_url")) || textOf(child(channel, "link")))
    .trim()
    .replace(/\/+$/, "");
  const authors = new Map<string, string>();
  for (const author of children(channel, "wp:author")) {
    const login = textOf(child(author, "wp:author_login")).trim();
    authors.set(login, decodeEntities(textOf(child(author, "wp:author_display_name")).trim()) || login);
  }
  const categories = children(channel, "wp:category").map((category) => ({
    id: Number(textOf(child(category, "wp:term_id"))),
    slug: decodePostName(textOf(child(category, "wp:category_nicename"))),
    name: decodeEntities(textOf(child(category, "wp:cat_name")).trim()),
    parent: decodePostName(textOf(child(category, "wp:category_parent"))),
  }));
  return { siteUrl, authors, categories, items: children(channel, "item").map(item) };
}
