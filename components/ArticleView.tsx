import type { ArticleData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleBody } from "./ArticleBody";
import { ArticleDate } from "./ArticleDate";
import { ArticleTools } from "./ArticleTools";
import { SiteLink } from "./SiteLink";
import { TagList } from "./TagList";

export function ArticleView({ article }: { article: ArticleData }) {
  return (
    <article className="article">
      {article.draft && (
        <p className="draft-banner" role="note">
          {vi.draftBanner}
        </p>
      )}
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
      <ArticleTools url={article.url} title={article.title} />
      <ArticleBody html={article.html} />
      {article.updated && (
        <p className="article-updated">
          {vi.updated}: <ArticleDate date={article.updated} />
        </p>
      )}
      <TagList tags={article.tags} />
    </article>
  );
}
