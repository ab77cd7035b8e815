import type { GetServerSideProps } from "next";
import { perRequestProps, type DataProps } from "@/components/page-props";
import { NotFoundView } from "@/components/NotFoundView";
import { SearchView } from "@/components/SearchView";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { notFoundPage, searchPage, type NotFoundPageData, type SearchPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = DataProps<SearchPageData | NotFoundPageData>;

/**
 * The one page rendered for a request: the results of the reader's query. A shared cache may keep each query's
 * page as long as the other pages (the server keeps them apart from pages: scripts/server.ts). A page of results
 * that does not exist is the not-found page, status 404, as a listing's is.
 */
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  const now = siteNow();
  const content = getContent();
  return perRequestProps<Props["data"]>(res, searchPage(content, query.q, query.trang, now), () =>
    notFoundPage(content, now),
  );
};

export default function Search({ data }: Props) {
  return "hits" in data ? <SearchView data={data} /> : <NotFoundView data={data} />;
}
