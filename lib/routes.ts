/** Every URL of the site is built here. Article URLs depend on the slug alone. */
export const routes = {
  home: () => "/",
  article: (slug: string) => `/bai-viet/${slug}`,
  category: (slug: string) => `/chuyen-muc/${slug}`,
  tag: (slug: string) => `/the/${slug}`,
} as const;
