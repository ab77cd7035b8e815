import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
    const dir = tempDir();
    const cache = openFileCache<string>(dir, "v1");
    cache.set("a.md", stamp(1, 10), "một");
    cache.save();
    expect(lines(path.join(dir, "content-cache.jsonl"))).toEqual([
      { version: "v1" },
      { file: "a.md", mtimeMs: 1, size: 10, value: "một" },
    ]);
    expect(openFileCache<string>(dir, "v2").get("a.md", stamp(1, 10))).toBeUndefined();
  });

  it("writes each new entry as it comes, to a file that replaces the cache only when saved", () => {
    const dir = tempDir();
    const old = openFileCache<string>(dir, "v1");
    old.set("a.md", stamp(1, 10), "cũ");
    old.save();

    const cache = openFileCache<string>(dir, "v1");
    cache.set("a.md", stamp(2, 10), "mới");
    cache.set("b.md", stamp(2, 20), "hai");
    const temp = path.join(dir, `content-cache.jsonl.${process.pid}.tmp`);
    expect(lines(temp).map((entry) => entry.value)).toEqual([undefined, "mới", "hai"]);
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(1, 10))).toBe("cũ");
    cache.save();
    expect(fs.existsSync(temp)).toBe(false);
    expect(openFileCache<string>(dir, "v1").get("a.md", stamp(2, 10))).toBe("mới");
  });

  it("is not rewritten when nothing changed, and drops the entries of files gone since", () => {
    const dir = tempDir();
    const file = path.join(dir, "content-cache.jsonl");
    const first = openFileCache<string>(dir, "v1");
    first.set("a.md", stamp(1, 10), "một");
    first.set("b.md", stamp(1, 20), "hai");
    first.save();
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
    expect(openFileCache<string>(null, "v1").get("a.md", stamp(1, 10))).toBeUndefined();
  });
});
