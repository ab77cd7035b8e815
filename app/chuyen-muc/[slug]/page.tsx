import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleListView } from "@/components/ArticleListView";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getContent().site.categories.map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getContent().category((await params).slug);
  return category ? { title: category.name, description: category.description } : {};
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const content = getContent();
  const category = content.category(slug);
  const articles = content.inCategory(slug);
  if (!category || !articles) notFound();
  const page = articles.slice(0, content.site.pageSize);
  return (
    <section aria-labelledby="chuyen-muc">
      <h1 id="chuyen-muc" className="section-title">
        {category.name}
      </h1>
      {page.length ? <ArticleListView articles={page} /> : <p className="empty">{vi.emptyCategory}</p>}
    </section>
  );
}
