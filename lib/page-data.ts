/**
 * What each reader page shows, worked out from the content index as plain JSON
 * values. The pages are React components that the framework also compiles for
 * the browser, so they never reach the content store themselves: their data
 * functions call these and pass the result as props, which the framework keeps
 * (and may send) as JSON — dates travel as ISO strings, nothing is a function.
 *
 * Every function answers from the index in O(page size); `null` means the page
 * does not exist (the reader gets the not-found page, status 404). What every
 * page has (shell, head, cards) is lib/page-base.ts, re-exported here so that
 * the pages and components find each page's data types in one module.
 */
import type { ContentIndex } from "./content/content-index";
import type { Tag } from "./content/schema";
import { vi } from "./i18n/vi";
import { listingOf } from "./listings";
import { base, card, type CardData, type PageBase } from "./page-base";
import { paginate, parsePageNumber } from "./pagination";
import { routes, type ListingRef } from "./routes";
import { breadcrumbJsonLd, homeJsonLd, newsArticleJsonLd, type JsonLd } from "./seo/json-ld";
import { articleHead } from "./seo/head";
import { absoluteUrl } from "./site-url";

export { card, shell, type CardData, type PageBase, type ShellData } from "./page-base";
export { searchPage, type SearchHitData, type SearchPageData } from "./search-data";

export interface ArticleData extends CardData {
  html: string;
  author: string | null;
  updated: string | null;
  tags: Tag[];
  url: string;
}

export interface ArticlePageData extends PageBase {
  article: ArticleData;
  older: { slug: string; title: string } | null;
  newer: { slug: string; title: string } | null;
  related: CardData[];
  jsonLd: JsonLd[];
}

export interface HomePageData extends PageBase {
  lead: CardData | null;
  latest: CardData[];
  categories: { slug: string; name: string; articles: CardData[] }[];
  jsonLd: JsonLd[];
}

export interface ListingPageData extends PageBase {
  listing: ListingRef;
  title: string;
  description: string | null;
  trail: { name: string; href?: string }[];
  emptyText: string;
  items: CardData[];
  page: number;
  totalPages: number;
}

export interface ArchivePageData extends PageBase {
  years: { year: number; months: { month: number; count: number }[] }[];
}

export interface NotFoundPageData extends PageBase {
  latest: CardData[];
}

const LATEST_COUNT = 8;
const PER_CATEGORY = 4;
const NOT_FOUND_LATEST = 5;

export function homePage(content: ContentIndex, now: Date): HomePageData {
  const lead = content.lead(now);
  const latest = content
    .latest(now)
    .slice(0, LATEST_COUNT + 1)
    .filter((a) => a !== lead)
    .slice(0, LATEST_COUNT);
  return {
    ...base(content, now, { path: routes.home() }),
    lead: lead ? card(lead) : null,
    latest: latest.map(card),
    categories: content.site.categories
      .map((category) => ({
        slug: category.slug,
        name: category.name,
        articles: (content.inCategory(category.slug, now)?.slice(0, PER_CATEGORY) ?? []).map(card),
      }))
      .filter((category) => category.articles.length > 0),
    jsonLd: homeJsonLd({ site: content.site, logo: content.logo, abs: absoluteUrl }),
  };
}

export function articlePage(content: ContentIndex, slug: string, now: Date): ArticlePageData | null {
  const article = content.article(slug, now);
  if (!article) return null;
  const { older, newer } = content.neighbours(slug, now);
  const head = articleHead(content.site, article);
  const trail = [
    { name: article.category.name, path: routes.category(article.category.slug) },
    { name: article.title, path: routes.article(article.slug) },
  ];
  const context = { site: content.site, logo: content.logo, abs: absoluteUrl };
  return {
    ...base(content, now, head),
    article: {
      ...card(article),
      html: article.html,
      author: article.author ?? null,
      updated: article.updated?.toISOString() ?? null,
      tags: article.tags,
      url: absoluteUrl(routes.article(article.slug)),
    },
    older: older && { slug: older.slug, title: older.title },
    newer: newer && { slug: newer.slug, title: newer.title },
    related: content.related(article, { min: 3, max: 6 }, now).map(card),
    jsonLd: [
      newsArticleJsonLd(article, head.openGraph.image.url, context),
      breadcrumbJsonLd(trail, absoluteUrl),
    ],
  };
}

/**
 * Page `pageParam` of a listing (`null`: its own URL, page 1). Page 1 of the paged route never reaches here: it
 * redirects to the listing's own URL (lib/routes.ts `pageOneRedirects`), so under it only 2 and up exist.
 */
export function listingPage(
  content: ContentIndex,
  ref: ListingRef,
  pageParam: string | null,
  now: Date,
): ListingPageData | null {
  const listing = listingOf(content, ref, now);
  const number = pageParam === null ? 1 : parsePageNumber(pageParam);
  if (!listing || number === null || (pageParam !== null && number === 1)) return null;
  const current = paginate(listing.articles, number, content.site.pageSize);
  if (!current) return null;
  return {
    ...base(content, now, {
      title: number > 1 ? `${listing.title} – ${vi.pageLabel(number)}` : listing.title,
      description: listing.description,
      path: listing.href(number),
    }),
    listing: ref,
    title: listing.title,
    description: listing.description ?? null,
    trail: listing.trail,
    emptyText: listing.emptyText,
    items: current.items.map(card),
    page: current.page,
    totalPages: current.totalPages,
  };
}

export function archivePage(content: ContentIndex, now: Date): ArchivePageData {
  const years = new Map<number, { month: number; count: number }[]>();
  for (const { year, month, count } of content.archive(now)) {
    years.set(year, [...(years.get(year) ?? []), { month, count }]);
  }
  return {
    ...base(content, now, { title: vi.archive, description: vi.archiveIntro, path: routes.archive() }),
    years: [...years].map(([year, months]) => ({ year, months })),
  };
}

export function notFoundPage(content: ContentIndex, now: Date): NotFoundPageData {
  return {
    ...base(content, now, { title: vi.notFoundTitle, path: null, noindex: true }),
    latest: content.latest(now).slice(0, NOT_FOUND_LATEST).map(card),
  };
}
