/**
 * Hooks on Node's HTTP server, installed once per server process (by
 * `instrumentation.ts` in Next.js), for what must happen on every request at
 * the least cost:
 *
 *  - the request guard (`request-guard.ts`) answers refused requests itself,
 *    before the framework parses them;
 *  - a request for a page that does not exist is sent to the not-found page
 *    (see lib/missing-pages.ts);
 *  - every response gets a Content-Security-Policy: a page rendered for the
 *    request is given a fresh nonce (the framework reads it from the request's
 *    `Content-Security-Policy` header and puts it on its scripts); a cached
 *    page, written whole as one string, gets the hashes of its trusted inline
 *    scripts instead (`csp.ts`), worked out once per cached page;
 *  - a cached page's UTF-8 bytes are written from the body cache
 *    (`body-cache.ts`) instead of being encoded again for every request;
 *  - outside development, pages that a shared cache may keep are kept and
 *    answered from memory (`page-cache.ts`) for as long as they say.
 */
import http from "node:http";
import { createBodyCache, type BodyCache } from "./body-cache";
import { contentSecurityPolicy, newNonce, trustedScriptHashes } from "./csp";
import { createPageCache, type PageCache } from "./page-cache";
import { refuseRequest } from "./request-guard";
import { SECURITY_HEADERS } from "./security-headers";

export interface ServerHookOptions {
  /** Development: React needs `eval`. */
  dev?: boolean;
  /** String bodies at least this long are cached. */
  minBodyLength?: number;
  /** Bytes of cached bodies kept at most (each of the two caches). */
  maxCachedBytes?: number;
  /** Answer pages from memory while a shared cache may reuse them: by default, outside development. */
  pageCache?: boolean;
  /** Requests for pages that do not exist (by their percent-decoded path) are sent to `path`. */
  notFound?: { isMissing: (pathname: string) => boolean; path: string };
}

export interface ServerHooks {
  bodies: BodyCache;
  pages: PageCache | null;
}

let installed: ServerHooks | null = null;

/** The path of a request's URL, percent-decoded (the request guard has refused invalid encodings). */
function pathnameOf(url: string): string {
  const end = url.indexOf("?");
  const path = end < 0 ? url : url.slice(0, end);
  try {
    return path.includes("%") ? decodeURIComponent(path) : path;
  } catch {
    return path;
  }
}

const warned = new Set<string>();
function warnOnce(message: string) {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
}

/** Install the hooks (once; later calls do nothing). Returns the caches, for tests and measurements. */
export function installServerHooks({
  dev = false,
  minBodyLength = 4096,
  maxCachedBytes,
  pageCache = !dev,
  notFound,
}: ServerHookOptions = {}): ServerHooks {
  if (installed) return installed;
  const bodies = createBodyCache(maxCachedBytes);
  const pages = pageCache ? createPageCache(maxCachedBytes) : null;
  installed = { bodies, pages };
  const emit = http.Server.prototype.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = refuseRequest(req.method, req.url);
      if (refusal) {
        res.writeHead(refusal.status, {
          ...SECURITY_HEADERS,
          ...refusal.headers,
          "Content-Security-Policy": contentSecurityPolicy([], { dev }),
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
        });
        res.end(req.method === "HEAD" ? undefined : refusal.message);
        return true;
      }
      if (notFound?.isMissing(pathnameOf(req.url ?? "/"))) req.url = notFound.path;
      if (pages?.serve(req, res)) return true;
      const { source } = newNonce();
      // Where the framework looks for the nonce of the scripts it renders.
      req.headers["content-security-policy"] = `script-src ${source}`;
      res.setHeader("Content-Security-Policy", contentSecurityPolicy([source], { dev }));
      hookEnd(req, res);
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;

  type End = (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;

  /**
   * `end` that writes a long string body as cached bytes, with its policy if it is a page, and offers the response
   * to the page cache.
   */
  function cachedEnd(req: http.IncomingMessage, inner: End): End {
    return function (this: http.ServerResponse, ...args: unknown[]) {
      const [chunk, encoding] = args;
      if (
        typeof chunk !== "string" ||
        chunk.length < minBodyLength ||
        (typeof encoding === "string" && encoding !== "utf8" && encoding !== "utf-8")
      ) {
        return inner.apply(this, args);
      }
      const entry = bodies.get(chunk);
      if (String(this.getHeader("content-type") ?? "").startsWith("text/html")) {
        entry.policy ??= contentSecurityPolicy(trustedScriptHashes(chunk), { dev });
        if (!this.headersSent) this.setHeader("Content-Security-Policy", entry.policy);
        else warnOnce("A cached page's headers were sent before its Content-Security-Policy was set.");
      }
      if (!this.headersSent) pages?.store(req, this, entry.bytes);
      return inner.apply(this, [entry.bytes, ...args.slice(typeof encoding === "string" ? 2 : 1)]);
    };
  }

  /**
   * Make `res.end` go through `cachedEnd` first, whoever else wraps it: the framework's response compression
   * replaces `res.end` with its own, which sends the headers before calling the one it replaced. Whatever is
   * assigned to `res.end` later is wrapped in turn, so a cached page reaches `cachedEnd` while its headers can
   * still change.
   */
  function hookEnd(req: http.IncomingMessage, res: http.ServerResponse) {
    let current = cachedEnd(req, res.end as End);
    Object.defineProperty(res, "end", {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (replacement: End) => {
        current = cachedEnd(req, replacement);
      },
    });
  }
  return installed;
}
