/**
 * Old addresses that keep working: `content/redirects.yml`, written by the WordPress import (lib/wordpress/import.ts)
 * and editable by hand, maps each old path to the site's page for it (`/2020/09/10/hoi-nghi/: /bai-viet/hoi-nghi`).
 * Read once; each request is one lookup in a Map (O(1)), answered with a permanent redirect by the server's front
 * (lib/http/front.ts). Keys are normalized the same way on both sides: percent-decoded, NFC, without a trailing
 * slash, and without a query string except WordPress's `?p=<id>`.
 */
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

export const REDIRECTS_FILE = "redirects.yml";

/** The lookup key of an old URL or path. */
export function redirectKey(url: string): string {
  const at = url.indexOf("?");
  let pathname = at < 0 ? url : url.slice(0, at);
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // Left as written: it matches nothing the import wrote.
  }
  pathname = pathname.normalize("NFC").replace(/\/+$/, "") || "/";
  const post = query.get("p");
  return post && /^\d+$/.test(post) ? `${pathname}?p=${post}` : pathname;
}

export type Redirects = ReadonlyMap<string, string>;

/** The redirects of a content folder (none when it has no redirects.yml); a broken file throws with its name. */
export function loadRedirects(contentDir: string): Redirects {
  const file = path.join(contentDir, REDIRECTS_FILE);
  if (!fs.existsSync(file)) return new Map();
  const data = yaml.load(fs.readFileSync(file, "utf8")) ?? {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new Error(`${file}: phải là các dòng "đường-dẫn-cũ: đường-dẫn-mới".`);
  return new Map(
    Object.entries(data as Record<string, unknown>).map(([from, to]) => [redirectKey(from), String(to)]),
  );
}

/** Where an old URL now lives, or null. */
export function redirectTarget(redirects: Redirects, url: string): string | null {
  return redirects.size ? (redirects.get(redirectKey(url)) ?? null) : null;
}
