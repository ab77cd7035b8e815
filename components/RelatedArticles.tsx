import type { CardData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { ArticleListView } from "./ArticleListView";

export function RelatedArticles({ articles }: { articles: readonly CardData[] }) {
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
