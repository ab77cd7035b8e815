import type { NotFoundPageData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleListView } from "./ArticleListView";
import { PageHead } from "./PageHead";
import { SiteLink } from "./SiteLink";

/** The not-found page: what happened, the way home, the latest news. */
export function NotFoundView({ data }: { data: NotFoundPageData }) {
  return (
    <section className="not-found">
      <PageHead head={data.head} />
      <h1>{vi.notFoundTitle}</h1>
      <p>{vi.notFoundText}</p>
      <p>
        <SiteLink href={routes.home()} className="button">
          {vi.backHome}
        </SiteLink>
      </p>
      {data.latest.length > 0 && (
        <>
          <h2 className="section-title">{vi.latest}</h2>
          <ArticleListView articles={data.latest} headingLevel={3} variant="compact" />
        </>
      )}
    </section>
  );
}
