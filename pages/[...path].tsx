import type { GetServerSideProps } from "next";
import { perRequestProps, type DataProps } from "@/components/page-props";
import { ContentPageView } from "@/components/ContentPageView";
import { NotFoundView } from "@/components/NotFoundView";
import { siteNow } from "@/lib/clock";
import { contentPage, type ContentPageData } from "@/lib/content-page-data";
import { getContent } from "@/lib/content/store";
import { notFoundPage, type NotFoundPageData } from "@/lib/page-data";
import { contentPagePath } from "@/lib/route-paths";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = DataProps<ContentPageData | NotFoundPageData>;

/**
 * Every path no other route answers: a page of content/pages/ (`/gioi-thieu`, `/gioi-thieu/lich-su-dang-bo`), else
 * the not-found page, status 404 — also for pages of the site's routes whose article or listing does not exist,
 * which the server sends here (scripts/server.ts, lib/missing-pages.ts). Not `pages/404`: with route handlers in
 * `app/`, Next.js answers its own 404 with the App Router's page, which needs its runtime. A page is rendered for
 * its request and kept by the server's page cache like the others.
 */
export const getServerSideProps: GetServerSideProps<Props, { path: string[] }> = async ({ params, res }) => {
  const now = siteNow();
  const content = getContent();
  const path = contentPagePath(`/${(params?.path ?? []).join("/")}`);
  const page = path ? contentPage(content, path, now) : null;
  return perRequestProps<Props["data"]>(res, page, () => notFoundPage(content, now));
};

export default function CatchAll({ data }: Props) {
  return "page" in data ? <ContentPageView data={data} /> : <NotFoundView data={data} />;
}
