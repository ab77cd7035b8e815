import type { GetServerSideProps } from "next";
import { jsonProps, REVALIDATE, type DataProps } from "@/components/page-props";
import { SearchView } from "@/components/SearchView";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { searchPage, type SearchPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/**
 * The one page rendered for a request: the results of the reader's query. A shared cache may keep each query's
 * page as long as the other pages (the server keeps them apart from pages: scripts/server.ts).
 */
export const getServerSideProps: GetServerSideProps<DataProps<SearchPageData>> = async ({ query, res }) => {
  res.setHeader("Cache-Control", `public, s-maxage=${REVALIDATE}, stale-while-revalidate=${REVALIDATE}`);
  return jsonProps(searchPage(getContent(), query.q, query.trang, siteNow()));
};

export default function Search({ data }: DataProps<SearchPageData>) {
  return <SearchView data={data} />;
}
