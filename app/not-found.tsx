import { ArticleListView } from "@/components/ArticleListView";
import { SiteLink } from "@/components/SiteLink";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";

export default function NotFound() {
  const latest = getContent().latest().slice(0, 5);
  return (
    <section className="not-found">
      <h1>{vi.notFoundTitle}</h1>
      <p>{vi.notFoundText}</p>
      <p>
        <SiteLink href={routes.home()} className="button">
          {vi.backHome}
        </SiteLink>
      </p>
      {latest.length > 0 && (
        <>
          <h2 className="section-title">{vi.latest}</h2>
          <ArticleListView articles={latest} headingLevel={3} variant="compact" />
        </>
      )}
    </section>
  );
}
