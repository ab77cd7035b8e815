import type { GetStaticPaths, GetStaticProps } from "next";
import { DocumentView } from "@/components/DocumentView";
import { staticProps, type DataProps } from "@/components/page-props";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { documentPage, type DocumentPageData } from "@/lib/document-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Rendered on their first request, then kept (a library of thousands is not built ahead). */
export const getStaticPaths: GetStaticPaths = () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<DataProps<DocumentPageData>, { slug: string }> = ({ params }) =>
  staticProps(documentPage(getContent(), params!.slug, siteNow()));

export default function DocumentRoute({ data }: DataProps<DocumentPageData>) {
  return <DocumentView data={data} />;
}
