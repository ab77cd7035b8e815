/**
 * Every URL of the site is described here, once: `ROUTES` gives each route's shape as a path pattern, and the
 * builders (`routes`), the parser (`parsePagePath`) and the Next.js redirects (`pageOneRedirects`, next.config.ts)
 * are derived from it, so that changing a shape is one edit. The route folders of `pages/` and `app/` must name
 * the same shapes — Next.js routes by file — and tests/unit/routes.test.ts checks that they do.
 *
 * A pattern is Next.js's `source` syntax reduced to what the site needs: literal segments, and whole segments
 * `:name` (one segment) or `:name+` (one or more). Article URLs depend on the slug alone.
 */

/** Where pages 2 and up of a listing live, under the listing's own URL. */
const PAGED = "/trang/:page";
const CATEGORY = "/chuyen-muc/:slug";
const TAG = "/the/:slug";
const ARCHIVE = "/luu-tru";
const MONTH = `${ARCHIVE}/:year/:month`;
const FEED = "/rss.xml";
const SHARE_IMAGE = "/anh-chia-se";
const DOCUMENTS = "/van-ban";

export const ROUTES = {
  home: "/",
  article: "/bai-viet/:slug",
  category: CATEGORY,
  categoryPage: `${CATEGORY}${PAGED}`,
  tag: TAG,
  tagPage: `${TAG}${PAGED}`,
  archive: ARCHIVE,
  month: MONTH,
  monthPage: `${MONTH}${PAGED}`,
  /** The query string carries the words (`q`) and the page (`trang`): see `routes.search`. */
  search: "/tim-kiem",
  feed: FEED,
  categoryFeed: `${CATEGORY}${FEED}`,
  sitemap: "/sitemap.xml",
  newsSitemap: "/sitemap-news.xml",
  /** Part `<n>` of a sitemap too large for one file: `file` is `<n>.xml`. */
  sitemapPart: "/sitemaps/:file",
  robots: "/robots.txt",
  /** The document library: the query string filters it (`loai`, `co-quan`, `nam`) and pages it (`trang`). */
  documents: DOCUMENTS,
  // Before the document: a file name is matched before a parameter, as Next.js routes them.
  documentsFeed: `${DOCUMENTS}${FEED}`,
  document: `${DOCUMENTS}/:slug`,
  /** Generated share images (Open Graph). */
  shareImage: SHARE_IMAGE,
  articleShareImage: `${SHARE_IMAGE}/bai-viet/:slug`,
  /** Every path no other route answers: a page of content/pages/, else the not-found page (pages/[...path].tsx). */
  other: "/:path+",
  /**
   * Reserved, never a page of its own (so `other` answers it): where a request for a page that does not exist is
   * answered (lib/missing-pages.ts).
   */
  notFound: "/khong-tim-thay",
} as const;

export type RouteName = keyof typeof ROUTES;

/**
 * The query parameters each page reads, by its path; a page not listed reads none. Any other parameter is dropped
 * before the page is asked for or kept (lib/http/page-cache.ts), so that `?utm_source=…` makes no copy.
 */
export const QUERY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  [ROUTES.search]: ["q", "trang"],
  [ROUTES.documents]: ["loai", "co-quan", "nam", "trang"],
};

/** What the document library's query string says: a type, an issuer, a year (all optional) and a page. */
export interface DocumentFilter {
  type?: string;
  issuer?: string;
  year?: number;
}

type SegmentParam<S extends string> = S extends `:${infer Name}+`
  ? Name
  : S extends `:${infer Name}`
    ? Name
    : never;
type ParamNames<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? SegmentParam<Head> | ParamNames<Tail>
  : SegmentParam<P>;
/** The named segments of a pattern, as an object: `RouteParams<"/the/:slug">` is `{ slug: string }`. */
export type RouteParams<P extends string> = { [Name in ParamNames<P>]: string };

const PARAM = /:(\w+)\+?/g;

/** `pattern` with its named segments filled in; names left out of `params` stay as they are. */
function fill(pattern: string, params: Partial<Record<string, string>>): string {
  return pattern.replace(PARAM, (segment, name: string) => params[name] ?? segment);
}

/** The path of `pattern` for `params`, inserted as they are (slugs are URL-safe: lib/content/schema.ts). */
export function buildPath<P extends string>(pattern: P, params: RouteParams<P>): string {
  return fill(pattern, params);
}

const matchers = new Map<string, RegExp>();

