/**
 * What answers a request before the framework does, in the server's own
 * process (scripts/server.ts starts it; no framework object is touched):
 *
 *  1. the request guard (`request-guard.ts`) refuses what the site never
 *     serves — other methods with 405 and `Allow`, invalid or overlong URLs
 *     with 400 — before anything parses them;
 *  2. an old address (content/redirects.yml: the WordPress site's permalinks,
 *     `/?p=<id>`, archives, feed and uploads) gets a permanent redirect to its
 *     page, one Map lookup;
 *  3. a page of the site's routes whose article or listing does not exist is
 *     answered by the not-found page (`render`, status 404);
 *  4. a page the in-memory page cache holds (`page-cache.ts`) is answered
 *     from it;
 *  5. anything else goes to the framework: a request whose response may be
 *     cached is asked of it over loopback (`upstream`), unencoded, and its
 *     response is kept and sent on, gzipped for readers who accept it (the
 *     first reader of a page as every later one); others go to it directly
 *     (`handle`), which compresses its own responses.
 *
 * Every response the front writes itself carries the same security headers and
 * Content-Security-Policy as the framework's (next.config.ts).
 */
import http from "node:http";
import zlib from "node:zlib";
import { contentSecurityPolicy } from "./csp";
import { acceptsGzip, type PageCache } from "./page-cache";
import { refuseRequest } from "./request-guard";
import { SECURITY_HEADERS } from "./security-headers";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface FrontOptions {
  /** The framework's own request handler. */
  handle: Handler;
  /** Render the not-found page for this request (the framework's `render` of that page). */
  renderNotFound: Handler;
  /** Whether a percent-decoded path names a page of the site's routes that does not exist. */
  isMissing: (pathname: string) => boolean;
  /** Where an old address (the request's URL) now lives, or null (content/redirects.yml, lib/redirects.ts). */
  redirect?: (url: string) => string | null;
  /** The page cache for a (percent-decoded) path, and the loopback address where the framework answers what may be stored. */
  cache?: { forPath: (pathname: string) => PageCache; upstream: { host: string; port: number } } | null;
  dev?: boolean;
}

/** Headers of one connection, never passed on (RFC 9110, section 7.6.1). */
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
];

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

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of HOP_BY_HOP) delete copy[name];
  return copy;
}

export function createFront({
  handle,
  renderNotFound,
  isMissing,
  redirect,
  cache,
  dev = false,
}: FrontOptions): Handler {
  const policy = contentSecurityPolicy({ dev });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

  /** Ask the framework over loopback, unencoded; keep what may be kept; send it on. */
  function viaCache(req: http.IncomingMessage, res: http.ServerResponse, pages: PageCache) {
    const { host, port } = cache!.upstream;
    const headers = withoutHopByHop(req.headers);
    delete headers["accept-encoding"];
    const upstream = http.request(
      { host, port, method: req.method, path: req.url, headers, agent },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on("data", (chunk: Buffer) => chunks.push(chunk));
        reply.on("end", () => {
          const body = Buffer.concat(chunks);
          const status = reply.statusCode ?? 502;
          pages.store(req, status, reply.headers, body);
          const sent = withoutHopByHop(reply.headers);
          let sentBody = body;
          if (acceptsGzip(req, reply.headers)) {
            sentBody = zlib.gzipSync(body);
            sent["content-encoding"] = "gzip";
            const vary = String(sent.vary ?? "");
            if (!/\baccept-encoding\b/i.test(vary))
              sent.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
          }
          if (req.method !== "HEAD") sent["content-length"] = String(sentBody.length);
          res.writeHead(status, reply.statusMessage, sent);
          res.end(req.method === "HEAD" ? undefined : sentBody);
        });
        reply.on("error", () => res.destroy());
      },
    );
    upstream.on("error", () => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, {
        ...SECURITY_HEADERS,
        "Content-Security-Policy": policy,
        "Cache-Control": "no-store",
      });
      res.end();
    });
    res.on("close", () => upstream.destroy());
    upstream.end();
  }

  return (req, res) => {
    const refusal = refuseRequest(req.method, req.url);
    if (refusal) {
      res.writeHead(refusal.status, {
        ...SECURITY_HEADERS,
        ...refusal.headers,
        "Content-Security-Policy": policy,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : refusal.message);
      return;
    }
    const target = redirect?.(req.url ?? "/");
    if (target) {
      res.writeHead(301, {
        ...SECURITY_HEADERS,
        "Content-Security-Policy": policy,
        Location: target,
        "Cache-Control": "public, max-age=86400",
      });
      res.end();
      return;
    }
    const pathname = pathnameOf(req.url ?? "/");
    if (isMissing(pathname)) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      res.setHeader("Content-Security-Policy", policy);
      return renderNotFound(req, res);
    }
    const pages = cache?.forPath(pathname);
    if (pages?.eligible(req)) {
      if (pages.serve(req, res)) return;
      return viaCache(req, res, pages);
    }
    return handle(req, res);
  };
}
