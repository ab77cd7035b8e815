/**
 * The one definition of the six listing pages — a category, a tag or a month (lib/routes.ts `LISTING_ROUTES`),
 * each at its own URL (page 1) and under `/trang/<n>` (pages 2 and up). Next.js routes by file, so each of the six
 * has a file in `pages/`, which only names its listing and whether it is the paged route; the data functions are
 * these, the component is components/ListingPage.tsx. Categories are rendered at build time (there are few, and
 * each is linked from every page); tags, months and later pages on their first request.
 */
import type { GetStaticPaths, GetStaticProps } from "next";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { listingPage, type ListingPageData } from "@/lib/page-data";
import { listingRefOf, type ListingRef } from "@/lib/routes";
import { staticProps, type DataProps } from "./page-props";

type Params = Record<string, string | string[] | undefined>;

/** The route's params as single strings (each listing route has only single segments). */
function single(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? value : ""]),
  );
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
  return ({ params = {} }) => {
    const values = single(params);
    return staticProps(
      listingPage(getContent(), listingRefOf(kind, values), paged ? (values.page ?? "") : null, siteNow()),
    );
  };
}
