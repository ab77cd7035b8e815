/**
 * A shared HTTP cache inside the server process, in front of the framework
 * (used by lib/http/front.ts).
 *
 * Pages say how long a shared cache may keep them (`Cache-Control: s-maxage`).
 * A CDN or the reverse proxy of docs/deploy.md keeps them that long; so does
 * this, for a server that faces readers itself. A stored page is written from
 * memory — its bytes, gzipped once when a reader first asks for gzip — without
 * going through the framework's routing and cache lookup, which cost more than
 * everything else a cached page needs.
 *
 * What may be stored and reused, and the `Age` a reused response carries, is
 * decided by `http-cache-semantics` (RFC 9111, as a shared cache). Besides:
 *
 *  - only a plain GET of a page (a path without a query string, not one of
 *    the framework's files: `eligible`), answered with a text or XML type
 *    and status 200, no `Set-Cookie` and not marked stale by the framework
 *    (`x-nextjs-cache: STALE`: it is regenerating the page), is stored;
 *    query strings (`?utm_source=…`) would let anyone fill the cache with
 *    copies of one page; search results, which are told apart by theirs, are
 *    kept in a cache of their own (`queryStrings`);
 *  - the encoding is chosen here (gzip or none), so `Accept-Encoding` does not
 *    split entries, and the response keeps its `Vary: Accept-Encoding`;
 *  - requests the framework must see itself always go to it: regeneration
 *    asked of it (`x-prerender-revalidate`) and preview mode (its cookie);
 *  - a reader's reload (`Cache-Control: no-cache`, `Pragma`) does not bypass
 *    the cache — as with nginx's defaults — so nobody can push every request
 *    through to rendering;
 *  - once a page is stale it goes to the framework again, which answers (and
 *    regenerates in the background, as its own cache does) and replaces it;
 *  - entries are kept up to a byte budget, least recently used out first
 *    (`lru-cache`).
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

export interface PageCache {
  /** Whether a response to this request may be stored (and so be asked of the framework unencoded). */
  eligible(req: IncomingMessage): boolean;
  /** Answer the request from the cache; `false` when it must go to the framework. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Keep the framework's response to `req` (status, headers, whole unencoded body), when a shared cache may. */
  store(req: IncomingMessage, status: number, headers: IncomingHttpHeaders, body: Buffer): void;
  readonly size: number;
  readonly bytes: number;
}

interface Entry {
  policy: CachePolicy;
  /** The response's `Vary`, as sent: its own, and `Accept-Encoding`. */
  vary: string;
  identity: Buffer;
  gzip?: Buffer;
  bytes: number;
}

const ENCODINGS = ["gzip", "identity"];
/** Decided here, per request: not what a stored response is told apart by. */
const NEGOTIATED = "accept-encoding";
/** Headers of the framework's body or connection, not of what is sent from the cache. */
const NOT_STORED = [
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
];

const TEXT = /^(text\/|application\/([a-z+]+\+)?xml)/;

/**
 * Whether to gzip a text response for this reader: what it accepts (`Accept-Encoding`, q-values included) decides,
 * here and for the pages the cache answers.
 */
export function acceptsGzip(req: IncomingMessage, headers: IncomingHttpHeaders): boolean {
  return (
    TEXT.test(String(headers["content-type"] ?? "")) &&
    headers["content-encoding"] === undefined &&
    new Negotiator(req).encoding(ENCODINGS) === "gzip"
  );
}

function varied(vary: string | string[] | undefined): string[] {
  return String(vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name && name !== NEGOTIATED);
}

/**
 * The request as the cache policy sees it: without the reader's own cache directives, and HEAD as the GET whose
 * stored response answers it too (RFC 9111, section 4).
 */
function policyRequest(req: IncomingMessage): CachePolicy.Request {
  let headers: IncomingHttpHeaders = req.headers;
  if (headers["cache-control"] !== undefined || headers.pragma !== undefined) {
    headers = { ...headers, "cache-control": undefined, pragma: undefined };
  }
  return { method: req.method === "HEAD" ? "GET" : req.method, url: req.url, headers } as CachePolicy.Request;
}

/** Requests that the framework's own page cache lets through: they must reach it. */
function bypasses(req: IncomingMessage): boolean {
  const { cookie } = req.headers;
  return (
    req.headers["x-prerender-revalidate"] !== undefined ||
    (cookie !== undefined && cookie.includes("__prerender_bypass"))
  );
}

function keyOf(req: IncomingMessage): string {
  return `${req.headers.host ?? ""} ${req.url ?? ""}`;
}

export interface PageCacheOptions {
  /**
   * Keep responses to URLs with a query string too, each URL its own entry: for a page that is told apart by its
   * query (search results), in a cache of its own, so that a flood of different queries never pushes out pages.
   */
  queryStrings?: boolean;
}

export function createPageCache(
  maxBytes = 64 * 1024 * 1024,
  { queryStrings = false }: PageCacheOptions = {},
): PageCache {
  const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });

  function eligible(req: IncomingMessage): boolean {
    const url = req.url ?? "/";
    return (
      (req.method === "GET" || req.method === "HEAD") &&
      (queryStrings || !url.includes("?")) &&
      !url.startsWith("/_next/") &&
      !bypasses(req)
    );
  }

  return {
    eligible,

    serve(req, res) {
      if (!eligible(req)) return false;
      const key = keyOf(req);
      const entry = entries.get(key);
      if (!entry) return false;
      const { response, revalidation } = entry.policy.evaluateRequest(policyRequest(req));
      if (!response || revalidation) return false;
      const encoding = new Negotiator(req).encoding(ENCODINGS);
      if (encoding !== "gzip" && encoding !== "identity") return false;
      let body = entry.identity;
      const headers: OutgoingHttpHeaders = response.headers;
      if (encoding === "gzip") {
        body = entry.gzip ?? zlib.gzipSync(entry.identity);
        if (!entry.gzip) {
          // Kept again at its new size, making room for it (or dropped if it no longer fits).
          entries.set(key, { ...entry, gzip: body, bytes: entry.bytes + body.length });
        }
        headers["content-encoding"] = "gzip";
      }
      headers["content-length"] = body.length;
      headers.vary = entry.vary;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },

    store(req, status, responseHeaders, body) {
      if (req.method !== "GET" || !eligible(req) || status !== 200 || responseHeaders["set-cookie"]) return;
      // Pages, feeds and sitemaps: photos and scripts are files, cached by browsers and the reverse proxy.
      if (!TEXT.test(String(responseHeaders["content-type"] ?? ""))) return;
      const names = varied(responseHeaders.vary);
      if (names.includes("*") || names.some((name) => req.headers[name] !== undefined)) return;
      const key = keyOf(req);
      entries.delete(key);
      if (responseHeaders["x-nextjs-cache"] === "STALE") return;
      const headers = { ...responseHeaders };
      for (const name of NOT_STORED) delete headers[name];
      // The policy keeps the request headers it compares later: only those (none of the varied ones is present).
      const policy = new CachePolicy(
        { method: "GET", url: req.url, headers: { host: req.headers.host } },
        { status: 200, headers: { ...headers, vary: names.join(", ") || undefined } as CachePolicy.Headers },
        { shared: true },
      );
      const size = body.length + key.length;
      if (!policy.storable() || policy.timeToLive() <= 0 || size > maxBytes) return;
      const vary = [...names, "Accept-Encoding"].join(", ");
      entries.set(key, { policy, vary, identity: body, bytes: size });
    },

    get size() {
      return entries.size;
    },
    get bytes() {
      return entries.calculatedSize;
    },
  };
}
