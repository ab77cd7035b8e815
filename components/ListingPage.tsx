import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/_shared/metadata";
import type { SiteConfig } from "@/lib/content/schema";
import type { Listing } from "@/lib/listings";
import { paginate, parsePageNumber } from "@/lib/pagination";
import { vi } from "@/lib/i18n/vi";
import { ArticleListView } from "./ArticleListView";
import { Breadcrumbs } from "./Breadcrumbs";
import { Pagination } from "./Pagination";

/**
 * The page number of a `/trang/[page]` URL. Page 1 lives at the listing's
 * own URL (next.config.ts redirects `/trang/1` there); anything that is not
 * a page number is a 404.
 */
export function pageFromParam(listing: Listing | null, param: string): number {
  const page = parsePageNumber(param);
  if (!listing || page === null || page === 1) notFound();
  return page;
}

export function listingMetadata(site: SiteConfig, listing: Listing | null, page: number): Metadata {
  if (!listing || !Number.isInteger(page) || page < 1) return {};
  return pageMetadata({
    site,
    title: page > 1 ? `${listing.title} – ${vi.pageLabel(page)}` : listing.title,
    description: listing.description,
    path: listing.href(page),
  });
}

/** A listing's page: heading, cards, pagination; a page past the last is a 404. */
export function ListingPage({
  listing,
  page,
  pageSize,
}: {
  listing: Listing | null;
  page: number;
  pageSize: number;
}) {
  if (!listing) notFound();
  const current = paginate(listing.articles, page, pageSize);
  if (!current) notFound();
  return (
    <>
      <Breadcrumbs trail={[...listing.trail, { name: listing.title }]} />
      <section aria-labelledby="tieu-de-danh-sach">
        <h1 id="tieu-de-danh-sach" className="section-title">
          {listing.title}
          {current.totalPages > 1 && (
            <span className="page-of"> · {vi.pageOf(current.page, current.totalPages)}</span>
          )}
        </h1>
        {listing.description && <p className="listing-description">{listing.description}</p>}
        {current.items.length ? (
          <ArticleListView articles={current.items} eagerFirst />
        ) : (
          <p className="empty">{listing.emptyText}</p>
        )}
        <Pagination page={current.page} totalPages={current.totalPages} href={listing.href} />
      </section>
    </>
  );
}
