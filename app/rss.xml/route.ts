import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { renderFeed } from "@/lib/seo/feed";
import { siteUrl } from "@/lib/site-url";

export const revalidate = 60;

/** The site's RSS 2.0 feed: the latest 50 articles. */
export function GET() {
  return xmlResponse(renderFeed(getContent(), siteUrl())!, "application/rss+xml");
}
