/**
 * Requests for pages that do not exist — an unknown or unpublished article, a
 * category, tag or month that is not there, a page past the last — are
 * answered with the site's not-found page before the framework routes them.
 *
 * Left to the framework, such a request reaches the route's page, whose data
 * function says "not found"; Next.js then answers with its App Router
 * not-found page whenever `app/` has routes (the feeds, sitemaps and share
 * images live there), and that page needs the framework's runtime. So the
 * server (lib/http/front.ts) answers these requests with the site's own
 * not-found page (`routes.notFound()`, rendered by `pages/[...path].tsx`,
 * which also answers every path no route matches). The decision is the pages'
 * own (`pageExists`), from the content index: a few map lookups.
 */
import { siteNow } from "./clock";
import { getContent } from "./content/store";
import { pageExists } from "./listings";
import { parsePagePath } from "./route-paths";

/**
 * The framework's own page names: asked for as URLs, Next.js would answer them with its App Router not-found page
 * (which needs its runtime), so they get the site's.
 */
const FRAMEWORK_PAGES = new Set(["/404", "/_error", "/_app", "/_document", "/_not-found"]);

/** Whether `pathname` (percent-decoded) names a page of the site's routes that does not exist. */
export function isMissingPage(pathname: string): boolean {
  if (FRAMEWORK_PAGES.has(pathname.replace(/\/$/, ""))) return true;
  const path = parsePagePath(pathname);
  if (!path) return false;
  try {
    return !pageExists(getContent(), path, siteNow());
  } catch {
    // Content that cannot be loaded is the framework's to report.
    return false;
  }
}
