/**
 * The data functions' side of the reader pages (in `pages/`): each page's `getStaticProps` or
 * `getServerSideProps` asks lib/page-data.ts and hands the result over through these. The framework keeps props
 * as JSON, so they are given as JSON values (optional fields left out, not `undefined`).
 */
import type { ServerResponse } from "node:http";
import type { GetStaticPropsResult } from "next";

/** Every page is regenerated in the background at most once a minute: the header date turns over and scheduled
 * articles appear without a rebuild. */
export const REVALIDATE = 60;

export interface DataProps<T> {
  data: T;
}

function asJson<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

/** A page's props, or the not-found page (status 404) for `null`; regenerated after REVALIDATE seconds either way. */
export function staticProps<T>(data: T | null): GetStaticPropsResult<DataProps<T>> {
  return data === null
    ? { notFound: true, revalidate: REVALIDATE }
    : { ...jsonProps(data), revalidate: REVALIDATE };
}

/** A page's props, as they are (a page rendered for each request, or once at build time). */
export function jsonProps<T>(data: T): { props: DataProps<T> } {
  return { props: { data: asJson(data) } };
}

/**
 * The props of a page rendered for each request from its query string (search, the document library, the pages of
 * content/pages/): the page, kept a minute by shared caches; or, for `null`, the not-found page with status 404,
 * never kept.
 */
export function perRequestProps<T>(
  res: ServerResponse,
  data: T | null,
  notFound: () => unknown,
): { props: DataProps<T> } {
  if (data === null) {
    res.statusCode = 404;
    res.setHeader("Cache-Control", "no-store");
    return jsonProps(notFound() as T);
  }
  res.setHeader("Cache-Control", `public, s-maxage=${REVALIDATE}, stale-while-revalidate=${REVALIDATE}`);
  return jsonProps(data);
}
