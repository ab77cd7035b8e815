import type { HomePageData } from "@/lib/page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleCard } from "./ArticleCard";
import { ArticleListView } from "./ArticleListView";
import { JsonLd } from "./JsonLd";
import { PageHead } from "./PageHead";
import { SiteLink } from "./SiteLink";

/** The home page: the lead article, the latest ones, a block per category that has articles. */
export function HomeView({ data }: { data: HomePageData }) {
  const { lead, latest } = data;
  return (
    <>
      <PageHead head={data.head} />
      <JsonLd data={data.jsonLd} />
      <h1 className="visually-hidden">{data.shell.site.name}</h1>
      {!lead && <p className="empty">{vi.emptySite}</p>}
      <div className="home-top">
        {lead && (
          <section aria-labelledby="tin-noi-bat" className="home-lead">
            <h2 id="tin-noi-bat" className="visually-hidden">
              {vi.leadArticle}
            </h2>
            <ArticleCard article={lead} variant="lead" headingLevel={3} eager showCategory />
          </section>
        )}
        {latest.length > 0 && (
          <section aria-labelledby="moi-nhat" className="home-latest">
            <h2 id="moi-nhat" className="section-title">
              {vi.latest}
            </h2>
            <ArticleListView articles={latest} headingLevel={3} variant="compact" showCategory />
          </section>
        )}
      </div>
      <div className="home-categories">
        {data.categories.map((category) => (
          <section key={category.slug} aria-labelledby={`cm-${category.slug}`} className="home-category">
            <h2 id={`cm-${category.slug}`} className="section-title">
              <SiteLink href={routes.category(category.slug)}>{category.name}</SiteLink>
            </h2>
            <ArticleListView articles={category.articles} headingLevel={3} />
            <p className="view-all">
              <SiteLink href={routes.category(category.slug)}>
                {vi.viewAll}: {category.name} ›
              </SiteLink>
            </p>
          </section>
        ))}
      </div>
    </>
  );
}
