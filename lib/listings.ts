/** The paginated lists of the site: a category, a tag, a month of the archive. */
import type { ArticleList, ContentIndex } from "./content/content-index";
import { vi } from "./i18n/vi";
import { paginate, parsePageNumber } from "./pagination";
import type { PagePath } from "./route-paths";
import { routes, sitemapPartNumber, type ListingRef } from "./routes";
import { sitemapPartCount } from "./seo/sitemap";
import { siteNow } from "./clock";

export interface Listing {
  title: string;
  description?: string;
  articles: ArticleList;
  /** URL of page `n` of this listing. */
  href: (n: number) => string;
  /** Breadcrumb trail between the home page and this listing. */
  trail: { name: string; href?: string }[];
  emptyText: string;
}

export function categoryListing(content: ContentIndex, slug: string, now = siteNow()): Listing | null {
  const category = content.category(slug);
  const articles = content.inCategory(slug, now);
  if (!category || !articles) return null;
  return {
    title: category.name,
    description: category.description,
    articles,
    href: (n) => routes.category(slug, n),
    trail: [],
    emptyText: vi.emptyCategory,
  };
}

export function tagListing(content: ContentIndex, slug: string, now = siteNow()): Listing | null {
  const entry = content.withTag(slug, now);
  if (!entry) return null;
  return {
    title: vi.tagTitle(entry.tag.name),
    articles: entry.articles,
    href: (n) => routes.tag(slug, n),
    trail: [],
    emptyText: vi.emptySite,
  };
}

/** `year` and `month` as they appear in URLs: four digits and two digits (`2020`, `09`). */
export function monthListing(
  content: ContentIndex,
  year: string,
  month: string,
  now = siteNow(),
): Listing | null {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  const y = Number(year);
  const m = Number(month);
  const articles = content.inMonth(y, m, now);
  if (!articles) return null;
  return {
    title: vi.monthTitle(m, y),
    articles,
    href: (n) => routes.month(y, m, n),
    trail: [{ name: vi.archive, href: routes.archive() }],
    emptyText: vi.emptySite,
  };
}

/** The listing `ref` names, or `null` if there is none. */
export function listingOf(content: ContentIndex, ref: ListingRef, now = siteNow()): Listing | null {
  switch (ref.kind) {
    case "category":
      return categoryListing(content, ref.slug, now);
    case "tag":
      return tagListing(content, ref.slug, now);
    case "month":
      return monthListing(content, ref.year, ref.month, now);
  }
}

/**
 * Whether the page at `path` exists, decided as its page decides it: the article is published, the listing exists
 * and has that page. Page 1 under `/trang/1` exists: it is redirected to the listing's own URL.
 */
export function pageExists(content: ContentIndex, path: PagePath, now = siteNow()): boolean {
  switch (path.kind) {
    case "article":
    case "articleShareImage":
      return content.article(path.slug, now) !== null;
    case "categoryFeed":
      return content.category(path.slug) !== null;
    case "document":
      return content.documents.get(path.slug) !== null;
    case "page":
      return content.pages.get(path.path) !== null;
    case "sitemapPart": {
      const n = sitemapPartNumber(path.file);
      const parts = sitemapPartCount(content, now);
      return n !== null && parts > 1 && n < parts;
    }
  }
  const listing = listingOf(content, path, now);
  if (!listing || path.page === null) return listing !== null;
  const page = parsePageNumber(path.page);
  return page !== null && paginate(listing.articles, page, content.site.pageSize) !== null;
}
