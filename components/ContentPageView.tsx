import type { ContentPageData } from "@/lib/content-page-data";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { ArticleBody } from "./ArticleBody";
import { ArticleDate } from "./ArticleDate";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { PageHead } from "./PageHead";
import { SiteLink } from "./SiteLink";

/**
 * A page of content/pages/: the trail through its parents, its text (in its own language: an English page says so
 * to browsers and screen readers), and its children.
 */
export function ContentPageView({ data }: { data: ContentPageData }) {
  const { page, trail, children } = data;
  return (
    <>
      <PageHead head={data.head} />
      <JsonLd data={data.jsonLd} />
      <Breadcrumbs
        trail={[
          ...trail.map((parent) => ({ name: parent.title, href: routes.page(parent.path) })),
          { name: page.title },
        ]}
      />
      <article className="content-page" lang={page.lang === "vi" ? undefined : page.lang}>
        <h1>{page.title}</h1>
        <ArticleBody html={page.html} />
        {page.updated && (
          <p className="article-updated" lang="vi">
            {vi.updated}: <ArticleDate date={page.updated} />
          </p>
        )}
      </article>
      {children.length > 0 && (
        <nav aria-labelledby="trang-con" className="page-children">
          <h2 id="trang-con" className="section-title">
            {vi.pageChildren}
          </h2>
          <ul>
            {children.map((child) => (
              <li key={child.path}>
                <SiteLink href={routes.page(child.path)}>{child.title}</SiteLink>
                {child.summary && <p>{child.summary}</p>}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
