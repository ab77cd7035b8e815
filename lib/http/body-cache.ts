/**
 * Remembered work for response bodies that are served again and again.
 *
 * Next.js keeps each cached page as one string and writes it whole with
 * `res.end(html)`; the same string object comes back for every request of the
 * page. Node.js 20 encodes a string body to UTF-8 on every write, and for text
 * beyond Latin-1 — every Vietnamese page — that costs about a millisecond for
 * a 40 kB page, more than everything else a cached page costs. This keeps, per
 * body, its UTF-8 bytes and the page's Content-Security-Policy, bounded in
 * bytes, least recently used out first.
 */
export interface BodyEntry {
  bytes: Buffer;
  /** The Content-Security-Policy of an HTML body, once worked out. */
  policy?: string;
}

export interface BodyCache {
  get(text: string): BodyEntry;
  readonly bytes: number;
  readonly size: number;
}

export function createBodyCache(maxBytes = 64 * 1024 * 1024): BodyCache {
  const entries = new Map<string, BodyEntry>();
  let bytes = 0;
  return {
    get(text) {
      let entry = entries.get(text);
      if (entry) {
        // Most recently used last.
        entries.delete(text);
        entries.set(text, entry);
        return entry;
      }
      entry = { bytes: Buffer.from(text, "utf8") };
      if (entry.bytes.length > maxBytes) return entry;
      for (const [oldest, old] of entries) {
        if (bytes + entry.bytes.length <= maxBytes) break;
        entries.delete(oldest);
        bytes -= old.bytes.length;
      }
      entries.set(text, entry);
      bytes += entry.bytes.length;
      return entry;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
