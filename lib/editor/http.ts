/**
 * What the editor's pages read of a request (a Node request: the pages' getServerSideProps has it), framework-free:
 * a form post's fields (application/x-www-form-urlencoded, at most 64 kB), the cookies, the client's address, and
 * whether a state-changing request comes from the editor's own pages (its `Origin`, which every browser sends with
 * a POST, names this host): a form on another site cannot post here in a logged-in editor's name.
 */
import type { IncomingMessage } from "node:http";

export const MAX_FORM_BYTES = 64 * 1024;

export class FormError extends Error {}

/** The fields of a posted form; a FormError for a body too large or not a form. */
export async function readForm(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<URLSearchParams> {
  const type = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new FormError(type ?? "");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new FormError("too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export function cookiesOf(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return cookies;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * The client's address: the connection's, or — when the connection comes from this machine (nginx in front, as
 * docs/deploy.md sets it up) — the `X-Real-IP` nginx writes.
 */
export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? "";
  const real = req.headers["x-real-ip"];
  return LOOPBACK.has(peer) && typeof real === "string" && real.trim() ? real.trim() : peer;
}

/** Whether a state-changing request names this host as its origin. */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
