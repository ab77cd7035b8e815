/**
 * The not-found page, as the framework last rendered it, reused for a minute (lib/http/front.ts): a flood of
 * addresses that name nothing costs a lookup each, not a render, and keeps one page in memory. The page carries the
 * day's date and the latest articles, which a minute never makes wrong for long; it is sent `no-store` as rendered.
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { encodingFor, varyWithEncoding } from "./compression";
import { NOT_STORED } from "./page-cache";
import type { Keeper } from "./proxy";

const MAX_BYTES = 1024 * 1024;

interface Copy {
  at: number;
  headers: IncomingHttpHeaders;
  identity: Buffer;
  gzip?: Buffer;
}

export interface NotFoundPage extends Keeper {
  /** Answer with the kept page while it is fresh; `false` when it must be asked for again. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createNotFoundPage(ttlMs = 60_000, clock: () => number = Date.now): NotFoundPage {
  let copy: Copy | null = null;
  return {
    mayStore: (req, status) => req.method === "GET" && status === 404,
    store(req, status, headers, body, gzip) {
      if (req.method !== "GET" || status !== 404 || body.length > MAX_BYTES) return;
      const kept = { ...headers };
      for (const name of NOT_STORED) delete kept[name];
      copy = { at: clock(), headers: kept, identity: body, gzip };
    },
    serve(req, res) {
      if (!copy || clock() - copy.at >= ttlMs) return false;
      const { gzip, varies } = encodingFor(req, 404, copy.headers);
      if (gzip) copy.gzip ??= zlib.gzipSync(copy.identity);
      const body = gzip ? copy.gzip! : copy.identity;
      const headers: OutgoingHttpHeaders = { ...copy.headers, "content-length": body.length };
      if (gzip) headers["content-encoding"] = "gzip";
      if (varies) headers.vary = varyWithEncoding(headers.vary);
      res.writeHead(404, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
