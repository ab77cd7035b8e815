/**
 * RSS 2.0 feeds, written by the `feed` library: the whole site and each
 * category. Each item carries the summary and the full sanitized body, with
 * links and images made absolute (feed readers have no base URL).
 */
import { Feed } from "feed";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import type { ContentIndex } from "../content/content-index";
import type { Article, Category } from "../content/schema";
import { vi } from "../i18n/vi";
import { routes } from "../routes";
import { mimeTypeOf } from "./document-json-ld";
import { siteNow } from "../clock";

export const FEED_SIZE = 50;

/** Article HTML with every relative `href` and `src` made absolute against `base`. */
export function absoluteHtml(html: string, base: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, "element", (node: Element) => {
    for (const prop of ["href", "src"] as const) {
      const value = node.properties[prop];
      if (typeof value === "string" && value.startsWith("/"))
        node.properties[prop] = new URL(value, base).toString();
    }
  });
  return toHtml(tree);
}

/** The RSS 2.0 feed of the site, or of one category: the latest published articles. */
export function renderFeed(
  content: ContentIndex,
  siteUrl: string,
  { category, now = siteNow() }: { category?: Category; now?: Date } = {},
): string | null {
  const list = category ? content.inCategory(category.slug, now) : content.latest(now);
  if (!list) return null;
  const abs = (path: string) => new URL(path, `${siteUrl}/`).toString();
  const articles: Article[] = list.slice(0, FEED_SIZE);
  const site = content.site;
  const feed = new Feed({
    title: category ? `${category.name} – ${site.name}` : site.name,
    description: category?.description ?? site.description,
    id: abs(category ? routes.category(category.slug) : routes.home()),
    link: abs(category ? routes.category(category.slug) : routes.home()),
    language: "vi",
    copyright: site.copyrightNotice ?? site.organization,
    updated: articles[0]?.updated ?? articles[0]?.date ?? now,
    generator: site.name,
    feedLinks: { rss: abs(category ? routes.categoryFeed(category.slug) : routes.feed()) },
    ...(content.logo ? { image: abs(content.logo.src) } : {}),
  });
  for (const article of articles) {
    const url = abs(routes.article(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.summary,
      content: absoluteHtml(article.html, siteUrl),
      date: article.date,
      ...(article.author ? { author: [{ name: article.author }] } : {}),
      category: [{ name: article.category.name }, ...article.tags.map((t) => ({ name: t.name }))],
      ...(article.cover ? { image: abs(article.cover.src) } : {}),
    });
  }
  return feed.rss2();
}

/** The document library's RSS 2.0 feed: the latest documents, each with its number, type, issuer and files. */
export function renderDocumentsFeed(content: ContentIndex, siteUrl: string): string {
  const abs = (path: string) => new URL(path, `${siteUrl}/`).toString();
  const site = content.site;
  const documents = content.documents.all.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: `${vi.documentsTitle} – ${site.name}`,
    description: vi.documentsIntro,
    id: abs(routes.documents()),
    link: abs(routes.documents()),
    language: "vi",
    copyright: site.copyrightNotice ?? site.organization,
    updated: documents[0]?.issued ?? new Date(0),
    generator: site.name,
    feedLinks: { rss: abs(routes.documentsFeed()) },
  });
  for (const document of documents) {
    const url = abs(routes.document(document.slug));
    feed.addItem({
      title: `${document.type.name} số ${document.number}: ${document.title}`,
      id: url,
      link: url,
      description: `${document.type.name} số ${document.number} của ${document.issuer.name}: ${document.title}`,
      ...(document.html ? { content: absoluteHtml(document.html, siteUrl) } : {}),
      date: document.issued,
      author: [{ name: document.issuer.name }],
      category: [{ name: document.type.name }],
      ...(document.files[0]
        ? {
            enclosure: {
              url: abs(document.files[0].src),
              length: document.files[0].bytes,
              type: mimeTypeOf(document.files[0].src),
            },
          }
        : {}),
    });
  }
  return feed.rss2();
}
