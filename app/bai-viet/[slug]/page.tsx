import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleNav } from "@/components/ArticleNav";
import { ArticleView } from "@/components/ArticleView";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { RelatedArticles } from "@/components/RelatedArticles";
import { getContent } from "@/lib/content/store";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getContent()
    .latest()
    .slice(0)
    .map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getContent().article((await params).slug);
  return article ? { title: article.title, description: article.summary } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const content = getContent();
  const now = new Date();
  const article = content.article(slug, now);
  if (!article) notFound();
  return (
    <>
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
