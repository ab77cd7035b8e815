import Head from "next/head";
import { vi } from "@/lib/i18n/vi";
import { routes } from "@/lib/routes";
import { SiteLink } from "./SiteLink";

/**
 * Shown when a page fails to render: no internals, the way home and to the latest news. "Thử lại" is a link to
 * the page's own address (an empty `href`), so trying again needs no script.
 */
export function ErrorView({ siteName }: { siteName: string }) {
  return (
    <section className="not-found">
      <Head>
        <title>{`${vi.errorTitle} | ${siteName}`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <h1>{vi.errorTitle}</h1>
      <p>{vi.errorText}</p>
      <p className="button-row">
        <a href="" className="button">
          {vi.tryAgain}
        </a>{" "}
        <SiteLink href={routes.home()} className="button button-secondary">
          {vi.backHome}
        </SiteLink>{" "}
        <SiteLink href={routes.archive()} className="button button-secondary">
          {vi.latest}
        </SiteLink>
      </p>
    </section>
  );
}
