import type { GetServerSideProps } from "next";
import { jsonProps, type DataProps } from "@/components/page-props";
import { SearchView } from "@/components/SearchView";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { searchPage, type SearchPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The one page rendered for each request: the results of the reader's query. */
export const getServerSideProps: GetServerSideProps<DataProps<SearchPageData>> = async ({ query }) =>
  jsonProps(searchPage(getContent(), query.q, query.trang, siteNow()));

export default function Search({ data }: DataProps<SearchPageData>) {
  return <SearchView data={data} />;
}
