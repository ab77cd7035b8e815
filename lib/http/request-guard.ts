/**
 * What the site refuses before any page code runs: it only serves pages and
 * files, so anything but GET and HEAD is a 405, and a URL that is overlong or
 * not valid percent-encoding is a 400 — never a 500, never a stack trace.
 *
 * A GET or HEAD that declares a body (`Content-Length` above 0, or any
 * `Transfer-Encoding`) is a 400 and its connection is closed: the site never
 * reads such a body, and a header promising one must never travel further
 * without it (RFC 9112, section 6.3). Node's parser already refuses
 * `Content-Length` together with `Transfer-Encoding`, and invalid lengths.
 */
import type { IncomingHttpHeaders } from "node:http";
import { vi } from "../i18n/vi";

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;
export const MAX_PATH = 1024;
/** A 5,000-character Vietnamese query is about 14,000 characters percent-encoded; Node refuses more than 16 kB of headers. */
export const MAX_QUERY = 16_000;

export interface Refusal {
  status: 400 | 405;
  message: string;
  headers: Record<string, string>;
  /** Close the connection after the answer: what follows on it cannot be trusted to be a new request. */
  close: boolean;
}

/** Whether a request says a body follows its headers. */
export function declaresBody(headers: IncomingHttpHeaders): boolean {
  const length = headers["content-length"];
  return headers["transfer-encoding"] !== undefined || (length !== undefined && Number(length) !== 0);
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Why this request is refused, or `null` to serve it. `url` is the request target as received. */
export function refuseRequest(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders = {},
  /** Whether this URL takes form posts (the editor's pages, in the editor's process). */
  acceptsPost: (url: string) => boolean = () => false,
): Refusal | null {
  const post = method === "POST" && acceptsPost(url ?? "/");
  // A form post carries its body; anything else with a body is refused and its connection closed.
  const close = !post && declaresBody(headers);
  if (!post && !(ALLOWED_METHODS as readonly string[]).includes(method ?? "")) {
    return {
      status: 405,
      message: vi.methodNotAllowed,
      headers: { allow: ALLOWED_METHODS.join(", ") },
      close,
    };
  }
  if (close) return { status: 400, message: vi.bodyNotAllowed, headers: {}, close };
  const target = url ?? "/";
  const mark = target.indexOf("?");
  const path = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? "" : target.slice(mark + 1);
  if (path.length > MAX_PATH || query.length > MAX_QUERY)
    return { status: 400, message: vi.urlTooLong, headers: {}, close };
  if (!decodes(path) || !decodes(query.replace(/\+/g, " "))) {
    return { status: 400, message: vi.urlInvalid, headers: {}, close };
  }
  return null;
}
