/**
 * The data functions shared by the six listing pages (category, tag, month; page 1 at the listing's own URL,
 * pages 2 and up under `/trang/<n>`). Categories are rendered at build time; tags and months on their first
 * request.
 */
import type { GetStaticPaths, GetStaticProps } from "next";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { listingPage, type ListingPageData } from "@/lib/page-data";
import type { ListingRef } from "@/lib/routes";
import { staticProps, type DataProps } from "./page-props";

type Params = Record<string, string | string[] | undefined>;

function text(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

function refOf(kind: ListingRef["kind"], params: Params): ListingRef {
  return kind === "month"
    ? { kind, year: text(params.year), month: text(params.month) }
    : { kind, slug: text(params.slug) };
}

export function listingPaths(kind: ListingRef["kind"], { paged = false } = {}): GetStaticPaths {
  return () => ({
    paths:
      kind === "category" && !paged
        ? getContent().site.categories.map((category) => ({ params: { slug: category.slug } }))
        : [],
    fallback: "blocking",
  });
}

export function listingProps(
  kind: ListingRef["kind"],
  { paged = false } = {},
): GetStaticProps<DataProps<ListingPageData>> {
  return ({ params = {} }) =>
    staticProps(listingPage(getContent(), refOf(kind, params), paged ? text(params.page) : null, siteNow()));
}
