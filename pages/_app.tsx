import type { AppProps } from "next/app";
import Head from "next/head";
import { SiteShell } from "@/components/SiteShell";
import type { PageBase } from "@/lib/page-data";
// The stylesheets, in the order of the cascade: the shared rules first, then each component's, where a later file
// may override an earlier one (SearchView's page form restyles SearchForm's). Together they make one file.
import "@/app/globals.css";
import "@/components/SiteShell.css";
import "@/components/SiteHeader.css";
import "@/components/SiteMenu.css";
import "@/components/SearchForm.css";
import "@/components/Breadcrumbs.css";
import "@/components/ArticlePage.css";
import "@/components/ArticleView.css";
import "@/components/ArticleTools.css";
import "@/components/ArticleBody.css";
import "@/components/TagList.css";
import "@/components/ArticleNav.css";
import "@/components/RelatedArticles.css";
import "@/components/ListingPage.css";
import "@/components/ArticleListView.css";
import "@/components/ArticleCard.css";
import "@/components/HomeView.css";
import "@/components/Pagination.css";
import "@/components/ArchiveView.css";
import "@/components/SiteFooter.css";
import "@/components/SearchView.css";
import "@/components/ContentPageView.css";
import "@/components/DocumentView.css";
// The font's faces come with the stylesheet; `_document` puts its class on `<html>`.
import "@/app/_shared/fonts";

/** Every page inside the site's header and footer, with the head tags every page has. */
export default function App({ Component, pageProps }: AppProps<{ data?: PageBase }>) {
  const page = <Component {...pageProps} />;
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#a50e0e" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      {pageProps.data?.shell ? <SiteShell shell={pageProps.data.shell}>{page}</SiteShell> : page}
    </>
  );
}
