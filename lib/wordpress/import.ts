/**
 * `npm run import:wordpress -- <export.xml> --uploads <folder> [--dry-run]` (scripts/import-wordpress.ts): a
 * WordPress export's posts become articles in the content folder, the photos they use are copied once into
 * `public/images/…`, and categories the site does not have are added to `content/site.yml` (its comments kept).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parseDocument, YAMLSeq } from "yaml";
import yaml from "js-yaml";
import { toIsoVietnam, vietnamYearMonth } from "../dates";
import { REDIRECTS_FILE, redirectKey } from "../redirects";
import { slugify } from "../text";
import { routes } from "../routes";
import { htmlToMarkdown } from "./body";
import { importedFields } from "./posts";
import type { Attachment } from "./rehype-shortcodes";
import { readWxr, type WxrItem } from "./wxr";

export interface ImportOptions {
  xml: string;
  uploadsDir: string;
  contentDir: string;
  publicDir: string;
  dryRun?: boolean;
  /** Overwrite articles an editor changed since their import (otherwise they are kept and reported). */
  force?: boolean;
}

/** What the import wrote, so that a later run recognizes its own files: `content/wordpress-import.json`. */
export const LEDGER_FILE = "wordpress-import.json";
interface Ledger {
  posts: Record<string, { file: string; sha256: string }>;
}

const sha256 = (text: string | Buffer) => crypto.createHash("sha256").update(text).digest("hex");

/** Write a file only when its bytes change: a second run over the same export changes no file. */
function writeIfChanged(file: string, data: string | Buffer): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(data))) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return true;
}

export interface ImportReport {
  articles: { id: number; slug: string; file: string; draft: boolean; written: boolean }[];
  /** Articles an editor changed since their import: kept as they are (`--force` overwrites). */
  edited: { id: number; title: string; file: string }[];
  /** Items that are not articles, counted by type (page, attachment, nav_menu_item…). */
  skipped: Record<string, number>;
  /** Problems name the article's file and the old post's id and title. */
  photos: { copied: number; missing: { article: string; id: number; title: string; url: string }[] };
  shortcodes: { article: string; id: number; title: string; names: string[] }[];
  newCategories: { slug: string; name: string }[];
  /** Old paths kept working (content/redirects.yml). */
  redirects: number;
}

const RESIZED = /-\d+x\d+(?=\.[a-z0-9]+$)/i;

/** The part of a photo's URL under `wp-content/uploads/`, or null when it is not the old site's upload. */
function uploadPath(url: string, siteUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, `${siteUrl}/`).pathname);
  } catch {
    return null;
  }
  const marker = "/wp-content/uploads/";
  const at = pathname.indexOf(marker);
  return at < 0 ? null : pathname.slice(at + marker.length);
}

/** The names of the site's existing articles (their files under `articles/`, without `.md`). */
function existingSlugs(contentDir: string): Set<string> {
  const slugs = new Set<string>();
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name.endsWith(".md")) slugs.add(entry.name.slice(0, -3));
    }
  };
  walk(path.join(contentDir, "articles"));
  return slugs;
}

