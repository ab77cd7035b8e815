import type { CardData } from "@/lib/page-data";
import { ArticleCard } from "./ArticleCard";

interface Props {
  articles: readonly CardData[];
  headingLevel?: 2 | 3;
  variant?: "default" | "compact";
  showCategory?: boolean;
  /** The first card's cover is the first image on the page: load it at once. */
  eagerFirst?: boolean;
}

/** A list of article cards. */
export function ArticleListView({
  articles,
  headingLevel = 2,
  variant = "default",
  showCategory = false,
  eagerFirst = false,
}: Props) {
  return (
    <ul className={`article-list article-list-${variant}`}>
      {articles.map((article, i) => (
        <li key={article.slug}>
          <ArticleCard
            article={article}
            headingLevel={headingLevel}
            variant={variant}
            showCategory={showCategory}
            eager={eagerFirst && i === 0}
          />
        </li>
      ))}
    </ul>
  );
}
