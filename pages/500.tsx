import type { GetStaticProps } from "next";
import { ErrorView } from "@/components/ErrorView";
import { jsonProps, type DataProps } from "@/components/page-props";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { shell, type PageBase } from "@/lib/page-data";
import { pageHead } from "@/lib/seo/head";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Rendered at build time: a server in trouble answers with it without asking the content again. */
export const getStaticProps: GetStaticProps<DataProps<PageBase>> = () => {
  const content = getContent();
  return jsonProps({
    shell: shell(content, siteNow()),
    head: pageHead({ site: content.site, path: null, noindex: true }),
  });
};

export default function ServerError({ data }: DataProps<PageBase>) {
  return <ErrorView siteName={data.shell.site.name} />;
}
