import type { SearchHit } from "@/lib/search/search-index";
import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/store";
import { MAX_QUERY_LENGTH, parseQuery } from "@/lib/search/query";
import { snippet } from "@/lib/search/snippet";
import { canonicalTone, exactTerm, foldedTerm } from "@/lib/search/vietnamese";
import { article, makeContent, FIXTURE_PUBLIC } from "./helpers";

/** An article hit's slug, a document's, a page's address. */
const slugOf = (hit: SearchHit) =>
  hit.entry.kind === "article"
    ? hit.entry.article.slug
    : hit.entry.kind === "document"
      ? hit.entry.document.slug
      : hit.entry.page.path;

describe("Vietnamese term processing", () => {
  it("folds diacritics and đ/Đ", () => {
    expect(foldedTerm("Dân")).toBe("dan");
    expect(foldedTerm("Đề")).toBe("de");
    expect(foldedTerm("đường")).toBe("duong");
  });

  it.each([
    ["hoá", "hóa"],
    ["khoẻ", "khỏe"],
    ["thuỷ", "thủy"],
    ["khoé", "khóe"],
    ["Hoà", "hòa"],
  ])("treats old and new tone placement as equal: %s = %s", (a, b) => {
    expect(exactTerm(a)).toBe(exactTerm(b));
    expect(exactTerm(a)).not.toBe(foldedTerm(a));
  });

  it("keeps placements that do not vary", () => {
    expect(canonicalTone("toán")).toBe("toán");
    expect(canonicalTone("quý")).toBe("quý");
    expect(canonicalTone("khuyến")).toBe("khuyến");
  });

  it("treats a query typed in NFD like the same query in NFC", () => {
    const nfc = parseQuery("Dân vận khéo");
    const nfd = parseQuery("Dân vận khéo".normalize("NFD"));
    expect(nfd).toEqual(nfc);
  });
});

describe("parseQuery", () => {
  it("trims, and accepts any characters", () => {
    expect(parseQuery("   <script>alert(1)</script>  ").text).toBe("<script>alert(1)</script>");
    expect(parseQuery("((( *** ??? [a-z]+ $^ ").words.map((w) => w.folded)).toEqual(["a", "z"]);
    expect(parseQuery(undefined).words).toEqual([]);
    expect(parseQuery(["dân", "x"]).text).toBe("dân");
  });

  it("cuts a long query and says so", () => {
    const q = parseQuery("dân vận ".repeat(1000));
    expect(q.truncated).toBe(true);
    expect([...q.text].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.words.length).toBe(2);
    expect(parseQuery("dân vận").truncated).toBe(false);
  });
});

/** The search of a content folder holding these articles. */
function searchOf(files: Record<string, string>) {
  return buildContentIndex({
    contentDir: makeContent(files),
    publicDir: FIXTURE_PUBLIC,
    includeDrafts: false,
  }).search();
}

