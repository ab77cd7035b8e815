import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleNav } from "@/components/ArticleNav";
import { ArticleView } from "@/components/ArticleView";
import { getContent } from "@/lib/content/store";

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
  const article = content.article(slug);
  if (!article) notFound();
  return (
    <>
      <ArticleView article={article} />
      <ArticleNav {...content.neighbours(slug)} />
    </>
  );
}
