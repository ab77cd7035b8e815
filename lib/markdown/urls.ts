/** URL checks shared by the link and image plugins. */

const SAFE_LINK_PROTOCOLS = new Set(["http", "https", "mailto", "tel"]);

/**
 * The scheme a browser would see, lowercased (`javascript`), or `null` for a
 * relative URL. Browsers ignore ASCII tab and newline inside URLs and leading
 * control characters, so they are removed before looking.
 */
export function urlScheme(url: string): string | null {
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || SAFE_LINK_PROTOCOLS.has(scheme);
}
