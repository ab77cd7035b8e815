/** Every URL of the site is built here. Article URLs depend on the slug alone. */

function paged(base: string, page: number): string {
  return page > 1 ? `${base}/trang/${page}` : base;
}

export const routes = {
  home: () => "/",
  article: (slug: string) => `/bai-viet/${slug}`,
  category: (slug: string, page = 1) => paged(`/chuyen-muc/${slug}`, page),
  tag: (slug: string, page = 1) => paged(`/the/${slug}`, page),
  archive: () => "/luu-tru",
  /** The site's RSS feed (app/rss.xml). */
  feed: () => "/rss.xml",
  /** Reserved, never a page of its own: where a request for a page that does not exist is answered (lib/missing-pages.ts). */
  notFound: () => "/khong-tim-thay",
  /** Generated share images (Open Graph). */
  shareImage: () => "/anh-chia-se",
  articleShareImage: (slug: string) => `/anh-chia-se/bai-viet/${slug}`,
  month: (year: number, month: number, page = 1) =>
    paged(`/luu-tru/${year}/${String(month).padStart(2, "0")}`, page),
  search: (query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (page > 1) params.set("trang", String(page));
    const qs = params.toString();
    return qs ? `/tim-kiem?${qs}` : "/tim-kiem";
  },
} as const;

/** Which listing: a category, a tag or a month of the archive (`year` four digits, `month` two, as in URLs). */
export type ListingRef =
  { kind: "category" | "tag"; slug: string } | { kind: "month"; year: string; month: string };

/** The URL of page `page` of a listing. */
export function listingHref(ref: ListingRef, page = 1): string {
  if (ref.kind === "month") return routes.month(Number(ref.year), Number(ref.month), page);
  return (ref.kind === "tag" ? routes.tag : routes.category)(ref.slug, page);
}

/** A path of a route whose page may not exist: an article, or a page of a category, a tag or a month. */
export type PagePath =
  | { kind: "article"; slug: string }
  | { kind: "category" | "tag"; slug: string; page: string | null }
  | { kind: "month"; year: string; month: string; page: string | null };

const PAGED = /^\/(chuyen-muc|the)\/([^/]+)(?:\/trang\/([^/]+))?\/?$/;
const MONTH = /^\/luu-tru\/([^/]+)\/([^/]+)(?:\/trang\/([^/]+))?\/?$/;
const ARTICLE = /^\/bai-viet\/([^/]+)\/?$/;

/** The inverse of the builders above for those routes (`pathname` percent-decoded); `null` for any other path. */
export function parsePagePath(pathname: string): PagePath | null {
  let match = ARTICLE.exec(pathname);
  if (match) return { kind: "article", slug: match[1]! };
  match = PAGED.exec(pathname);
  if (match) {
    return { kind: match[1] === "the" ? "tag" : "category", slug: match[2]!, page: match[3] ?? null };
  }
  match = MONTH.exec(pathname);
  if (match) return { kind: "month", year: match[1]!, month: match[2]!, page: match[3] ?? null };
  return null;
}
