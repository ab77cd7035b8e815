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
