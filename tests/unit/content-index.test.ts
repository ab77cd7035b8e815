import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/store";
import { article, makeContent, FIXTURE_PUBLIC } from "./helpers";

function index(files: Record<string, string>, includeDrafts = false) {
  return buildContentIndex({ contentDir: makeContent(files), publicDir: FIXTURE_PUBLIC, includeDrafts });
}

const files = {
  "a.md": article({ date: "2020-09-08", tags: "[Dân vận]" }),
  "b.md": article({ date: "2020-09-10", category: "dan-van", tags: "[Dân vận, Đề án]" }),
  // Same instant as b: the slug decides, the same way every time.
  "c.md": article({ date: "2020-09-10T00:00:00+07:00", category: "dan-van" }),
  "d-nhap.md": article({ date: "2020-09-10 12:00", draft: "true" }),
  "e.md": article({ date: "2020-09-11", tags: "[đề án]" }),
};

describe("ContentIndex", () => {
  const content = index(files);
  const now = new Date("2026-01-01T00:00:00Z");

  it("lists published articles newest first, equal dates by slug, drafts left out", () => {
    expect(
      content
        .latest(now)
        .slice(0)
        .map((a) => a.slug),
    ).toEqual(["e", "b", "c", "a"]);
  });

  it("links previous (older) and next (newer) across equal dates and over drafts", () => {
    expect(content.neighbours("e", now)).toMatchObject({ older: { slug: "b" }, newer: null });
    expect(content.neighbours("b", now)).toMatchObject({ older: { slug: "c" }, newer: { slug: "e" } });
    expect(content.neighbours("c", now)).toMatchObject({ older: { slug: "a" }, newer: { slug: "b" } });
    expect(content.neighbours("a", now)).toMatchObject({ older: null, newer: { slug: "c" } });
  });

  it("walks back and forth to the same articles", () => {
    for (const a of content.latest(now).slice(0)) {
      const { older, newer } = content.neighbours(a.slug, now);
      if (older) expect(content.neighbours(older.slug, now).newer?.slug).toBe(a.slug);
      if (newer) expect(content.neighbours(newer.slug, now).older?.slug).toBe(a.slug);
    }
  });

  it("finds articles by slug, never drafts or unknown slugs", () => {
    expect(content.article("b", now)?.category.slug).toBe("dan-van");
    expect(content.article("d-nhap", now)).toBeNull();
    expect(content.article("khong-co", now)).toBeNull();
    expect(content.neighbours("khong-co", now)).toEqual({ older: null, newer: null });
  });

  it("lists by category and by tag", () => {
    expect(
      content
        .inCategory("dan-van", now)
        ?.slice(0)
        .map((a) => a.slug),
    ).toEqual(["b", "c"]);
    expect(content.inCategory("tin-tuc", now)?.length).toBe(2);
    expect(content.inCategory("khong-co", now)).toBeNull();
    const tag = content.withTag("de-an", now);
    // Spellings of one tag share its slug; the newest article's spelling names it.
    expect(tag?.tag.name).toBe("đề án");
    expect(tag?.articles.slice(0).map((a) => a.slug)).toEqual(["e", "b"]);
    expect(content.withTag("khong-co", now)).toBeNull();
  });

  it("keeps future-dated articles out of sight until their time", () => {
    const before = new Date("2020-09-10T12:00:00+07:00");
    expect(
      content
        .latest(before)
        .slice(0)
        .map((a) => a.slug),
    ).toEqual(["b", "c", "a"]);
    expect(content.article("e", before)).toBeNull();
    expect(content.neighbours("b", before).newer).toBeNull();
    expect(content.withTag("de-an", before)?.articles.length).toBe(1);
    expect(content.latest(new Date("2020-09-11T00:00:00+07:00")).at(0)?.slug).toBe("e");
  });

  it("pages through a list without copying it", () => {
    const list = content.latest(now);
    expect(list.slice(1, 3).map((a) => a.slug)).toEqual(["b", "c"]);
    expect(list.slice(3, 10).map((a) => a.slug)).toEqual(["a"]);
    expect(list.slice(10, 20)).toEqual([]);
    expect(list.at(-1)).toBeUndefined();
  });

  it("shows drafts when asked to (development previews)", () => {
    const preview = index(files, true);
    expect(preview.article("d-nhap", now)?.draft).toBe(true);
    expect(preview.neighbours("d-nhap", now)).toMatchObject({ older: { slug: "b" }, newer: { slug: "e" } });
  });
});