function matcher(pattern: string): RegExp {
  let regex = matchers.get(pattern);
  if (!regex) {
    const source = pattern
      .split("/")
      .slice(1)
      .map((segment) => {
        const param = /^:(\w+)(\+?)$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return param[2] ? `(?<${param[1]}>[^/]+(?:/[^/]+)*)` : `(?<${param[1]}>[^/]+)`;
      })
      .join("/");
    // A trailing slash names the same page.
    regex = new RegExp(source ? `^/${source}/?$` : "^/$");
    matchers.set(pattern, regex);
  }
  return regex;
}

/** The inverse of `buildPath`: the named segments of `pathname` (percent-decoded), or `null` if it has another shape. */
export function matchPath<P extends string>(pattern: P, pathname: string): RouteParams<P> | null {
  const match = matcher(pattern).exec(pathname);
  return match ? ({ ...match.groups } as RouteParams<P>) : null;
}

/** Which listing: a category, a tag or a month of the archive (`year` four digits, `month` two, as in URLs). */
export type ListingRef =
  { kind: "category" | "tag"; slug: string } | { kind: "month"; year: string; month: string };

/** Each listing's two routes: page 1 at the listing's own URL, pages 2 and up under `PAGED`. */
export const LISTING_ROUTES = {
  category: { first: ROUTES.category, paged: ROUTES.categoryPage },
  tag: { first: ROUTES.tag, paged: ROUTES.tagPage },
  month: { first: ROUTES.month, paged: ROUTES.monthPage },
} as const;

/** The URL of page `page` of a listing. */
export function listingHref(ref: ListingRef, page = 1): string {
  const { first, paged } = LISTING_ROUTES[ref.kind];
  const params: Record<string, string> =
    ref.kind === "month" ? { year: ref.year, month: ref.month } : { slug: ref.slug };
  return page > 1 ? fill(paged, { ...params, page: String(page) }) : fill(first, params);
}

/** The listing that a listing route's params name (`params` as the route's pattern names them). */
export function listingRefOf(kind: ListingRef["kind"], params: Partial<Record<string, string>>): ListingRef {
  return kind === "month"
    ? { kind, year: params.year ?? "", month: params.month ?? "" }
    : { kind, slug: params.slug ?? "" };
}

export const routes = {
  home: () => ROUTES.home,
  article: (slug: string) => buildPath(ROUTES.article, { slug }),
  category: (slug: string, page = 1) => listingHref({ kind: "category", slug }, page),
  tag: (slug: string, page = 1) => listingHref({ kind: "tag", slug }, page),
  archive: () => ROUTES.archive,
  month: (year: number, month: number, page = 1) =>
    listingHref({ kind: "month", year: String(year), month: String(month).padStart(2, "0") }, page),
  search: (query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (page > 1) params.set("trang", String(page));
    const qs = params.toString();
    return qs ? `${ROUTES.search}?${qs}` : ROUTES.search;
  },
  /** The site's RSS feed, and each category's. */
  feed: () => ROUTES.feed,
  categoryFeed: (slug: string) => buildPath(ROUTES.categoryFeed, { slug }),
  sitemap: () => ROUTES.sitemap,
  newsSitemap: () => ROUTES.newsSitemap,
  sitemapPart: (n: number) => buildPath(ROUTES.sitemapPart, { file: `${n}.xml` }),
  notFound: () => ROUTES.notFound,
  /** The document library, filtered, at a page. */
  documents: (filter: DocumentFilter = {}, page = 1) => {
    const params = new URLSearchParams();
    if (filter.type) params.set("loai", filter.type);
    if (filter.issuer) params.set("co-quan", filter.issuer);
    if (filter.year) params.set("nam", String(filter.year));
    if (page > 1) params.set("trang", String(page));
    const qs = params.toString();
    return qs ? `${ROUTES.documents}?${qs}` : ROUTES.documents;
  },
  document: (slug: string) => buildPath(ROUTES.document, { slug }),
  documentsFeed: () => ROUTES.documentsFeed,
  /** A page of content/pages/: its address is its path. */
  page: (path: string) => path,
  shareImage: () => ROUTES.shareImage,
  articleShareImage: (slug: string) => buildPath(ROUTES.articleShareImage, { slug }),
} as const;

/** The number `<n>` of a sitemap part's `file` segment (`<n>.xml`, no leading zero), or `null`. */
export function sitemapPartNumber(file: string): number | null {
  const match = /^(0|[1-9]\d{0,4})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

/**
 * Page 1 of a listing has one URL, the listing's own: `/trang/1` redirects there (permanently), in Next.js's
 * `redirects()` form.
 */
export function pageOneRedirects(): { source: string; destination: string; permanent: true }[] {
  return Object.values(LISTING_ROUTES).map(({ first, paged }) => ({
    source: fill(paged, { page: "1" }),
    destination: first,
    permanent: true,
  }));
}