describe("search", () => {
  const content = buildContentIndex({
    contentDir: makeContent({
      "seed.md": article(
        {
          title: "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”",
          date: "2020-09-10",
          category: "dan-van",
          tags: "[Đề án 06]",
        },
        "Thời gian qua, huyện đã triển khai phong trào Dân vận khéo.\n",
      ),
      "duong.md": article(
        { title: "Làm đường giao thông nông thôn", date: "2020-01-01" },
        "Nhân dân góp công làm đường.\n",
      ),
      "duong2.md": article(
        { title: "Tấm gương Dương Văn A", date: "2021-01-01" },
        "Ông Dương Văn A là đảng viên.\n",
      ),
      "hoa.md": article(
        { title: "Chuyển đổi số và văn hoá cơ sở", date: "2020-05-01" },
        "Văn hóa là nền tảng; sức khoẻ cộng đồng.\n",
      ),
      "nhap.md": article(
        { title: "Bản nháp về dân vận", date: "2020-05-01", draft: "true" },
        "Nội dung nháp.\n",
      ),
      "tuong-lai.md": article(
        { title: "Bài hẹn giờ về dân vận", date: "2030-01-01" },
        "Chưa đến giờ đăng.\n",
      ),
    }),
    publicDir: FIXTURE_PUBLIC,
    includeDrafts: false,
  });
  const now = new Date("2026-01-01T00:00:00Z");
  const find = (q: string) => content.search().search(parseQuery(q), { now, limit: 50 });
  const slugs = (q: string) => find(q).hits.map((h) => slugOf(h));

  it("finds the seed article typed without diacritics", () => {
    expect(slugs("dan van kheo")).toEqual(["seed"]);
    expect(slugs("de an 06")).toEqual(["seed"]);
    expect(slugs("Đề án số 06")).toEqual(["seed"]);
  });

  it("finds old and new tone placements alike", () => {
    expect(slugs("văn hóa")).toEqual(["hoa"]);
    expect(slugs("văn hoá")).toEqual(["hoa"]);
    expect(slugs("khỏe")).toEqual(["hoa"]);
    expect(slugs("DÂN VẬN KHÉO".normalize("NFD"))).toEqual(["seed"]);
  });

  it("ranks exact diacritics above folded-only matches", () => {
    expect(slugs("đường")).toEqual(["duong", "duong2"]);
    expect(slugs("dương")).toEqual(["duong2", "duong"]);
    const plain = find("duong").hits;
    expect(plain.map((h) => h.exact)).toEqual([true, true]);
  });

  it("ranks exact diacritics found only in the body above folded-only matches", () => {
    const bodyOnly = searchOf({
      "a.md": article({ title: "Tin thứ nhất", date: "2024-01-01" }, "Ông Dương Văn A phát biểu.\n"),
      "b.md": article({ title: "Tin thứ hai", date: "2020-01-01" }, "Bà con làm đường mới.\n"),
      "c.md": article({ title: "Tin thứ ba", date: "2020-01-01" }, "Văn hoá cơ sở.\n"),
    });
    const order = (q: string) => bodyOnly.search(parseQuery(q), { now }).hits.map((h) => slugOf(h));
    // The newer article would win on recency alone.
    expect(order("đường")).toEqual(["b", "a"]);
    expect(order("dương")).toEqual(["a", "b"]);
    expect(bodyOnly.search(parseQuery("văn hóa"), { now }).hits[0]?.exact).toBe(true);
  });

  it("finds only articles that have every word", () => {
    expect(slugs("đường nhân dân")).toEqual(["duong"]);
    expect(slugs("đường khuyến học")).toEqual([]);
  });

  it("ranks a word in the title above the same word in the body, and newer above older when equal", () => {
    const ranked = searchOf({
      "body.md": article({ title: "Tin nông nghiệp", date: "2025-01-01" }, "Bà con trồng quế trên đồi.\n"),
      "title.md": article({ title: "Trồng quế", date: "2020-01-01" }, "Bà con trồng cây trên đồi.\n"),
      "old.md": article({ title: "Tin cũ", date: "2019-01-01" }, "Trồng cây trên đồi.\n"),
      "new.md": article({ title: "Tin mới", date: "2019-06-01" }, "Trồng cây trên đồi.\n"),
    });
    const order = (q: string) => ranked.search(parseQuery(q), { now }).hits.map((h) => slugOf(h));
    expect(order("quế")).toEqual(["title", "body"]);
    const equal = order("trên đồi");
    expect(equal.indexOf("new")).toBeGreaterThanOrEqual(0);
    expect(equal.indexOf("new")).toBeLessThan(equal.indexOf("old"));
  });

  it("matches a half-typed last word", () => {
    expect(slugs("phong tr")).toEqual(["seed"]);
    expect(slugs("chuyen do")).toEqual(["hoa"]);
  });

  it("never finds drafts or articles scheduled for later", () => {
    expect(slugs("ban nhap")).toEqual([]);
    expect(slugs("hen gio")).toEqual([]);
    expect(
      content.search().search(parseQuery("hen gio"), { now: new Date("2030-01-02T00:00:00Z") }).total,
    ).toBe(1);
  });

  it("answers long and hostile queries without error", () => {
    for (const q of [
      "a".repeat(5000),
      "<script>alert(1)</script>",
      "(a+)+$",
      "\u0000\u202e\uFFFF",
      "' OR 1=1 --",
      "%%%",
      "",
    ]) {
      expect(() => find(q), q).not.toThrow();
    }
    expect(find("").total).toBe(0);
  });

  it("pages through results", () => {
    const all = find("van").hits.map((h) => slugOf(h));
    const page2 = content.search().search(parseQuery("van"), { now, offset: 1, limit: 1 });
    expect(page2.total).toBe(all.length);
    expect(page2.hits.map((h) => slugOf(h))).toEqual([all[1]]);
  });

  it("answers a repeated query from memory within its minute, and works it out again the next minute", () => {
    const index = content.search();
    const first = index.search(parseQuery("dân vận"), { now });
    expect(index.search(parseQuery("dân  vận "), { now })).toBe(first);
    expect(index.search(parseQuery("dân vận"), { now, offset: 1 })).not.toBe(first);
    const later = index.search(parseQuery("dân vận"), { now: new Date(now.getTime() + 60_000) });
    expect(later).not.toBe(first);
    expect(later.hits.map((h) => slugOf(h))).toEqual(first.hits.map((h) => slugOf(h)));
  });
});

describe("snippet", () => {
  it("cuts around the first match and marks matched words, folded or not", () => {
    const text = `${"Mở đầu dài dòng. ".repeat(20)}Nhân dân làm đường giao thông. Đường mới rất đẹp.`;
    const parts = snippet(text, ["duong"], null, 120);
    expect(parts[0]).toEqual({ text: "…", match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["đường", "Đường"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThanOrEqual(125);
  });

  it("marks a prefix match", () => {
    const parts = snippet("Phong trào thi đua", ["phong", "tr"], "tr");
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Phong", "trào"]);
  });
});