export function importWordpress(options: ImportOptions): ImportReport {
  const wxr = readWxr(options.xml);
  const ledgerFile = path.join(options.contentDir, LEDGER_FILE);
  const ledger: Ledger = fs.existsSync(ledgerFile)
    ? (JSON.parse(fs.readFileSync(ledgerFile, "utf8")) as Ledger)
    : { posts: {} };
  const earlier = new Map(
    Object.entries(ledger.posts).map(([id, entry]) => [Number(id), path.basename(entry.file, ".md")]),
  );
  const taken = existingSlugs(options.contentDir);
  for (const slug of earlier.values()) taken.delete(slug);
  const { articles, skipped } = importedFields(wxr, taken, earlier);
  const byId = new Map(wxr.items.map((item) => [item.id, item]));
  const attachments = new Map<number, Attachment>();
  for (const item of wxr.items)
    if (item.type === "attachment")
      attachments.set(item.id, {
        url: item.attachmentUrl,
        alt: item.meta.get("_wp_attachment_image_alt") ?? "",
        caption: item.excerpt,
      });
  const report: ImportReport = {
    articles: [],
    skipped: {},
    photos: { copied: 0, missing: [] },
    shortcodes: [],
    newCategories: [],
    redirects: 0,
    edited: [],
  };
  // Old path → new page: permalinks, `/?p=<id>`, archives, the feed, uploads.
  const redirects = new Map<string, string>([[redirectKey("/feed"), routes.feed()]]);
  /** The redirect key of an address on the old site; null for another site's, or what is not a URL. */
  const oldPath = (url: string) => {
    try {
      const u = new URL(url, `${wxr.siteUrl}/`);
      return u.host === new URL(wxr.siteUrl).host ? redirectKey(`${u.pathname}${u.search}`) : null;
    } catch {
      return null;
    }
  };
  // Each post's old addresses (permalink, `?p=<id>`) → its new page, drafts included: links in other posts follow
  // them. A draft's old address was never public, so only the others become redirects.
  const posts = new Map<string, string>();
  for (const article of articles) {
    const item = byId.get(article.id)!;
    for (const old of [item.link, `/?p=${item.id}`]) {
      const key = oldPath(old);
      if (!key || key === "/") continue;
      posts.set(key, routes.article(article.slug));
      if (!article.draft) redirects.set(key, routes.article(article.slug));
    }
  }
  for (const { type } of skipped) report.skipped[type] = (report.skipped[type] ?? 0) + 1;
  // Nothing to import: nothing is written (the command says so and exits 1).
  if (!articles.length) return report;

  const copied = new Set<string>();
  /** A photo's file in the uploads folder (the original rather than a resized copy), copied once; its new URL. */
  function photo(url: string, post: { article: string; id: number; title: string }): string | null {
    const relative = uploadPath(url, wxr.siteUrl);
    const candidates = relative ? [relative.replace(RESIZED, ""), relative] : [];
    const found = candidates.find((c) => fs.existsSync(path.join(options.uploadsDir, c)));
    if (!found) {
      report.photos.missing.push({ ...post, url });
      return null;
    }
    const target = path.join("images", found);
    if (!copied.has(target)) {
      copied.add(target);
      report.photos.copied++;
      if (!options.dryRun)
        writeIfChanged(
          path.join(options.publicDir, target),
          fs.readFileSync(path.join(options.uploadsDir, found)),
        );
    }
    const src = `/${target.split(path.sep).join("/")}`;
    for (const old of new Set([relative!, found]))
      redirects.set(redirectKey(`/wp-content/uploads/${old}`), src);
    return src;
  }

  const siteFile = path.join(options.contentDir, "site.yml");
  const site = parseDocument(fs.readFileSync(siteFile, "utf8"));
  const categories = site.get("categories") as YAMLSeq;
  const known = new Set(
    categories.items.map((item) => String((item as { get(key: string): unknown }).get("slug"))),
  );
  // Archives of the old site → the site's listings, known before the bodies are converted (their links use them):
  // a category the site has (or gets from this import) → its listing; one it does not → the tag of that name.
  const listed = new Set([...known, ...articles.flatMap((a) => (a.category ? [a.category.slug] : []))]);
  for (const article of articles)
    for (const term of byId.get(article.id)!.terms) {
      if (term.domain === "post_tag")
        redirects.set(redirectKey(`/tag/${term.slug}`), routes.tag(slugify(term.name)));
      if (term.domain === "category")
        redirects.set(
          redirectKey(`/category/${term.slug}`),
          listed.has(slugify(term.slug))
            ? routes.category(slugify(term.slug))
            : routes.tag(slugify(term.name)),
        );
    }
  /** A link's new address: an old post's page, an old archive's listing; other links as they are. */
  const newLink = (href: string): string => {
    const key = oldPath(href);
    return (key && (posts.get(key) ?? redirects.get(key))) || href;
  };

  for (const article of articles) {
    const item: WxrItem = byId.get(article.id)!;
    const file = path.join("articles", String(vietnamYearMonth(article.date).year), `${article.slug}.md`);
    const post = { article: file, id: article.id, title: article.title };
    const body = htmlToMarkdown(item.content, {
      attachments,
      image: (src) => photo(src, post),
      link: newLink,
    });
    if (body.removedShortcodes.length) report.shortcodes.push({ ...post, names: body.removedShortcodes });
    let category = article.category?.slug;
    if (article.category && !known.has(article.category.slug)) {
      known.add(article.category.slug);
      categories.add(site.createNode({ slug: article.category.slug, name: article.category.name }));
      report.newCategories.push(article.category);
    }
    category ??= String((categories.items[0] as { get(key: string): unknown }).get("slug"));
    const cover = article.cover ? photo(article.cover.attachmentUrl, post) : null;
    const data: Record<string, unknown> = {
      title: article.title,
      date: toIsoVietnam(article.date),
      ...(article.updated ? { updated: toIsoVietnam(article.updated) } : {}),
      category,
      ...(article.tags.length ? { tags: article.tags } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.summary ? { summary: article.summary } : {}),
      ...(cover ? { cover } : {}),
      ...(article.draft ? { draft: true } : {}),
    };
    const text = matter.stringify(body.markdown, data);
    const target = path.join(options.contentDir, file);
    const previous = ledger.posts[String(article.id)];
    const current = fs.existsSync(target) ? sha256(fs.readFileSync(target)) : null;
    const edited =
      previous !== undefined && current !== null && current !== previous.sha256 && current !== sha256(text);
    let written = false;
    if (edited && !options.force) {
      report.edited.push({ id: article.id, title: article.title, file });
    } else {
      if (!options.dryRun) written = writeIfChanged(target, text);
      ledger.posts[String(article.id)] = { file, sha256: sha256(text) };
    }
    report.articles.push({ id: article.id, slug: article.slug, file, draft: article.draft, written });
  }
  if (!options.dryRun && report.newCategories.length) writeIfChanged(siteFile, site.toString());
  // Merged with what the file already holds (an earlier import, or lines written by hand), in a stable order.
  const redirectsFile = path.join(options.contentDir, REDIRECTS_FILE);
  const before = fs.existsSync(redirectsFile)
    ? ((yaml.load(fs.readFileSync(redirectsFile, "utf8")) ?? {}) as Record<string, string>)
    : {};
  const merged: Record<string, string> = { ...before };
  for (const [from, to] of redirects) merged[from] = to;
  report.redirects = redirects.size;
  if (!options.dryRun) {
    const posts = Object.fromEntries(Object.entries(ledger.posts).sort(([a], [b]) => Number(a) - Number(b)));
    writeIfChanged(ledgerFile, `${JSON.stringify({ posts }, null, 2)}\n`);
    writeIfChanged(
      redirectsFile,
      `# Old addresses → pages of this site (the WordPress import; lines may be added by hand).\n${yaml.dump(
        Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b))),
        { lineWidth: -1 },
      )}`,
    );
  }
  return report;
}
