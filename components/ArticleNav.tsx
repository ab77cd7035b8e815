import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/** "Bài trước" (older) and "Bài tiếp theo" (newer); each is absent at its end of the list. */
type Neighbour = { slug: string; title: string } | null;

export function ArticleNav({ older, newer }: { older: Neighbour; newer: Neighbour }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label={vi.articleNav} className="article-nav">
      {older && (
        <SiteLink href={routes.article(older.slug)} rel="prev" className="article-nav-prev">
          <span className="article-nav-label">{vi.previousArticle}</span>
          <span className="article-nav-title">{older.title}</span>
        </SiteLink>
      )}
      {newer && (
        <SiteLink href={routes.article(newer.slug)} rel="next" className="article-nav-next">
          <span className="article-nav-label">{vi.nextArticle}</span>
          <span className="article-nav-title">{newer.title}</span>
        </SiteLink>
      )}
    </nav>
  );
}
