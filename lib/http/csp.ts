/**
 * The Content-Security-Policy. Scripts may come from the site itself, and an
 * inline script runs only when the policy names it — by a nonce, for a page
 * rendered for this request, or by its SHA-256 hash, for a cached page — so a
 * script injected into a page does not run.
 *
 * A cached page is hashed when it is first served from the cache (then
 * remembered): only the inline scripts the framework writes are hashed — each
 * is a call that pushes one JSON value (`self.__next_f.push([1,"…"])`), which
 * is checked by parsing the JSON — plus the site's own font-size script. Any
 * other inline script, wherever it came from, is left out and blocked.
 */
import crypto from "node:crypto";
import type { Element, Text } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { FONT_SIZE_BOOT_SCRIPT } from "../font-size";

const DIRECTIVES = [
  "default-src 'self'",
  // React sets inline style attributes; styles cannot run script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** `'sha256-…'` for an inline script's exact text. */
export function hashSource(script: string): string {
  return `'sha256-${crypto.createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

const BOOT_SCRIPT_HASH = hashSource(FONT_SIZE_BOOT_SCRIPT);

/**
 * The policy, allowing the site's own script files and these inline-script
 * sources (nonces or hashes). In development React also needs `eval`.
 */
export function contentSecurityPolicy(sources: readonly string[], { dev = false } = {}): string {
  const scripts = ["'self'", BOOT_SCRIPT_HASH, ...sources, ...(dev ? ["'unsafe-eval'"] : [])];
  return [DIRECTIVES[0], `script-src ${scripts.join(" ")}`, ...DIRECTIVES.slice(1)].join("; ");
}

/** A new random nonce, and the policy source that allows it. */
export function newNonce(): { nonce: string; source: string } {
  const nonce = crypto.randomBytes(16).toString("base64");
  return { nonce, source: `'nonce-${nonce}'` };
}

/** The framework's inline scripts: a fixed opening, one JSON value, a fixed closing. */
const FRAMEWORK_SCRIPTS: [string, string][] = [
  ["self.__next_f.push(", ")"],
  ['(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', ");"],
];
const FRAMEWORK_INIT = "(self.__next_f=self.__next_f||[]).push([0])";

/** Is this inline script one the framework writes: nothing but one JSON value pushed onto its queue? */
export function isFrameworkScript(script: string): boolean {
  if (script === FRAMEWORK_INIT) return true;
  for (const [open, close] of FRAMEWORK_SCRIPTS) {
    if (!script.startsWith(open) || !script.endsWith(close)) continue;
    try {
      JSON.parse(script.slice(open.length, script.length - close.length));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

const SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** The hashes of a page's trusted inline scripts (framework scripts; the font-size script is always allowed). */
export function trustedScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  visit(fromHtml(html), "element", (node: Element) => {
    if (node.tagName !== "script" || node.properties.src !== undefined) return;
    const type = String(node.properties.type ?? "").toLowerCase();
    if (!SCRIPT_TYPES.has(type)) return;
    const text = node.children.map((child) => (child as Text).value ?? "").join("");
    if (isFrameworkScript(text)) hashes.add(hashSource(text));
  });
  return [...hashes];
}
