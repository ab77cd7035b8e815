import type { GetStaticPaths, GetStaticProps } from "next";
import { ArticlePage } from "@/components/ArticlePage";
import { staticProps, type DataProps } from "@/components/page-props";
import { siteNow } from "@/lib/clock";
import { getContent } from "@/lib/content/store";
import { articlePage, type ArticlePageData } from "@/lib/page-data";
import { PRERENDERED_ARTICLES } from "@/lib/prerender";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The newest articles are rendered at build time; older ones on their first request, then kept. */
export const getStaticPaths: GetStaticPaths = () => ({
  paths: getContent()
    .latest()
    .slice(0, PRERENDERED_ARTICLES)
    .map((article) => ({ params: { slug: article.slug } })),
  fallback: "blocking",
});

export const getStaticProps: GetStaticProps<DataProps<ArticlePageData>, { slug: string }> = ({ params }) =>
  staticProps(articlePage(getContent(), params!.slug, siteNow()));

export default function Article({ data }: DataProps<ArticlePageData>) {
  return <ArticlePage data={data} />;
}
