import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { renderNewsSitemap } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site-url";

export const revalidate = 60;

/** The Google News sitemap: articles of the last two days. */
export function GET() {
  return xmlResponse(renderNewsSitemap(getContent(), siteUrl()));
}
