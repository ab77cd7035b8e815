import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { renderDocumentsFeed } from "@/lib/seo/feed";
import { siteUrl } from "@/lib/site-url";

export const revalidate = 60;

/** The document library's RSS 2.0 feed: the latest 50 documents. */
export function GET() {
  return xmlResponse(renderDocumentsFeed(getContent(), siteUrl()), "application/rss+xml");
}
