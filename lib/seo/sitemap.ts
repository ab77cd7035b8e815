/**
 * Sitemaps (sitemaps.org 0.9) and the Google News sitemap, built as xast
 * trees and serialized by xast-util-to-xml (which escapes every value). Only
 * published articles appear: never drafts (they are not in the production
 * index) nor articles dated in the future.
 */
import { toXml } from "xast-util-to-xml";
import { x } from "xastscript";
import type { ArticleList, ContentIndex } from "../content/content-index";
import type { Article } from "../content/schema";
import { toIsoVietnam } from "../dates";
import { routes } from "../routes";
import { siteNow } from "../clock";

/** The most URLs one sitemap file may hold. */
export const SITEMAP_LIMIT = 50_000;
/** Google News: articles of the last two days, at most 1,000. */
export const NEWS_WINDOW_MS = 2 * 24 * 3600_000;
export const NEWS_LIMIT = 1_000;

export interface SitemapUrl {
  path: string;
  lastmod: Date;
}

const modified = (a: Article) => a.updated ?? a.date;

/** Every page of a listing, each with the date of its newest article. */
function listingPages(list: ArticleList, pageSize: number, href: (n: number) => string): SitemapUrl[] {
  const pages = Math.max(1, Math.ceil(list.length / pageSize));
  const urls: SitemapUrl[] = [];
  for (let n = 1; n <= pages; n++) {
    const first = list.at((n - 1) * pageSize);
    if (first) urls.push({ path: href(n), lastmod: first.date });
  }
  return urls;
}

const partCounts = new WeakMap<ContentIndex, { published: number; parts: number }>();

/**
 * How many files the sitemap is split into at `now` (1 when it fits in one): worked out once for each number of
 * published articles, so that asking for a sitemap part that does not exist costs a lookup.
 */
export function sitemapPartCount(content: ContentIndex, now = siteNow()): number {
  const published = content.latest(now).length;
  const known = partCounts.get(content);
  if (known?.published === published) return known.parts;
  const parts = sitemapParts(sitemapUrls(content, now)).length;
  partCounts.set(content, { published, parts });
  return parts;
}

/** Every public page: home, articles, category, tag and archive pages (with their pagination). */
export function sitemapUrls(content: ContentIndex, now = siteNow()): SitemapUrl[] {
  const latest = content.latest(now);
  const newest = latest.at(0);
  if (!newest) return [{ path: routes.home(), lastmod: now }, ...otherKinds(content, now)];
  const size = content.site.pageSize;
  const urls: SitemapUrl[] = [{ path: routes.home(), lastmod: modified(newest) }];
  for (const article of latest.slice(0))
    urls.push({ path: routes.article(article.slug), lastmod: modified(article) });
  for (const category of content.site.categories) {
    const list = content.inCategory(category.slug, now);
    if (list) urls.push(...listingPages(list, size, (n) => routes.category(category.slug, n)));
  }
  for (const tag of content.tagSlugs()) {
    const entry = content.withTag(tag, now);
    if (entry) urls.push(...listingPages(entry.articles, size, (n) => routes.tag(tag, n)));
  }
  urls.push({ path: routes.archive(), lastmod: newest.date });
  for (const { year, month } of content.archive(now)) {
    const list = content.inMonth(year, month, now);
    if (list) urls.push(...listingPages(list, size, (n) => routes.month(year, month, n)));
  }
  urls.push(...otherKinds(content, newest.date));
  return urls;
}

/** The document library and each document, and every page of content/pages/ (dated by `updated`, else `fallback`). */
function otherKinds(content: ContentIndex, fallback: Date): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  const documents = content.documents.all;
  if (documents.length) {
    urls.push({ path: routes.documents(), lastmod: documents[0]!.issued });
    for (const document of documents)
      urls.push({ path: routes.document(document.slug), lastmod: document.issued });
  }
  for (const page of content.pages.all())
    urls.push({ path: routes.page(page.path), lastmod: page.updated ?? fallback });
  return urls;
}

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

function xmlDocument(root: ReturnType<typeof x>): string {
  return toXml([{ type: "instruction", name: "xml", value: 'version="1.0" encoding="UTF-8"' }, root]);
}

/** One sitemap file (`<urlset>`). */
export function renderSitemap(urls: readonly SitemapUrl[], siteUrl: string): string {
  return xmlDocument(
    x(
      "urlset",
      { xmlns: SITEMAP_NS },
      urls.map((u) =>
        x("url", [
          x("loc", new URL(u.path, `${siteUrl}/`).toString()),
          x("lastmod", u.lastmod.toISOString()),
        ]),
      ),
    ),
  );
}

/** The sitemap index (`<sitemapindex>`) naming each part. */
export function renderSitemapIndex(partUrls: readonly string[], lastmod: Date): string {
  return xmlDocument(
    x(
      "sitemapindex",
      { xmlns: SITEMAP_NS },
      partUrls.map((url) => x("sitemap", [x("loc", url), x("lastmod", lastmod.toISOString())])),
    ),
  );
}

/** Split into parts of at most `limit` URLs. */
export function sitemapParts<T>(urls: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < urls.length; i += limit) parts.push(urls.slice(i, i + limit));
  return parts.length ? parts : [[]];
}

/** Articles for the Google News sitemap: published in the last two days, newest first, at most 1,000. */
export function newsArticles(content: ContentIndex, now = siteNow()): Article[] {
  const latest = content.latest(now);
  const since = now.getTime() - NEWS_WINDOW_MS;
  const picked: Article[] = [];
  for (let i = 0; i < latest.length && picked.length < NEWS_LIMIT; i++) {
    const article = latest.at(i)!;
    if (article.date.getTime() < since) break;
    picked.push(article);
  }
  return picked;
}

/** The Google News sitemap; an empty `<urlset>` when nothing was published in the last two days. */
export function renderNewsSitemap(content: ContentIndex, siteUrl: string, now = siteNow()): string {
  return xmlDocument(
    x(
      "urlset",
      { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS },
      newsArticles(content, now).map((a) =>
        x("url", [
          x("loc", new URL(routes.article(a.slug), `${siteUrl}/`).toString()),
          x("news:news", [
            x("news:publication", [x("news:name", content.site.name), x("news:language", "vi")]),
            x("news:publication_date", toIsoVietnam(a.date)),
            x("news:title", a.title),
          ]),
        ]),
      ),
    ),
  );
}
