import type { AppProps } from "next/app";
import Head from "next/head";
import { SiteShell } from "@/components/SiteShell";
import type { PageBase } from "@/lib/page-data";
import "@/app/globals.css";
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
