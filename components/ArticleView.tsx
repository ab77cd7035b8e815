import type { Article } from "@/lib/content/schema";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleDate } from "./ArticleDate";
import { SiteLink } from "./SiteLink";

export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article">
      <p className="article-category">
        <SiteLink href={routes.category(article.category.slug)}>{article.category.name}</SiteLink>
      </p>
      <h1>{article.title}</h1>
      <p className="article-meta">
        <ArticleDate date={article.date} />
        {article.author && (
          <>
            {" · "}
            <span className="article-author">
              {vi.author}: {article.author}
            </span>
          </>
        )}
      </p>
      {/* Sanitized by lib/markdown (remark-html with the site's sanitize schema). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />
      {article.updated && (
        <p className="article-updated">
          {vi.updated}: <ArticleDate date={article.updated} />
        </p>
      )}
    </article>
  );
}
