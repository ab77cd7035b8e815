/**
 * A disk cache of what loading each article produced (the validated,
 * rendered article, or its problems, and its warnings), so that a process — a
 * build worker, the server, `content:check` — reads and parses only the files
 * that changed since the last run. An entry is used only when the file's size
 * and modification time are unchanged and the cache was written by the same
 * code with the same site.yml and public folder (`version`).
 */
import fs from "node:fs";
import path from "node:path";

interface Stamped<T> {
  mtimeMs: number;
  size: number;
  value: T;
}

export interface FileCache<T> {
  get(file: string, stat: fs.Stats): T | undefined;
  set(file: string, stat: fs.Stats, value: T): void;
  /** Write to disk when anything changed (atomically); entries of files not seen this run are dropped. */
  save(): void;
}

const FILE = "content-cache.json";

export function openFileCache<T>(dir: string | null, version: string): FileCache<T> {
  let stored: Record<string, Stamped<T>> = {};
  const file = dir ? path.join(/* turbopackIgnore: true */ dir, FILE) : null;
  if (file) {
    try {
      const data = JSON.parse(fs.readFileSync(file, "utf8")) as { version: string; entries: Record<string, Stamped<T>> };
      if (data.version === version) stored = data.entries;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }
  const seen: Record<string, Stamped<T>> = {};
  let changed = false;
  return {
    get(name, stat) {
      const entry = stored[name];
      if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) return undefined;
      seen[name] = entry;
      return entry.value;
    },
    set(name, stat, value) {
      seen[name] = { mtimeMs: stat.mtimeMs, size: stat.size, value };
      changed = true;
    },
    save() {
      if (!file || (!changed && Object.keys(seen).length === Object.keys(stored).length)) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ version, entries: seen }));
        fs.renameSync(temp, file);
      } catch {
        // A read-only disk only costs speed.
      }
    },
  };
}
