import type { ListingPageData } from "@/lib/page-data";
import { listingHref } from "@/lib/routes";
import { vi } from "@/lib/i18n/vi";
import { ArticleListView } from "./ArticleListView";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageHead } from "./PageHead";
import { Pagination } from "./Pagination";

/** A page of a category, a tag or a month: heading, cards, pagination. */
export function ListingPage({ data }: { data: ListingPageData }) {
  return (
    <>
      <PageHead head={data.head} />
      <Breadcrumbs trail={[...data.trail, { name: data.title }]} />
      <section aria-labelledby="tieu-de-danh-sach">
        <h1 id="tieu-de-danh-sach" className="section-title">
          {data.title}
          {data.totalPages > 1 && <span className="page-of"> · {vi.pageOf(data.page, data.totalPages)}</span>}
        </h1>
        {data.description && <p className="listing-description">{data.description}</p>}
        {data.items.length ? (
          <ArticleListView articles={data.items} eagerFirst />
        ) : (
          <p className="empty">{data.emptyText}</p>
        )}
        <Pagination
          page={data.page}
          totalPages={data.totalPages}
          href={(n) => listingHref(data.listing, n)}
        />
      </section>
    </>
  );
}
