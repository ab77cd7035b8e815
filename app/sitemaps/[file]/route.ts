import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { sitemapPartNumber } from "@/lib/routes";
import { renderSitemap, sitemapParts, sitemapUrls } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site-url";
import { vi } from "@/lib/i18n/vi";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** Part `<n>` of a sitemap split past 50,000 URLs. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const n = sitemapPartNumber((await params).file);
  const parts = sitemapParts(sitemapUrls(getContent()));
  const part = n !== null && parts.length > 1 ? parts[n] : undefined;
  if (!part) return new Response(vi.resourceNotFound, { status: 404 });
  return xmlResponse(renderSitemap(part, siteUrl()));
}
