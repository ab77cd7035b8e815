/**
 * Which responses the front gzips (lib/http/front.ts; `compress: false` in next.config.ts leaves it to the front,
 * so that a HEAD is answered with the encoding its GET would have). One rule for every response: a compressible
 * type by the mime database (`compressible`, as Express's compression middleware decides), a status with a whole
 * body, not already encoded, not a range, not `no-transform`; then the reader's `Accept-Encoding`, q-values
 * included (`negotiator`), chooses gzip or none.
 */
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import compressible from "compressible";
import Negotiator from "negotiator";

export const ENCODINGS = ["gzip", "identity"];

export interface EncodingChoice {
  /** Send this response gzipped. */
  gzip: boolean;
  /** The choice depends on `Accept-Encoding`: the response says so in `Vary`. */
  varies: boolean;
}

const WHOLE_BODY_EXCLUDED = new Set([204, 206, 304]);

export function encodingFor(
  req: IncomingMessage,
  status: number,
  headers: IncomingHttpHeaders,
): EncodingChoice {
  const type = headers["content-type"];
  const eligible =
    typeof type === "string" &&
    compressible(type) === true &&
    !WHOLE_BODY_EXCLUDED.has(status) &&
    headers["content-encoding"] === undefined &&
    headers["content-range"] === undefined &&
    !/\bno-transform\b/i.test(String(headers["cache-control"] ?? ""));
  if (!eligible) return { gzip: false, varies: false };
  return { gzip: new Negotiator(req).encoding(ENCODINGS) === "gzip", varies: true };
}

/** `vary` with `Accept-Encoding` added once. */
export function varyWithEncoding(vary: string | string[] | number | undefined): string {
  const text = Array.isArray(vary) ? vary.join(", ") : String(vary ?? "");
  if (/\baccept-encoding\b/i.test(text)) return text;
  return text ? `${text}, Accept-Encoding` : "Accept-Encoding";
}
