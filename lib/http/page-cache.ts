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
 *  - only a GET of a page (not one of the framework's files: `eligible`),
 *    answered with a text or XML type and status 200, no `Set-Cookie` and
 *    not marked stale by the framework (`x-nextjs-cache: STALE`: it is
 *    regenerating the page), is stored;
 *  - an entry is named by the percent-decoded path and only the query
 *    parameters its page reads (`keyParams`: none for pages, `q` and `trang`
 *    for search), in a fixed order; the framework is asked for exactly that
 *    URL (`upstreamUrl`). So nothing a client varies without changing the page
 *    (`?utm_source=…`, the `Host` header, percent-encoding) makes copies; a
 *    path holding an encoded `/` is never stored;
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
  /** Whether this request may be answered from the cache (and its response stored). */
  eligible(req: IncomingMessage): boolean;
  /** The URL to ask the framework for: the request's path and the query parameters that name its entry. */
  upstreamUrl(req: IncomingMessage): string;
  /** Whether the response to `req` with this status and these headers will be kept, before its body arrives. */
  mayStore(req: IncomingMessage, status: number, headers: IncomingHttpHeaders): boolean;
  /** Answer the request from the cache; `false` when it must go to the framework. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * Keep the framework's response to `req` (status, headers, whole unencoded body, and its gzipped copy when one was
   * made), when a shared cache may.
   */
  store(
    req: IncomingMessage,
    status: number,
    headers: IncomingHttpHeaders,
    body: Buffer,
    gzip?: Buffer,
  ): void;
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
export const NOT_STORED = [
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
];

const TEXT = /^(text\/|application\/([a-z+]+\+)?xml)/;

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
function policyRequest(req: IncomingMessage, key: string): CachePolicy.Request {
  // Entries are named without the host (one site per server), so the policy compares none.
  const headers: IncomingHttpHeaders = { ...req.headers, host: undefined };
  delete headers["cache-control"];
  delete headers.pragma;
  return { method: req.method === "HEAD" ? "GET" : req.method, url: key, headers } as CachePolicy.Request;
}

/** Requests that the framework's own page cache lets through: they must reach it. */
function bypasses(req: IncomingMessage): boolean {
  const { cookie } = req.headers;
  return (
    req.headers["x-prerender-revalidate"] !== undefined ||
    (cookie !== undefined && cookie.includes("__prerender_bypass"))
  );
}

/** The path and query of a URL as received. */
function split(url: string): { path: string; query: string } {
  const at = url.indexOf("?");
  return at < 0 ? { path: url, query: "" } : { path: url.slice(0, at), query: url.slice(at + 1) };
}

/** `query` reduced to the parameters in `keep`, in that order, each once (its first value). */
function keptQuery(query: string, keep: readonly string[]): string {
  if (!keep.length || !query) return "";
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const name of keep) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : "";
}

export interface PageCacheOptions {
  /**
   * The query parameters the cached page reads (search results: `q`, `trang`); every other one is dropped from the
   * URL asked of the framework and from the entry's name. None for pages, which read only their path.
   */
  keyParams?: readonly string[];
}

export function createPageCache(
  maxBytes = 64 * 1024 * 1024,
  { keyParams = [] }: PageCacheOptions = {},
): PageCache {
  const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });

  function upstreamUrl(req: IncomingMessage): string {
    const { path, query } = split(req.url ?? "/");
    return `${path}${keptQuery(query, keyParams)}`;
  }

  /** The entry's name: the decoded path and the kept parameters. */
  function keyOf(req: IncomingMessage): string {
    const { path, query } = split(req.url ?? "/");
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // The request guard refuses invalid encodings before the cache is asked.
    }
    return `${decoded}${keptQuery(query, keyParams)}`;
  }

  function eligible(req: IncomingMessage): boolean {
    const { path } = split(req.url ?? "/");
    return (
      (req.method === "GET" || req.method === "HEAD") &&
      !path.startsWith("/_next/") &&
      !/%2f/i.test(path) &&
      !bypasses(req)
    );
  }

  function mayStore(req: IncomingMessage, status: number, responseHeaders: IncomingHttpHeaders): boolean {
    if (req.method !== "GET" || !eligible(req) || status !== 200 || responseHeaders["set-cookie"])
      return false;
    // Pages, feeds and sitemaps: photos and scripts are files, cached by browsers and the reverse proxy.
    if (!TEXT.test(String(responseHeaders["content-type"] ?? ""))) return false;
    if (responseHeaders["x-nextjs-cache"] === "STALE") return false;
    const names = varied(responseHeaders.vary);
    return !names.includes("*") && !names.some((name) => req.headers[name] !== undefined);
  }

  return {
    eligible,
    upstreamUrl,
    mayStore,

    serve(req, res) {
      if (!eligible(req)) return false;
      const key = keyOf(req);
      const entry = entries.get(key);
      if (!entry) return false;
      const { response, revalidation } = entry.policy.evaluateRequest(policyRequest(req, key));
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

    store(req, status, responseHeaders, body, gzip) {
      const key = keyOf(req);
      entries.delete(key);
      if (!mayStore(req, status, responseHeaders)) return;
      const names = varied(responseHeaders.vary);
      const headers = { ...responseHeaders };
      for (const name of NOT_STORED) delete headers[name];
      // The policy keeps the request headers it compares later: only those (none of the varied ones is present).
      const policy = new CachePolicy(
        { method: "GET", url: key, headers: {} },
        { status: 200, headers: { ...headers, vary: names.join(", ") || undefined } as CachePolicy.Headers },
        { shared: true },
      );
      const size = body.length + (gzip?.length ?? 0) + key.length;
      if (!policy.storable() || policy.timeToLive() <= 0 || size > maxBytes) return;
      const vary = [...names, "Accept-Encoding"].join(", ");
      entries.set(key, { policy, vary, identity: body, gzip, bytes: size });
    },

    get size() {
      return entries.size;
    },
    get bytes() {
      return entries.calculatedSize;
    },
  };
}
