/**
 * Which page a path names, for the server's front (lib/missing-pages.ts) and the content checks: the inverse of the
 * builders of lib/routes.ts for the routes whose page may not exist, and the addresses pages of content/pages/ may
 * and may not have.
 */
import { LISTING_ROUTES, listingRefOf, matchPath, ROUTES, type RouteName } from "./routes";

/**
 * A path of a route whose page or file may not exist: an article, a page of a category, a tag or a month, a
 * category's feed, an article's share image, a sitemap part.
 */
export type PagePath =
  | { kind: "article" | "categoryFeed" | "articleShareImage" | "document"; slug: string }
  | { kind: "page"; path: string }
  | { kind: "category" | "tag"; slug: string; page: string | null }
  | { kind: "month"; year: string; month: string; page: string | null }
  | { kind: "sitemapPart"; file: string };

/** The inverse of the builders above for those routes (`pathname` percent-decoded); `null` for any other path. */
export function parsePagePath(pathname: string): PagePath | null {
  const article = matchPath(ROUTES.article, pathname);
  if (article) return { kind: "article", slug: article.slug };
  const feed = matchPath(ROUTES.categoryFeed, pathname);
  if (feed) return { kind: "categoryFeed", slug: feed.slug };
  const share = matchPath(ROUTES.articleShareImage, pathname);
  if (share) return { kind: "articleShareImage", slug: share.slug };
  const part = matchPath(ROUTES.sitemapPart, pathname);
  if (part) return { kind: "sitemapPart", file: part.file };
  if (!matchPath(ROUTES.documentsFeed, pathname)) {
    const document = matchPath(ROUTES.document, pathname);
    if (document) return { kind: "document", slug: document.slug };
  }
  for (const kind of ["category", "tag", "month"] as const) {
    const { first, paged } = LISTING_ROUTES[kind];
    const params: Partial<Record<string, string>> | null =
      matchPath(first, pathname) ?? matchPath(paged, pathname);
    if (params) return { ...listingRefOf(kind, params), page: params.page ?? null } as PagePath;
  }
  const page = contentPagePath(pathname);
  return page ? { kind: "page", path: page } : null;
}

/** The routes that are not the catch-all: a path one of them answers is never a page of content/pages/. */
const OWN_ROUTES = (Object.keys(ROUTES) as RouteName[]).filter(
  (name) => name !== "other" && name !== "notFound",
);

/**
 * The address of a page of content/pages/ that `pathname` (percent-decoded) would be, without its trailing slash:
 * a path that no other route answers, made of slugs only (so never a file such as `/icon.svg`), not under a part
 * the site's routes take (`/bai-viet`, `/images`…); else null.
 */
export function contentPagePath(pathname: string): string | null {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  const segments = trimmed.split("/").slice(1);
  if (!segments.length || segments.some((segment) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment)))
    return null;
  // Under the site's own routes and files, and the framework's pages (`/500`), never a page of content/pages/.
  if (RESERVED_SEGMENTS.has(segments[0]!)) return null;
  if (OWN_ROUTES.some((name) => matchPath(ROUTES[name], trimmed) !== null)) return null;
  return trimmed;
}

/**
 * The first segments the site's own routes and files take (`bai-viet`, `van-ban`, `images`…): a page of
 * content/pages/ may not start with one (lib/content/cross-checks.ts).
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  ...Object.values(ROUTES)
    .map((pattern) => pattern.split("/")[1] ?? "")
    .filter((segment) => segment && !segment.startsWith(":")),
  // Next.js's files, the public folder's, the editor, the publisher's status page, the framework's page names.
  "_next",
  "images",
  "files",
  "quan-tri",
  "trang-thai-xuat-ban",
  "api",
  "404",
  "500",
]);
