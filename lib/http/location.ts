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
