/**
 * A redirect's target as a valid `Location` header value (RFC 9110, section 10.2.2: a URI reference, ASCII only).
 * A target may be written with Vietnamese letters (`/images/2020/09/ảnh-toàn-cảnh.jpg`, as the WordPress import
 * writes them) or already percent-encoded; both come out percent-encoded once, by the WHATWG URL parser, which
 * leaves existing `%XX` escapes as they are. An absolute `https://` target keeps its host (in punycode if it is an
 * international name).
 */
const BASE = "http://site.invalid";

export function locationOf(target: string): string {
  if (/^https?:\/\//i.test(target)) return new URL(target).href;
  // One leading slash: `//host/…` would name another site.
  const url = new URL(`${BASE}/${target.replace(/^\/+/, "")}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A page's one address without the trailing slash an old link or a WordPress permalink gives it (`/gioi-thieu/` →
 * `/gioi-thieu`, its query kept), for a 301 that every browser and crawler follows; null when there is none to drop,
 * or when the path is one only the framework should judge (`//…` or a backslash could name another site).
 */
export function withoutTrailingSlash(url: string): string | null {
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  if (!pathname.endsWith("/") || pathname.startsWith("//") || pathname.includes("\\")) return null;
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed ? trimmed + (at < 0 ? "" : url.slice(at)) : null;
}
