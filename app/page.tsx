import type { Metadata } from "next";
import { pageMetadata } from "@/app/_shared/metadata";
import { ArticleCard } from "@/components/ArticleCard";
import { JsonLd } from "@/components/JsonLd";
import { ArticleListView } from "@/components/ArticleListView";
import { SiteLink } from "@/components/SiteLink";
import { getContent } from "@/lib/content/store";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/site-url";
import { siteNow } from "@/lib/clock";

const LATEST_COUNT = 8;
const PER_CATEGORY = 4;

export function generateMetadata(): Metadata {
  return pageMetadata({ site: getContent().site, path: routes.home() });
}

export default function HomePage() {
  const content = getContent();
  const now = siteNow();
  const lead = content.lead(now);
  const latest = content
    .latest(now)
    .slice(0, LATEST_COUNT + 1)
    .filter((a) => a !== lead)
    .slice(0, LATEST_COUNT);
  return (
    <>
      <JsonLd data={homeJsonLd({ site: content.site, logo: content.logo, abs: absoluteUrl })} />
      <h1 className="visually-hidden">{content.site.name}</h1>
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
        {content.site.categories.map((category) => {
          const articles = content.inCategory(category.slug, now)?.slice(0, PER_CATEGORY) ?? [];
          if (!articles.length) return null;
          return (
            <section key={category.slug} aria-labelledby={`cm-${category.slug}`} className="home-category">
              <h2 id={`cm-${category.slug}`} className="section-title">
                <SiteLink href={routes.category(category.slug)}>{category.name}</SiteLink>
              </h2>
              <ArticleListView articles={articles} headingLevel={3} />
              <p className="view-all">
                <SiteLink href={routes.category(category.slug)}>
                  {vi.viewAll}: {category.name} ›
                </SiteLink>
              </p>
            </section>
          );
        })}
      </div>
    </>
  );
}
