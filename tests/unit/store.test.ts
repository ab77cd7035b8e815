import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { createContentStore, storeOptionsFromEnv } from "@/lib/content/store";
import { clearImageCache } from "@/lib/markdown/images";
import { article, makeContent, FIXTURE_PUBLIC } from "./helpers";

describe("the content store", () => {
  it("builds the index once and answers from memory", () => {
    const dir = makeContent({ "a.md": article({ title: "Một" }) });
    const store = createContentStore({ contentDir: dir, publicDir: FIXTURE_PUBLIC, includeDrafts: false });
    const first = store.get();
    fs.writeFileSync(path.join(dir, "articles", "a.md"), article({ title: "Hai" }));
    expect(store.get()).toBe(first);
    expect(store.get().article("a")?.title).toBe("Một");
  });

  it("when watching (development), loads the files again after one changes", async () => {
    const dir = makeContent({ "a.md": article({ title: "Một" }) });
    const store = createContentStore(
      { contentDir: dir, publicDir: FIXTURE_PUBLIC, includeDrafts: true },
      { watch: true },
    );
    try {
      expect(store.get().article("a")?.title).toBe("Một");
      fs.writeFileSync(path.join(dir, "articles", "a.md"), article({ title: "Hai" }));
      await expect.poll(() => store.get().article("a")?.title).toBe("Hai");
    } finally {
      store.close();
    }
  });

  it("reads CONTENT_DIR and PUBLIC_DIR, and shows drafts only in development", () => {
    const options = storeOptionsFromEnv({
      CONTENT_DIR: "/srv/noi-dung",
      PUBLIC_DIR: "/srv/public",
      CONTENT_CACHE_DIR: "",
      NODE_ENV: "production",
    });
    expect(options).toEqual({
      contentDir: "/srv/noi-dung",
      publicDir: "/srv/public",
      cacheDir: null,
      includeDrafts: false,
    });
    const defaults = storeOptionsFromEnv({ NODE_ENV: "development" });
    expect(defaults).toEqual({
      contentDir: path.join(process.cwd(), "content"),
      publicDir: path.join(process.cwd(), "public"),
      cacheDir: path.join(process.cwd(), "node_modules", ".cache", "tin-huyen-uy"),
      includeDrafts: true,
    });
  });
});

