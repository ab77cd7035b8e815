import type { GetServerSideProps } from "next";
import { jsonProps, type DataProps } from "@/components/page-props";
import { NotFoundView } from "@/components/NotFoundView";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { notFoundPage, type NotFoundPageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/**
 * The not-found page, status 404, for every path no other page or file answers — and for pages of the site's
 * routes whose article or listing does not exist, which the server sends here (scripts/server.ts,
 * lib/missing-pages.ts). Not `pages/404`: with route handlers in `app/`, Next.js answers its own 404 with the App
 * Router's page, which needs its runtime.
 */
export const getServerSideProps: GetServerSideProps<DataProps<NotFoundPageData>> = async ({ res }) => {
  res.statusCode = 404;
  res.setHeader("Cache-Control", "no-store");
  return jsonProps(notFoundPage(getContent(), siteNow()));
};

export default function NotFound({ data }: DataProps<NotFoundPageData>) {
  return <NotFoundView data={data} />;
}
