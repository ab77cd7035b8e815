/**
 * A disk cache of what loading each article produced (the validated,
 * rendered article, or its problems, and its warnings), so that a process — a
 * build worker, the server, `content:check` — reads and parses only the files
 * that changed since the last run. An entry is used only when the file's size
 * and modification time are unchanged, the cache was written by the same code
 * with the same site.yml and public folder (`version`), and the caller accepts
 * it (every photo it refers to is found as it was: still missing, or of the same size).
 *
 * The file is JSON Lines: the version, then one entry per line. Once anything
 * has changed, each entry is written to a new file as it is produced and the
 * new file replaces the old one at the end: a first load of 10,000 articles
 * never holds the whole cache as one string to save it (BENCHMARKS.md). It is
 * read line by line too, and only its first line is parsed when it was
 * written by other code.
 */
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { isAlive } from "../process-alive";

interface Entry<T> {
  file: string;
  mtimeMs: number;
  size: number;
  value: T;
}

export interface FileCache<T> {
  /** The stored value for this file when unchanged and `usable`; the entry is then kept for the next run. */
  get(file: string, stat: fs.Stats, usable?: (value: T) => boolean): T | undefined;
  set(file: string, stat: fs.Stats, value: T): void;
  /** When anything changed, replace the file (atomically) by this run's entries: those of files not seen are dropped. */
  save(): void;
  /** Give up this run's changes (the load failed): the file stays as it was. */
  discard(): void;
}

const FILE = "content-cache.jsonl";
/** The single-document cache of earlier versions, removed when a new cache is saved. */
const OLD_FILE = "content-cache.json";
const NEWLINE = 0x0a;

/** Remove what processes that died while writing the cache left behind (a build killed midway, say). */
function removeAbandoned(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const pid = /^content-cache\.jsonl\.(\d+)-\d+\.tmp$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid)))
      fs.rmSync(path.join(/* turbopackIgnore: true */ dir, name), { force: true });
  }
}

function readEntries<T>(file: string, version: string): Map<string, Entry<T>> {
  const entries = new Map<string, Entry<T>>();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return entries; // No cache yet.
  }
  // Each line is decoded alone: as one string the file would take two bytes a character (V8 stores a string that
  // holds any letter beyond Latin-1, which Vietnamese text always does, as UTF-16).
  const line = (start: number, end: number) =>
    JSON.parse(bytes.toString("utf8", start, end < 0 ? undefined : end));
  try {
    let end = bytes.indexOf(NEWLINE);
    if ((line(0, end) as { version?: unknown } | null)?.version !== version) return entries;
    while (end >= 0) {
      const start = end + 1;
      end = bytes.indexOf(NEWLINE, start);
      if ((end < 0 ? bytes.length : end) === start) continue; // Blank, as after the last newline.
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
  let hits = 0;
  let out: { fd: number; temp: string } | null = null;
  let failed = !file;
  let closed = false;

  const write = (entry: Entry<T>) => {
    if (!out || failed) return;
    try {
      fs.writeFileSync(out.fd, JSON.stringify(entry) + "\n");
    } catch {
      failed = true;
    }
  };
  /** Start the new file: the version, then the entries seen so far. */
  const begin = () => {
    if (out || failed || closed) return;
    try {
      fs.mkdirSync(dir!, { recursive: true });
      const temp = `${file}.${process.pid}-${threadId}.tmp`;
      out = { fd: fs.openSync(temp, "w"), temp };
      fs.writeFileSync(out.fd, JSON.stringify({ version }) + "\n");
      for (const entry of seen.splice(0)) write(entry);
    } catch {
      failed = true; // A read-only disk only costs speed.
    }
  };
  /** Close the new file; keep it in place of the old one, or not. */
  const finish = (keep: boolean) => {
    closed = true;
    if (!out) return;
    const { fd, temp } = out;
    out = null;
    try {
      fs.closeSync(fd);
      if (keep && !failed) {
        fs.renameSync(temp, file!);
        fs.rmSync(path.join(/* turbopackIgnore: true */ dir!, OLD_FILE), { force: true });
        removeAbandoned(dir!);
        return;
      }
      fs.rmSync(temp, { force: true });
    } catch {
      // A read-only disk only costs speed.
    }
  };

  return {
    get(name, stat, usable) {
      const entry = stored.get(name);
      if (closed || !entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) return undefined;
      if (usable && !usable(entry.value)) return undefined;
      hits++;
      if (out) write(entry);
      else seen.push(entry);
      return entry.value;
    },
    set(name, stat, value) {
      if (closed) return;
      begin();
      write({ file: name, mtimeMs: stat.mtimeMs, size: stat.size, value });
    },
    save() {
      if (closed) return;
      // Files removed since: their entries are dropped.
      if (!out && hits !== stored.size) begin();
      finish(true);
    },
    discard() {
      finish(false);
    },
  };
}
