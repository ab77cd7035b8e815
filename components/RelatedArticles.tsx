import type { Article } from "@/lib/content/schema";
import { vi } from "@/lib/i18n/vi";
import { ArticleListView } from "./ArticleListView";

export function RelatedArticles({ articles }: { articles: readonly Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="tin-lien-quan" className="related">
      <h2 id="tin-lien-quan" className="section-title">
        {vi.related}
      </h2>
      <ArticleListView articles={articles} headingLevel={3} variant="compact" />
    </section>
  );
}
