import { shareImage } from "@/app/_shared/share-image";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** The generated share image of an article (used when it has no cover photo). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const content = getContent();
  const article = content.article((await params).slug);
  if (!article) return new Response(vi.resourceNotFound, { status: 404 });
  return shareImage({ site: content.site.name, title: article.title, footer: article.category.name });
}
