import type { Metadata } from "next";
import { pageMetadata } from "@/app/_shared/metadata";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SiteLink } from "@/components/SiteLink";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";

export function generateMetadata(): Metadata {
  return pageMetadata({
    site: getContent().site,
    title: vi.archive,
    description: vi.archiveIntro,
    path: routes.archive(),
  });
}

export default function ArchivePage() {
  const months = getContent().archive();
  const years = new Map<number, typeof months>();
  for (const m of months) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return (
    <>
      <Breadcrumbs trail={[{ name: vi.archive }]} />
      <h1 className="section-title">{vi.archive}</h1>
      <p>{vi.archiveIntro}</p>
      {months.length === 0 && <p className="empty">{vi.emptySite}</p>}
      {[...years].map(([year, list]) => (
        <section key={year} aria-labelledby={`nam-${year}`} className="archive-year">
          <h2 id={`nam-${year}`}>{year}</h2>
          <ul className="archive-months">
            {list.map(({ month, count }) => (
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
