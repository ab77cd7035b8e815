import type { ArchivePageData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageHead } from "./PageHead";
import { SiteLink } from "./SiteLink";

/** The archive: every month with published articles, by year. */
export function ArchiveView({ data }: { data: ArchivePageData }) {
  return (
    <>
      <PageHead head={data.head} />
      <Breadcrumbs trail={[{ name: vi.archive }]} />
      <h1 className="section-title">{vi.archive}</h1>
      <p>{vi.archiveIntro}</p>
      {data.years.length === 0 && <p className="empty">{vi.emptySite}</p>}
      {data.years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`nam-${year}`} className="archive-year">
          <h2 id={`nam-${year}`}>{year}</h2>
          <ul className="archive-months">
            {months.map(({ month, count }) => (
              <li key={month}>
                <SiteLink href={routes.month(year, month)}>{vi.monthTitle(month, year)}</SiteLink>{" "}
                <span className="count">({vi.articleCount(count)})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
