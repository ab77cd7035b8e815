import { ArticleListView } from "@/components/ArticleListView";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";

export default function HomePage() {
  const content = getContent();
  const latest = content.latest().slice(0, content.site.pageSize);
  return (
    <section aria-labelledby="moi-nhat">
      <h1 id="moi-nhat" className="section-title">
        {vi.latest}
      </h1>
      {latest.length ? <ArticleListView articles={latest} /> : <p className="empty">{vi.emptySite}</p>}
    </section>
  );
}
