/**
 * A disk cache of rendered Markdown, so that a process (a build worker, the
 * server, `content:check`) parses only the articles that changed since the
 * last run. Entries are keyed by a hash of the body and of the renderer
 * itself (its plugins' code and the sanitize schema), so a change to either
 * misses the cache. Only clean renders are kept: a body with problems is
 * rendered again each time, and the images of a cached body are looked up
 * again (a deleted photo is still reported).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { RenderedMarkdown } from "./render";

type Entry = Omit<RenderedMarkdown, "problems">;

export interface RenderCache {
  get(body: string): Entry | undefined;
  set(body: string, value: Entry): void;
  /** Write new entries to disk (atomically); drop entries no longer used. */
  save(): void;
}

const FILE = "markdown-cache.json";

export function openRenderCache(dir: string | null, rendererVersion: string): RenderCache {
  let stored: Record<string, Entry> = {};
  const file = dir ? path.join(/* turbopackIgnore: true */ dir, FILE) : null;
  if (file) {
    try {
      const data = JSON.parse(fs.readFileSync(file, "utf8")) as {
        version: string;
        entries: Record<string, Entry>;
      };
      if (data.version === rendererVersion) stored = data.entries;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }
  const used: Record<string, Entry> = {};
  let added = 0;
  const key = (body: string) => crypto.createHash("sha1").update(body).digest("base64url");
  return {
    get(body) {
      const k = key(body);
      const hit = stored[k];
      if (hit) used[k] = hit;
      return hit;
    },
    set(body, value) {
      used[key(body)] = value;
      added++;
    },
    save() {
      if (!file || (added === 0 && Object.keys(used).length === Object.keys(stored).length)) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ version: rendererVersion, entries: used }));
        fs.renameSync(temp, file);
      } catch {
        // A read-only disk only costs speed.
      }
    },
  };
}
