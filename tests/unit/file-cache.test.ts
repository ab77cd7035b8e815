import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openFileCache } from "@/lib/content/file-cache";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "file-cache-"));
  dirs.push(dir);
  return dir;
}

/** What the cache looks at in a file's stat. */
const stamp = (mtimeMs: number, size: number) => ({ mtimeMs, size }) as fs.Stats;

/** A folder holding a saved cache (version v1) of these entries: file, time, size, value. */
function savedCache(...entries: [string, number, number, string][]): string {
  const dir = tempDir();
  const cache = openFileCache<string>(dir, "v1");
  for (const [file, mtimeMs, size, value] of entries) cache.set(file, stamp(mtimeMs, size), value);
  cache.save();
  return dir;
}
const lines = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("the content cache file", () => {
  it("gives back what was stored for a file of the same size and time, and nothing for a changed one", () => {
    const dir = tempDir();
    const first = openFileCache<{ html: string }>(dir, "v1");
    first.set("a.md", stamp(1, 10), { html: "<p>Một</p>" });
    first.set("b.md", stamp(2, 20), { html: "<p>Hai</p>" });
    first.save();

    const second = openFileCache<{ html: string }>(dir, "v1");
    expect(second.get("a.md", stamp(1, 10))).toEqual({ html: "<p>Một</p>" });
    expect(second.get("b.md", stamp(3, 20))).toBeUndefined();
    expect(second.get("b.md", stamp(2, 21))).toBeUndefined();
    expect(second.get("c.md", stamp(1, 10))).toBeUndefined();
  });

  it("is JSON Lines, the version first; a cache written by other code is not read", () => {
    const dir = savedCache(["a.md", 1, 10, "một"]);
    expect(lines(path.join(dir, "content-cache.jsonl"))).toEqual([
      { version: "v1" },
      { file: "a.md", mtimeMs: 1, size: 10, value: "một" },
    ]);
    expect(openFileCache<string>(dir, "v2").get("a.md", stamp(1, 10))).toBeUndefined();
  });

  it("writes each new entry as it comes, to a file that replaces the cache only when saved", () => {
    const dir = savedCache(["a.md", 1, 10, "cũ"]);

    const cache = openFileCache<string>(dir, "v1");
    cache.set("a.md", stamp(2, 10), "mới");
    cache.set("b.md", stamp(2, 20), "hai");
    const temps = fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"));
    expect(temps).toHaveLength(1);
    const temp = path.join(dir, temps[0]!);
    expect(lines(temp).map((entry) => entry.value)).toEqual([undefined, "mới", "hai"]);
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("cũ");
    cache.save();
    expect(fs.existsSync(temp)).toBe(false);
    expect(lines(path.join(dir, "content-cache.jsonl"))).toEqual([
      { version: "v1" },
      { file: "a.md", mtimeMs: 2, size: 10, value: "mới" },
      { file: "b.md", mtimeMs: 2, size: 20, value: "hai" },
    ]);
  });

  it("keeps an entry read before the first change, and never writes a file twice", () => {
    const dir = savedCache(["a.md", 1, 10, "một"], ["b.md", 1, 20, "hai"]);

    const cache = openFileCache<string>(dir, "v1");
    expect(cache.get("a.md", stamp(1, 10))).toBe("một");
    // The caller refuses b's entry (a photo it names is gone) and stores a new result.
    expect(cache.get("b.md", stamp(1, 20), (value) => value !== "hai")).toBeUndefined();
    cache.set("b.md", stamp(1, 20), "hai, không ảnh");
    cache.save();
    expect(lines(path.join(dir, "content-cache.jsonl")).map((entry) => [entry.file, entry.value])).toEqual([
      [undefined, undefined],
      ["a.md", "một"],
      ["b.md", "hai, không ảnh"],
    ]);
  });

  it("keeps the file as it was when the load fails, or when saved twice", () => {
    const dir = savedCache(["a.md", 1, 10, "một"], ["b.md", 1, 20, "hai"]);
    const file = path.join(dir, "content-cache.jsonl");

    // b.md was removed: the second run keeps a alone, and saving again changes nothing.
    const second = openFileCache<string>(dir, "v1");
    second.get("a.md", stamp(1, 10));
    second.save();
    second.save();
    second.set("c.md", stamp(1, 30), "ba");
    second.save();
    expect(lines(file).map((entry) => entry.file)).toEqual([undefined, "a.md"]);

    const failing = openFileCache<string>(dir, "v1");
    failing.set("a.md", stamp(2, 10), "dở dang");
    failing.discard();
    expect(fs.readdirSync(dir)).toEqual(["content-cache.jsonl"]);
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("một");
  });

  it("a write that fails midway leaves the old file and no temporary one", () => {
    const dir = savedCache(["a.md", 1, 10, "một"]);

    const cache = openFileCache<string>(dir, "v1");
    const real = fs.writeFileSync;
    let calls = 0;
    const write = vi.spyOn(fs, "writeFileSync").mockImplementation((...args: Parameters<typeof real>) => {
      // The version line goes through; the first entry finds the disk full.
      if (++calls === 2) throw Object.assign(new Error("no space"), { code: "ENOSPC" });
      return real(...args);
    });
    try {
      cache.set("a.md", stamp(2, 10), "mới");
      cache.set("b.md", stamp(2, 20), "hai");
      cache.save();
    } finally {
      write.mockRestore();
    }
    expect(calls).toBe(2);
    expect(fs.readdirSync(dir)).toEqual(["content-cache.jsonl"]);
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("một");
  });

  it("removes what a process that died while writing left behind, never a live process's file", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const live = process.ppid;
    fs.writeFileSync(path.join(dir, `content-cache.jsonl.${dead}-0.tmp`), '{"version":"v1"}\n');
    fs.writeFileSync(path.join(dir, `content-cache.jsonl.${live}-0.tmp`), '{"version":"v1"}\n');
    const cache = openFileCache<string>(dir, "v1");
    cache.set("a.md", stamp(1, 10), "một");
    cache.save();
    expect(fs.readdirSync(dir).sort()).toEqual(["content-cache.jsonl", `content-cache.jsonl.${live}-0.tmp`]);
  });

  it("reads a file with or without its last newline, with CRLF, and nothing from an empty one or one without a version", () => {
    const dir = tempDir();
    const file = path.join(dir, "content-cache.jsonl");
    const entry = '{"file":"a.md","mtimeMs":1,"size":10,"value":"một"}';
    for (const text of [
      `{"version":"v1"}\n${entry}`,
      `{"version":"v1"}\r\n${entry}\r\n`,
      `{"version":"v1"}\n${entry}\n\n`,
    ]) {
      fs.writeFileSync(file, text);
      expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("một");
    }
    for (const text of ["", "\n", `${entry}\n`, `null\n${entry}\n`]) {
      fs.writeFileSync(file, text);
      expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBeUndefined();
    }
  });

  it("removes the single-document cache of earlier versions when it saves", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "content-cache.json"), '{"version":"v0","entries":{}}');
    const cache = openFileCache<string>(dir, "v1");
    cache.set("a.md", stamp(1, 10), "một");
    cache.save();
    expect(fs.readdirSync(dir)).toEqual(["content-cache.jsonl"]);
  });

  it("is not rewritten when nothing changed, and drops the entries of files gone since", () => {
    const dir = savedCache(["a.md", 1, 10, "một"], ["b.md", 1, 20, "hai"]);
    const file = path.join(dir, "content-cache.jsonl");
    const inode = fs.statSync(file).ino;

    const same = openFileCache<string>(dir, "v1");
    same.get("a.md", stamp(1, 10));
    same.get("b.md", stamp(1, 20));
    same.save();
    expect(fs.statSync(file).ino).toBe(inode);

    const fewer = openFileCache<string>(dir, "v1");
    fewer.get("b.md", stamp(1, 20));
    fewer.save();
    expect(lines(file).map((entry) => entry.file)).toEqual([undefined, "b.md"]);
  });

  it("starts afresh from a damaged file, and a folder it cannot write to only costs speed", () => {
    const dir = tempDir();
    const file = path.join(dir, "content-cache.jsonl");
    fs.writeFileSync(file, '{"version":"v1"}\n{"file":"a.md","mtimeMs":1,"size":10,"value":"mộ');
    const cache = openFileCache<string>(dir, "v1");
    expect(cache.get("a.md", stamp(1, 10))).toBeUndefined();
    cache.set("a.md", stamp(1, 10), "một");
    cache.save();
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("một");

    const notADir = path.join(dir, "content-cache.jsonl");
    const blocked = openFileCache<string>(notADir, "v1");
    blocked.set("a.md", stamp(1, 10), "một");
    expect(() => blocked.save()).not.toThrow();
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("một");
    expect(openFileCache<string>(null, "v1").get("a.md", stamp(1, 10))).toBeUndefined();
  });
});
