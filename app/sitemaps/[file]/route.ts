import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { renderSitemap, sitemapParts, sitemapUrls } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site-url";
import { vi } from "@/lib/i18n/vi";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** Part `<n>` of a sitemap split past 50,000 URLs. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(0|[1-9]\d{0,4})\.xml$/.exec((await params).file);
  const parts = sitemapParts(sitemapUrls(getContent()));
  const part = match && parts.length > 1 ? parts[Number(match[1])] : undefined;
  if (!part) return new Response(vi.resourceNotFound, { status: 404 });
  return xmlResponse(renderSitemap(part, siteUrl()));
}
