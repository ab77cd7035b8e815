import { xmlResponse } from "@/app/_shared/xml";
import { getContent } from "@/lib/content/store";
import { renderFeed } from "@/lib/seo/feed";
import { siteUrl } from "@/lib/site-url";
import { vi } from "@/lib/i18n/vi";

export const revalidate = 60;

export function generateStaticParams() {
  return getContent().site.categories.map((c) => ({ slug: c.slug }));
}

/** A category's RSS 2.0 feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const category = content.category((await params).slug);
  const body = category && renderFeed(content, siteUrl(), { category });
  return body ? xmlResponse(body, "application/rss+xml") : new Response(vi.resourceNotFound, { status: 404 });
}
