import type { Article } from "@/lib/content/schema";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { SiteLink } from "./SiteLink";

/** A plain list of article cards: title, date, summary. */
export function ArticleListView({
  articles,
  headingLevel = 2,
}: {
  articles: readonly Article[];
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="article-card">
          <Heading className="article-card-title">
            <SiteLink href={routes.article(article.slug)}>{article.title}</SiteLink>
          </Heading>
          <p className="article-card-meta">
            <ArticleDate date={article.date} />
          </p>
          <p className="article-card-summary">{article.summary}</p>
        </li>
      ))}
    </ul>
  );
}
