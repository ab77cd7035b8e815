import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { routes } from "@/lib/routes";
import { renderSitemap, renderSitemapIndex, sitemapParts, sitemapUrls } from "@/lib/seo/sitemap";
import { absoluteUrl, siteUrl } from "@/lib/site-url";

export const revalidate = 60;

/** One sitemap while the site has at most 50,000 URLs; past that, an index of `/sitemaps/<n>.xml`. */
export function GET() {
  const content = getContent();
  const urls = sitemapUrls(content);
  const parts = sitemapParts(urls);
  if (parts.length === 1) return xmlResponse(renderSitemap(urls, siteUrl()));
  const lastmod = urls[0]!.lastmod;
  return xmlResponse(
    renderSitemapIndex(
      parts.map((_, i) => absoluteUrl(routes.sitemapPart(i))),
      lastmod,
    ),
  );
}
