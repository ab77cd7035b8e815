/**
 * What the site refuses before any page code runs: it only serves pages and
 * files, so anything but GET and HEAD is a 405, and a URL that is overlong or
 * not valid percent-encoding is a 400 — never a 500, never a stack trace.
 */
import { vi } from "../i18n/vi";

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;
export const MAX_PATH = 1024;
/** A 5,000-character Vietnamese query is about 14,000 characters percent-encoded; Node refuses more than 16 kB of headers. */
export const MAX_QUERY = 16_000;

export interface Refusal {
  status: 400 | 405;
  message: string;
  headers: Record<string, string>;
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
export function refuseRequest(method: string | undefined, url: string | undefined): Refusal | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method ?? "")) {
    return { status: 405, message: vi.methodNotAllowed, headers: { allow: ALLOWED_METHODS.join(", ") } };
  }
  const target = url ?? "/";
  const mark = target.indexOf("?");
  const path = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? "" : target.slice(mark + 1);
  if (path.length > MAX_PATH || query.length > MAX_QUERY)
    return { status: 400, message: vi.urlTooLong, headers: {} };
  if (!decodes(path) || !decodes(query.replace(/\+/g, " "))) {
    return { status: 400, message: vi.urlInvalid, headers: {} };
  }
  return null;
}
