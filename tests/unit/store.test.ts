import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createContentStore, storeOptionsFromEnv } from "@/lib/content/store";
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
      NODE_ENV: "production",
    });
    expect(options).toEqual({ contentDir: "/srv/noi-dung", publicDir: "/srv/public", includeDrafts: false });
    const defaults = storeOptionsFromEnv({ NODE_ENV: "development" });
    expect(defaults).toEqual({
      contentDir: path.join(process.cwd(), "content"),
      publicDir: path.join(process.cwd(), "public"),
      includeDrafts: true,
    });
  });
});
