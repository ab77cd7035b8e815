/**
 * The Content-Security-Policy: one fixed header for every response, sent by next.config.ts (and by the request
 * guard for what it answers itself). Scripts come from the site's own files only; the one inline script, the
 * head script that applies the reader's font size before the first paint (`lib/font-size.ts`), is allowed by the
 * hash of its constant text. Nothing is computed per response: there are no nonces, and no `'unsafe-inline'`.
 */
import crypto from "node:crypto";
import { HEAD_SCRIPT } from "../font-size";

/** `'sha256-…'` for an inline script's exact text. */
export function hashSource(script: string): string {
  return `'sha256-${crypto.createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/**
 * The policy. In development (`next dev`) the framework's runtime is on every page and React needs `eval`;
 * production pages carry no framework script at all. No page may be framed, but the editor's preview of a page in
 * its own preview page (`frameAncestors: "'self'"`). The editor's pages that run React (under /quan-tri) carry the
 * framework's inline bootstrap script, allowed by a nonce made for each of their responses (pages/_document.tsx);
 * readers' pages never do.
 */
export function contentSecurityPolicy({
  dev = false,
  frameAncestors = "'none'",
  nonce,
}: { dev?: boolean; frameAncestors?: string; nonce?: string } = {}): string {
  const scripts = [
    "'self'",
    hashSource(HEAD_SCRIPT),
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(dev ? ["'unsafe-eval'", "'unsafe-inline'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Styles cannot run script; next/font and React write a few inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}
