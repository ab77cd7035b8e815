/**
 * The front's way to the framework in production (lib/http/front.ts): each request is asked of Next.js on its
 * loopback port, as a reverse proxy would, and its answer sent on.
 *
 *  - Only the request line and the end-to-end headers travel: never a hop-by-hop header, never a header that
 *    promises a body (`Content-Length`, `Transfer-Encoding`: the front refuses GETs and HEADs that declare one), and
 *    never `Accept-Encoding`, since the front chooses the encoding (`compression.ts`).
 *  - A response the page cache will keep is read whole, kept, and sent with its exact length. Every other response
 *    (photos, documents, share images, pages not kept) is streamed as it arrives, gzipped on the way when its type
 *    is compressible, so that nothing large is held in memory.
 *  - A HEAD is asked as a HEAD and answered with the headers its GET would carry: the same `Content-Encoding`, and
 *    the length only when it is the length of what a GET would send (none when that is gzipped on the way).
 *  - The upstream socket gives up after `IDLE_TIMEOUT_MS` without a byte, so a request never hangs.
 */
import http from "node:http";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { encodingFor, varyWithEncoding } from "./compression";
/** What keeps responses: the page cache, or the not-found page's copy. */
export interface Keeper {
  /** Whether the response to `req` with this status and these headers will be kept, before its body arrives. */
  mayStore(req: http.IncomingMessage, status: number, headers: http.IncomingHttpHeaders): boolean;
  /** Keep it: status, headers, whole unencoded body and its gzipped copy when one was made. */
  store(
    req: http.IncomingMessage,
    status: number,
    headers: http.IncomingHttpHeaders,
    body: Buffer,
    gzip?: Buffer,
  ): void;
}

/** Headers of one connection (RFC 9110, section 7.6.1), and those a GET or HEAD never carries further. */
const NOT_FORWARDED = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "content-length",
  "expect",
  "accept-encoding",
];
const NOT_RETURNED = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "trailer",
];

export const IDLE_TIMEOUT_MS = 60_000;

export interface Upstream {
  host: string;
  port: number;
  agent: http.Agent;
}

export interface ForwardOptions {
  upstream: Upstream;
  /** The path and query asked of the framework. */
  path: string;
  /** Where the response may be kept, if anywhere. */
  cache: Keeper | null;
  /** Called once with what went wrong before anything was sent (the caller answers 500), or after (it is logged). */
  fail: (error: unknown) => void;
  /** Run `body`, sending any exception it throws to `fail`: for code that runs in a callback. */
  guard: <A extends unknown[]>(body: (...args: A) => void) => (...args: A) => void;
}

function without(headers: http.IncomingHttpHeaders, names: readonly string[]): http.OutgoingHttpHeaders {
  const copy: http.OutgoingHttpHeaders = { ...headers };
  for (const name of names) delete copy[name];
  return copy;
}

export function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: ForwardOptions,
  retried = false,
): void {
  const { upstream, path, cache, fail, guard } = options;
  const outgoing = http.request({
    host: upstream.host,
    port: upstream.port,
    agent: upstream.agent,
    method: req.method,
    path,
    headers: without(req.headers, NOT_FORWARDED),
  });
  let failed = false;
  const failOnce = (error: unknown) => {
    if (failed) return;
    failed = true;
    outgoing.destroy();
    fail(error);
  };
  outgoing.setTimeout(IDLE_TIMEOUT_MS, () =>
    failOnce(new Error(`no answer from the framework in ${IDLE_TIMEOUT_MS} ms`)),
  );
  outgoing.on("error", (error: NodeJS.ErrnoException) => {
    // A kept-alive connection the framework closed as this request went out on it: nothing was answered, and a
    // GET or HEAD may be sent again, once, on another (as Node's documentation advises).
    if (
      !retried &&
      outgoing.reusedSocket &&
      error.code === "ECONNRESET" &&
      !res.headersSent &&
      !res.destroyed
    ) {
      failed = true;
      forward(req, res, options, true);
      return;
    }
    failOnce(error);
  });
  res.on("close", () => {
    if (res.writableFinished) return;
    // The reader went away: stop asking the framework. Nothing failed, so nothing is logged, and the error the
    // destroyed request emits ("socket hang up") is not mistaken for one.
    failed = true;
    outgoing.destroy();
  });

  outgoing.on(
    "response",
    guard((reply: http.IncomingMessage) => {
      reply.on("error", failOnce);
      const status = reply.statusCode ?? 502;
      const { gzip, varies } = encodingFor(req, status, reply.headers);
      const headers = without(reply.headers, NOT_RETURNED);
      if (varies) headers.vary = varyWithEncoding(headers.vary);
      if (cache?.mayStore(req, status, reply.headers)) {
        const chunks: Buffer[] = [];
        reply.on("data", (chunk: Buffer) => chunks.push(chunk));
        reply.on(
          "end",
          guard(() => {
            const body = Buffer.concat(chunks);
            const zipped = gzip ? zlib.gzipSync(body) : undefined;
            cache.store(req, status, reply.headers, body, zipped);
            const sent = zipped ?? body;
            if (gzip) headers["content-encoding"] = "gzip";
            headers["content-length"] = sent.length;
            res.writeHead(status, reply.statusMessage, headers);
            res.end(sent);
          }),
        );
        return;
      }
      if (gzip) {
        headers["content-encoding"] = "gzip";
        delete headers["content-length"];
      }
      res.writeHead(status, reply.statusMessage, headers);
      if (req.method === "HEAD") {
        reply.resume();
        res.end();
        return;
      }
      const done = (error: NodeJS.ErrnoException | null) => {
        // A reader who went away is not a failure of the site.
        if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE") failOnce(error);
      };
      if (gzip) pipeline(reply, zlib.createGzip(), res, done);
      else pipeline(reply, res, done);
    }),
  );
  outgoing.end();
}
