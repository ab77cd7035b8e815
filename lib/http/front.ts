/**
 * What answers a request before the framework does, in the server's own
 * process (scripts/server.ts starts it; no framework object is touched):
 *
 *  1. the request guard (`request-guard.ts`) refuses what the site never
 *     serves — other methods with 405 and `Allow`, invalid or overlong URLs,
 *     and GETs or HEADs that declare a body, with 400 (closing the connection
 *     after those) — before anything parses them;
 *  2. an old address (content/redirects.yml: the WordPress site's permalinks,
 *     `/?p=<id>`, archives, feed and uploads) gets a permanent redirect (301)
 *     to its page, one Map lookup, its `Location` percent-encoded
 *     (`location.ts`); so does any address with a trailing slash, to the one
 *     without (the framework would answer 308, which some old browsers lack);
 *  3. a page or file of the site's routes whose article, listing, feed, share
 *     image or sitemap part does not exist is answered by the not-found page
 *     (status 404), before the framework could render or store anything for
 *     it; the page is rendered at most once a minute (`not-found-page.ts`);
 *  4. a page the in-memory page cache holds (`page-cache.ts`) is answered
 *     from it;
 *  5. anything else is asked of the framework over loopback and streamed on
 *     (`proxy.ts`), kept on the way when it may be; in development, where there
 *     is no loopback port, it goes to the framework's handler directly.
 *
 * Whatever throws while a request is answered, here or in a callback, is
 * logged with the request and answered with the site's 500 page (`errorPage`),
 * or, once the answer has begun, by closing the connection: never an uncaught
 * exception, never a request left waiting.
 *
 * Every response the front writes itself carries the same security headers and
 * Content-Security-Policy as the framework's (next.config.ts).
 */
import http from "node:http";
import { contentSecurityPolicy } from "./csp";
import { locationOf, withoutTrailingSlash } from "./location";
import { createNotFoundPage } from "./not-found-page";
import type { PageCache } from "./page-cache";
import { forward } from "./proxy";
import { refuseRequest } from "./request-guard";
import { SECURITY_HEADERS } from "./security-headers";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface FrontOptions {
  /** The framework's own request handler (development only, when there is no `cache`). */
  handle: Handler;
  /** Render the not-found page for this request (development only, likewise). */
  renderNotFound: Handler;
  /** The path of the site's not-found page, asked of the framework for a missing page in production. */
  notFoundPath?: string;
  /** Whether a percent-decoded path names a page of the site's routes that does not exist. */
  isMissing: (pathname: string) => boolean;
  /** Where an old address (the request's URL) now lives, or null (content/redirects.yml, lib/redirects.ts). */
  redirect?: (url: string) => string | null;
  /** The page cache for a (percent-decoded) path, and the loopback address where the framework answers. */
  cache?: {
    forPath: (pathname: string) => PageCache | null;
    upstream: { host: string; port: number };
  } | null;
  /** The site's 500 page, as HTML; a short text when there is none. */
  errorPage?: Buffer;
  /** Where failures are told, one line each with the request (the journal). */
  log?: (line: string) => void;
  /** A path whose answer fails on purpose once the framework has answered (SITE_FAULT_PATH: tests only). */
  faultPath?: string;
  /** Whether a request URL takes form posts (the editor's pages, in the editor's process; none on the site). */
  acceptsPost?: (url: string) => boolean;
  dev?: boolean;
}

/** The path of a request's URL, percent-decoded (the request guard has refused invalid encodings). */
export function pathnameOf(url: string): string {
  const end = url.indexOf("?");
  const path = end < 0 ? url : url.slice(0, end);
  try {
    return path.includes("%") ? decodeURIComponent(path) : path;
  } catch {
    return path;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function createFront({
  handle,
  renderNotFound,
  notFoundPath,
  isMissing,
  redirect,
  cache,
  errorPage,
  log = (line) => console.error(line),
  faultPath,
  acceptsPost,
  dev = false,
}: FrontOptions): Handler {
  const policy = contentSecurityPolicy({ dev });
  const own = { ...SECURITY_HEADERS, "Content-Security-Policy": policy };
  const upstream = cache && {
    ...cache.upstream,
    agent: new http.Agent({ keepAlive: true, maxSockets: 256 }),
  };
  const notFound = createNotFoundPage();

  /** Answer with the 500 page, or end the answer begun; once per request. */
  function fail(req: http.IncomingMessage, res: http.ServerResponse, error: unknown) {
    log(`500 ${req.method} ${req.url} — ${describe(error)}`);
    if (res.headersSent || res.destroyed) return res.destroy();
    try {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const body = errorPage ?? Buffer.from("500");
      res.writeHead(500, {
        ...own,
        "Content-Type": errorPage ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (again) {
      log(`500 ${req.method} ${req.url} — ${describe(again)}`);
      res.destroy();
    }
  }

  function answer(req: http.IncomingMessage, res: http.ServerResponse) {
    let failed = false;
    const failOnce = (error: unknown) => {
      if (failed) return;
      failed = true;
      fail(req, res, error);
    };
    const guard =
      <A extends unknown[]>(body: (...args: A) => void) =>
      (...args: A) => {
        try {
          body(...args);
        } catch (error) {
          failOnce(error);
        }
      };

    const refusal = refuseRequest(req.method, req.url, req.headers, acceptsPost);
    if (refusal) {
      res.writeHead(refusal.status, {
        ...own,
        ...refusal.headers,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        ...(refusal.close ? { Connection: "close" } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : refusal.message);
      return;
    }
    const target = redirect?.(req.url ?? "/") ?? withoutTrailingSlash(req.url ?? "/");
    if (target) {
      res.writeHead(301, { ...own, Location: locationOf(target), "Cache-Control": "public, max-age=86400" });
      res.end();
      return;
    }
    const pathname = pathnameOf(req.url ?? "/");
    const missing = isMissing(pathname);
    if (!upstream) {
      for (const [name, value] of Object.entries(own)) res.setHeader(name, value);
      return Promise.resolve()
        .then(() => (missing ? renderNotFound(req, res) : handle(req, res)))
        .catch(failOnce);
    }
    const pages = missing ? null : (cache?.forPath(pathname) ?? null);
    const eligible = pages?.eligible(req) ? pages : null;
    if (missing ? notFound.serve(req, res) : eligible?.serve(req, res)) return;
    const fault = faultPath !== undefined && pathname === faultPath;
    forward(req, res, {
      upstream,
      path: missing ? (notFoundPath ?? "/404") : (eligible?.upstreamUrl(req) ?? req.url ?? "/"),
      cache: missing ? notFound : eligible,
      fail: failOnce,
      guard: fault
        ? () => () => failOnce(new Error(`SITE_FAULT_PATH: a failure asked for at ${faultPath}`))
        : guard,
    });
  }

  return (req, res) => {
    try {
      return answer(req, res);
    } catch (error) {
      fail(req, res, error);
    }
  };
}
