import type { GetServerSideProps } from "next";
import { perRequestProps, type DataProps } from "@/components/page-props";
import { DocumentsView } from "@/components/DocumentsView";
import { NotFoundView } from "@/components/NotFoundView";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { documentsPage, type DocumentsPageData } from "@/lib/document-data";
import { notFoundPage, type NotFoundPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = DataProps<DocumentsPageData | NotFoundPageData>;

/**
 * The document library, filtered by its query string and rendered for each request; the server keeps each filter's
 * page like any other (lib/routes.ts QUERY_PARAMS names the parameters it reads). A filter naming nothing, or a
 * page past the last, is the not-found page, status 404.
 */
export const getServerSideProps: GetServerSideProps<Props> = async ({ query, res }) => {
  const now = siteNow();
  const content = getContent();
  return perRequestProps<Props["data"]>(res, documentsPage(content, query, now), () =>
    notFoundPage(content, now),
  );
};

export default function Documents({ data }: Props) {
  return "items" in data ? <DocumentsView data={data} /> : <NotFoundView data={data} />;
}
