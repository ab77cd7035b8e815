/**
 * Requests for pages that do not exist — an unknown or unpublished article, a
 * category, tag or month that is not there, a page past the last — are
 * answered with the site's not-found page before the framework routes them.
 *
 * Left to the framework, such a request reaches the route's page, which calls
 * `notFound()`; under a dynamic segment Next.js 16 then answers 404 with an
 * empty document that only JavaScript fills in (vercel/next.js#97000), so a
 * reader without JavaScript, and a search engine, would see a blank page. A
 * path that matches no route gets the full not-found page, so the request is
 * sent to one (`routes.notFound()`). The decision is the pages' own
 * (`pageExists`), from the content index: a few map lookups.
 */
import { siteNow } from "./clock";
import { getContent } from "./content/store";
import { pageExists } from "./listings";
import { parsePagePath } from "./routes";

/** Whether `pathname` (percent-decoded) names a page of the site's routes that does not exist. */
export function isMissingPage(pathname: string): boolean {
  const path = parsePagePath(pathname);
  if (!path) return false;
  try {
    return !pageExists(getContent(), path, siteNow());
  } catch {
    // Content that cannot be loaded is the framework's to report.
    return false;
  }
}
