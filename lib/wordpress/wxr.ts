/**
 * Reading a WordPress export (WXR: Tools → Export → "All content") into plain records, with a real, streaming XML
 * parser (saxes). An export of a site's years can be hundreds of megabytes: it is read in chunks, and only one
 * `<item>` is held as a tree at a time, handed to the caller, then dropped. Nothing here decides what becomes an
 * article: that is the importer's job. What is done here is what every use of an export needs:
 *
 *  - titles, names and excerpts have their HTML entities decoded, double-encoded ones included (exports hold
 *    `&amp;#8211;` for "–"), and are NFC;
 *  - `post_name` is percent-decoded (WordPress stores Vietnamese slugs encoded);
 *  - GMT dates become `Date`s; WordPress's "never" (`0000-00-00 00:00:00`, drafts) becomes `null`;
 *  - post meta is a map; categories and tags of a post keep their domain, slug and name.
 */
import fs from "node:fs";
import { decodeHTML } from "entities";
import { SaxesParser } from "saxes";
import type { Element, ElementContent, Root } from "xast";
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
  /** Its place among its siblings (`menu_order`: pages, a post's attachments). */
  order: number;
  /** A password-protected post's password (empty for others): such a post was never public. */
  password: string;
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

/**
 * A copy of a short text that does not share memory with the chunk it was read from. The parser's texts are
 * slices of its 64 kB chunks, and a slice keeps its whole chunk alive: the few words of each item the importer
 * keeps would otherwise hold the whole export in memory.
 */
function own(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

function item(element: Element): WxrItem {
  const field = (name: string) => own(textOf(child(element, name)).trim());
  const meta = new Map<string, string>();
  for (const entry of children(element, "wp:postmeta"))
    meta.set(own(textOf(child(entry, "wp:meta_key"))), own(textOf(child(entry, "wp:meta_value"))));
  return {
    id: Number(field("wp:post_id")),
    type: field("wp:post_type"),
    status: field("wp:status"),
    title: decodeEntities(field("title")),
    link: field("link"),
    name: decodePostName(field("wp:post_name")),
    creator: field("dc:creator"),
    // The one long text: the caller converts it and lets it go.
    content: textOf(child(element, "content:encoded")),
    excerpt: decodeEntities(field("excerpt:encoded")),
    date: gmtDate(field("wp:post_date_gmt")),
    modified: gmtDate(field("wp:post_modified_gmt")),
    localDate: field("wp:post_date"),
    parent: Number(field("wp:post_parent") || 0),
    password: field("wp:post_password"),
    order: Number(field("wp:menu_order") || 0),
    attachmentUrl: field("wp:attachment_url"),
    terms: children(element, "category").map((term) => ({
      domain: own(String(term.attributes.domain ?? "")),
      slug: decodePostName(own(String(term.attributes.nicename ?? ""))),
      name: decodeEntities(own(textOf(term).trim())),
    })),
    meta,
  };
}

/** The export as text, or something that gives its text in chunks each time it is called (a file: {@link wxrFile}). */
export type WxrSource = string | (() => Iterable<string> | AsyncIterable<string>);

/** An export file, read in chunks (each pass over it opens it again). */
export function wxrFile(file: string): WxrSource {
  return () => fs.createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 });
}

export type WxrChannel = Omit<Wxr, "items">;

const NOT_WXR =
  "Đây không phải tệp xuất của WordPress (WXR): hãy dùng Công cụ → Xuất → Toàn bộ nội dung trong trang quản trị.";

function channelOf(elements: Element[]): WxrChannel {
  const named = (name: string) => elements.filter((element) => element.name === name);
  const siteUrl = (textOf(named("wp:base_site_url")[0]) || textOf(named("link")[0]))
    .trim()
    .replace(/\/+$/, "");
  const authors = new Map<string, string>();
  for (const author of named("wp:author")) {
    const login = textOf(child(author, "wp:author_login")).trim();
    authors.set(login, decodeEntities(textOf(child(author, "wp:author_display_name")).trim()) || login);
  }
  const categories = named("wp:category").map((category) => ({
    id: Number(textOf(child(category, "wp:term_id"))),
    slug: decodePostName(textOf(child(category, "wp:category_nicename"))),
    name: decodeEntities(textOf(child(category, "wp:cat_name")).trim()),
    parent: decodePostName(textOf(child(category, "wp:category_parent"))),
  }));
  return { siteUrl, authors, categories };
}

/**
 * Read an export once, from start to end: each item goes to `onItem` as soon as it is read (and is not kept here);
 * the channel's facts (site address, authors, categories) are returned at the end. A file that is not XML, or not
 * a WXR, gets a WxrError saying so, before any item when its start already shows it.
 */
export async function scanWxr(source: WxrSource, onItem: (item: WxrItem) => void): Promise<WxrChannel> {
  const parser = new SaxesParser();
  /** The channel's children other than items (small: authors, categories, terms, the site's address). */
  const channel: Element[] = [];
  /** The element being built under the channel (one item at most), from the outside in. */
  const open: Element[] = [];
  let depth = 0;
  let wxr = false;
  parser.on("error", (error) => {
    throw new WxrError(`Tệp xuất của WordPress không đọc được (XML lỗi): ${error.message}`);
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1 && tag.name !== "rss") throw new WxrError(NOT_WXR);
    if (depth < 3) return;
    const element: Element = {
      type: "element",
      name: tag.name,
      attributes: { ...tag.attributes },
      children: [],
    };
    open.at(-1)?.children.push(element);
    open.push(element);
  });
  const append = (node: ElementContent) => {
    const parent = open.at(-1);
    // Text between the channel's children (indentation) is not kept.
    if (parent) parent.children.push(node);
  };
  parser.on("text", (value) => append({ type: "text", value }));
  parser.on("cdata", (value) => append({ type: "cdata", value }));
  parser.on("closetag", () => {
    depth--;
    if (depth < 2) return;
    const element = open.pop()!;
    if (depth > 2) return;
    if (element.name === "wp:wxr_version") wxr = true;
    if (element.name !== "item") channel.push(element);
    else if (!wxr) throw new WxrError(NOT_WXR);
    else onItem(item(element));
  });
  const chunks = typeof source === "string" ? [source] : source();
  for await (const chunk of chunks) parser.write(chunk);
  parser.close();
  if (!wxr) throw new WxrError(NOT_WXR);
  return channelOf(channel);
}

/** A whole export in memory (tests, small exports): the channel's facts and every item. */
export async function readWxr(source: WxrSource): Promise<Wxr> {
  const items: WxrItem[] = [];
  const channel = await scanWxr(source, (item) => items.push(item));
  return { ...channel, items };
}
