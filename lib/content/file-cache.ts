/**
 * A disk cache of what loading each article produced (the validated,
 * rendered article, or its problems, and its warnings), so that a process — a
 * build worker, the server, `content:check` — reads and parses only the files
 * that changed since the last run. An entry is used only when the file's size
 * and modification time are unchanged and the cache was written by the same
 * code with the same site.yml and public folder (`version`).
 *
 * The file is JSON Lines: the version, then one entry per line. Once anything
 * has changed, each entry is written to a new file as it is produced and the
 * new file replaces the old one at the end, so a first load of 10,000 articles
 * never holds the whole cache as one string (it did: 470 MB → 280 MB at its
 * peak); a reader of another version stops after the first line.
 */
import fs from "node:fs";
import path from "node:path";

interface Entry<T> {
  file: string;
  mtimeMs: number;
  size: number;
  value: T;
}

export interface FileCache<T> {
  get(file: string, stat: fs.Stats): T | undefined;
  set(file: string, stat: fs.Stats, value: T): void;
  /** When anything changed, replace the file (atomically) by this run's entries: those of files not seen are dropped. */
  save(): void;
}

const FILE = "content-cache.jsonl";

function readEntries<T>(file: string, version: string): Map<string, Entry<T>> {
  const entries = new Map<string, Entry<T>>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return entries; // No cache yet.
  }
  // Line by line from the bytes: the whole file is never one string (Vietnamese text takes two bytes a letter).
  const NEWLINE = 0x0a;
  const line = (start: number, end: number) => JSON.parse(bytes.toString("utf8", start, end < 0 ? undefined : end));
  try {
    let end = bytes.indexOf(NEWLINE);
    if ((line(0, end) as { version?: unknown }).version !== version) return entries;
    while (end >= 0 && end < bytes.length - 1) {
      const start = end + 1;
      end = bytes.indexOf(NEWLINE, start);
      const entry = line(start, end) as Entry<T>;
      entries.set(entry.file, entry);
    }
  } catch {
    entries.clear(); // An unreadable cache: start afresh.
  }
  return entries;
}

export function openFileCache<T>(dir: string | null, version: string): FileCache<T> {
  const file = dir ? path.join(/* turbopackIgnore: true */ dir, FILE) : null;
  const stored = file ? readEntries<T>(file, version) : new Map<string, Entry<T>>();
  /** Entries read and still valid, kept until a new file is started, which then gets each entry as it comes. */
  const seen: Entry<T>[] = [];
  let count = 0;
  let out: { fd: number; temp: string } | null = null;
  let failed = !file;

  const write = (entry: Entry<T>) => {
    if (!out || failed) return;
    try {
      fs.writeSync(out.fd, JSON.stringify(entry) + "\n");
    } catch {
      failed = true;
    }
  };
  /** Start the new file: the version, then the entries seen so far. */
  const begin = () => {
    if (out || failed) return;
    try {
      fs.mkdirSync(dir!, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      out = { fd: fs.openSync(temp, "w"), temp };
      fs.writeSync(out.fd, JSON.stringify({ version }) + "\n");
      for (const entry of seen.splice(0)) write(entry);
    } catch {
      failed = true; // A read-only disk only costs speed.
    }
  };

  return {
    get(name, stat) {
      const entry = stored.get(name);
      if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) return undefined;
      count++;
      if (out) write(entry);
      else seen.push(entry);
      return entry.value;
    },
    set(name, stat, value) {
      count++;
      begin();
      write({ file: name, mtimeMs: stat.mtimeMs, size: stat.size, value });
    },
    save() {
      // Files removed since: their entries are dropped.
      if (!out && count !== stored.size) begin();
      if (!out) return;
      const { fd, temp } = out;
      out = null;
      try {
        fs.closeSync(fd);
        if (failed) fs.rmSync(temp, { force: true });
        else fs.renameSync(temp, file!);
      } catch {
        // A read-only disk only costs speed.
      }
    },
  };
}
