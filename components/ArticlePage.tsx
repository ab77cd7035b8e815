import type { ArticlePageData } from "@/lib/page-data";
import { routes } from "@/lib/routes";
import { ArticleNav } from "./ArticleNav";
import { ArticleView } from "./ArticleView";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { PageHead } from "./PageHead";
import { RelatedArticles } from "./RelatedArticles";

/** An article's page: breadcrumbs, the article, previous/next, related articles. */
export function ArticlePage({ data }: { data: ArticlePageData }) {
  const { article } = data;
  return (
    <>
      <PageHead head={data.head} />
      <JsonLd data={data.jsonLd} />
      <Breadcrumbs
        trail={[
          { name: article.category.name, href: routes.category(article.category.slug) },
          { name: article.title },
        ]}
      />
      <ArticleView article={article} />
      <ArticleNav older={data.older} newer={data.newer} />
      <RelatedArticles articles={data.related} />
    </>
  );
}