describe("the render cache", () => {
  it("gives the same articles from the cache, and still reports a photo deleted since", () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
    fs.mkdirSync(path.join(publicDir, "images"));
    fs.copyFileSync(
      path.join(FIXTURE_PUBLIC, "images", "photo.png"),
      path.join(publicDir, "images", "photo.png"),
    );
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-"));
    const contentDir = makeContent({
      "a.md": article({}, '![Ảnh](/images/photo.png "Chú thích")\n\nChữ.\n'),
      "b.md": article(),
    });
    const options = { contentDir, publicDir, cacheDir };

    const cold = loadContent(options);
    expect(fs.existsSync(path.join(cacheDir, "content-cache.jsonl"))).toBe(true);
    const warm = loadContent(options);
    expect(warm.articles).toEqual(cold.articles);
    expect(warm.problems).toEqual([]);

    fs.rmSync(path.join(publicDir, "images", "photo.png"));
    clearImageCache();
    const after = loadContent(options);
    expect(after.problems.map((p) => p.message)).toEqual([expect.stringContaining("Không tìm thấy tệp ảnh")]);
  });

  it("a photo added, or replaced by one of another size, since the article was cached is seen at once", () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "public-"));
    fs.mkdirSync(path.join(publicDir, "images"));
    const svg = (width: number, height: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"></svg>`;
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-"));
    const contentDir = makeContent({
      "a.md": article({}, '![Ảnh](/images/moi.svg "Chú thích")\n\nChữ.\n'),
      "b.md": article({ cover: "/images/bia.svg" }),
    });
    const options = { contentDir, publicDir, cacheDir };

    // Committed before its photos: the build says which are missing.
    expect(loadContent(options).problems.map((p) => [p.file, p.field])).toEqual([
      ["articles/a.md", "nội dung"],
      ["articles/b.md", "cover"],
    ]);
    // The photos come in the next commit; the articles themselves are unchanged.
    fs.writeFileSync(path.join(publicDir, "images", "moi.svg"), svg(40, 30));
    fs.writeFileSync(path.join(publicDir, "images", "bia.svg"), svg(40, 30));
    clearImageCache();
    const fixed = loadContent(options);
    expect(fixed.problems).toEqual([]);
    expect(fixed.articles.find((a) => a.slug === "a")?.html).toContain('width="40" height="30"');

    // A photo replaced under the same name by one of another size: the page gets the new size.
    fs.writeFileSync(path.join(publicDir, "images", "moi.svg"), svg(80, 45));
    clearImageCache();
    expect(loadContent(options).articles.find((a) => a.slug === "a")?.html).toContain(
      'width="80" height="45"',
    );
  });

  it("a load that fails midway leaves the cache as it was", () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-"));
    const contentDir = makeContent({ "a.md": article({}, "Một.\n"), "b.md": article({}, "Hai.\n") });
    const options = { contentDir, publicDir: FIXTURE_PUBLIC, cacheDir };
    loadContent(options);
    const before = fs.readFileSync(path.join(cacheDir, "content-cache.jsonl"), "utf8");

    fs.writeFileSync(path.join(contentDir, "articles", "a.md"), article({}, "Một, sửa.\n"));
    fs.writeFileSync(path.join(contentDir, "articles", "b.md"), article({}, "Hai, sửa.\n"));
    const real = fs.readFileSync;
    const read = vi.spyOn(fs, "readFileSync").mockImplementation(((
      file: fs.PathOrFileDescriptor,
      ...rest: []
    ) => {
      if (String(file).endsWith("b.md")) throw Object.assign(new Error("I/O error"), { code: "EIO" });
      return real(file, ...rest);
    }) as typeof real);
    try {
      expect(() => loadContent(options)).toThrow("I/O error");
    } finally {
      read.mockRestore();
    }
    expect(fs.readdirSync(cacheDir)).toEqual(["content-cache.jsonl"]);
    expect(fs.readFileSync(path.join(cacheDir, "content-cache.jsonl"), "utf8")).toBe(before);
  });

  it("an edited article is loaded again", () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "cache-"));
    const contentDir = makeContent({ "a.md": article({}, "Bản một.\n") });
    loadContent({ contentDir, publicDir: FIXTURE_PUBLIC, cacheDir });
    fs.writeFileSync(path.join(contentDir, "articles", "a.md"), article({}, "Bản hai.\n"));
    expect(loadContent({ contentDir, publicDir: FIXTURE_PUBLIC, cacheDir }).articles[0]?.html).toBe(
      "<p>Bản hai.</p>\n",
    );
  });
});

describe("code version of the content cache", () => {
  it("hashes lib sources and the lockfile, and changes when either changes", async () => {
    const { sourceHash } = await import("@/lib/content/code-version");
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "code-version-"));
    fs.mkdirSync(path.join(root, "lib", "a"), { recursive: true });
    fs.writeFileSync(path.join(root, "lib", "a", "x.ts"), "export const x = 1;\n");
    fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
    const first = sourceHash(root);
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(sourceHash(root)).toBe(first);
    fs.writeFileSync(path.join(root, "lib", "a", "x.ts"), "export const x = 2;\n");
    const second = sourceHash(root);
    expect(second).not.toBe(first);
    fs.writeFileSync(path.join(root, "package-lock.json"), '{"v":2}');
    expect(sourceHash(root)).not.toBe(second);
    expect(sourceHash(path.join(root, "missing"))).toBeNull();
    fs.rmSync(root, { recursive: true, force: true });
  });
});
