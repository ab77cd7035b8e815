import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articleMetadata, articleShareImage } from "@/app/_shared/metadata";
import { ArticleNav } from "@/components/ArticleNav";
import { ArticleView } from "@/components/ArticleView";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { JsonLd } from "@/components/JsonLd";
import { RelatedArticles } from "@/components/RelatedArticles";
import { getContent } from "@/lib/content/store";
import { routes } from "@/lib/routes";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/site-url";
import { siteNow } from "@/lib/clock";
import { PRERENDERED_ARTICLES } from "@/lib/prerender";

type Props = { params: Promise<{ slug: string }> };

/** The newest articles are rendered at build time; older ones on their first request, then cached. */
export function generateStaticParams() {
  return getContent()
    .latest()
    .slice(0, PRERENDERED_ARTICLES)
    .map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const article = content.article((await params).slug);
  return article ? articleMetadata(content.site, article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const content = getContent();
  const now = siteNow();
  const article = content.article(slug, now);
  if (!article) notFound();
  const trail = [
    { name: article.category.name, path: routes.category(article.category.slug) },
    { name: article.title, path: routes.article(article.slug) },
  ];
  const context = { site: content.site, logo: content.logo, abs: absoluteUrl };
  return (
    <>
      <JsonLd
        data={[
          newsArticleJsonLd(article, absoluteUrl(articleShareImage(article).url), context),
          breadcrumbJsonLd(trail, absoluteUrl),
        ]}
      />
      <Breadcrumbs
        trail={[
          { name: article.category.name, href: routes.category(article.category.slug) },
          { name: article.title },
        ]}
      />
      <ArticleView article={article} />
      <ArticleNav {...content.neighbours(slug, now)} />
      <RelatedArticles articles={content.related(article, { min: 3, max: 6 }, now)} />
    </>
  );
}
