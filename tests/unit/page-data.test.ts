import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/store";
import { isMissingPage } from "@/lib/missing-pages";
import { articlePage, homePage, listingPage, notFoundPage, searchPage } from "@/lib/page-data";
import { FIXTURE_PUBLIC, SITE_YML, article, makeContent } from "./helpers";

describe("page data", () => {
  const content = buildContentIndex({
    contentDir: makeContent(
      {
        "a.md": article({ date: "2020-09-08", tags: "[Dân vận]" }),
        "b.md": article({ date: "2020-09-10", category: "dan-van", tags: "[Dân vận]" }),
        "c.md": article({ date: "2020-09-12", category: "dan-van", author: "Hoàng Anh" }),
        "hen-gio.md": article({ date: "2030-01-01" }),
      },
      `${SITE_YML}pageSize: 1\n`,
    ),
    publicDir: FIXTURE_PUBLIC,
    includeDrafts: false,
  });
  const now = new Date("2026-01-01T00:00:00Z");

  it("is plain JSON: what the framework keeps is what the page gets (dates as ISO strings)", () => {
    for (const data of [
      homePage(content, now),
      articlePage(content, "b", now),
      listingPage(content, { kind: "category", slug: "dan-van" }, "2", now),
      searchPage(content, "dân vận", undefined, now),
      notFoundPage(content, now),
    ]) {
      expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    }
    const page = articlePage(content, "b", now)!;
    expect(page.article.date).toBe("2020-09-09T17:00:00.000Z");
    expect(page.older?.slug).toBe("a");
    expect(page.newer?.slug).toBe("c");
    expect(page.shell.now).toBe(now.toISOString());
  });

  it("is null for a page that does not exist: unknown or scheduled article, /trang/1, past the last page", () => {
    expect(articlePage(content, "khong-co", now)).toBeNull();
    expect(articlePage(content, "hen-gio", now)).toBeNull();
    expect(articlePage(content, "hen-gio", new Date("2030-01-02T00:00:00Z"))).not.toBeNull();
    const danVan = { kind: "category", slug: "dan-van" } as const;
    expect(listingPage(content, danVan, null, now)?.page).toBe(1);
    expect(listingPage(content, danVan, "2", now)?.totalPages).toBe(2);
    expect(listingPage(content, danVan, "1", now)).toBeNull();
    expect(listingPage(content, danVan, "3", now)).toBeNull();
    expect(listingPage(content, danVan, "2a", now)).toBeNull();
    expect(listingPage(content, { kind: "tag", slug: "khong-co" }, null, now)).toBeNull();
    expect(listingPage(content, { kind: "month", year: "2020", month: "9" }, null, now)).toBeNull();
    expect(listingPage(content, { kind: "month", year: "2020", month: "09" }, null, now)?.items).toHaveLength(
      1,
    );
  });

  it("gives every page its head: one canonical URL, none for the not-found page, search results not indexed", () => {
    expect(articlePage(content, "b", now)!.head.canonical).toBe("http://localhost:3000/bai-viet/b");
    expect(homePage(content, now).head.canonical).toBe("http://localhost:3000");
    expect(notFoundPage(content, now).head.canonical).toBeNull();
    const results = searchPage(content, "x", undefined, now)!.head;
    expect([results.noindex, results.canonical]).toEqual([true, "http://localhost:3000/tim-kiem"]);
    for (const q of [undefined, "", "  "]) {
      const form = searchPage(content, q, undefined, now)!.head;
      expect([form.noindex, form.canonical], String(q)).toEqual([false, "http://localhost:3000/tim-kiem"]);
    }
    expect(articlePage(content, "c", now)!.head.openGraph.article?.authors).toEqual(["Hoàng Anh"]);
  });

  it("has no search page past the last page of results, nor at a page number that is not one", () => {
    const one = searchPage(content, "x", "1", now);
    expect(one?.page).toBe(1);
    expect(one?.totalPages).toBe(1);
    for (const trang of ["2", "99", "0", "abc", "-1", ["1", "2"]])
      expect(searchPage(content, "x", trang, now), String(trang)).toBeNull();
    expect(searchPage(content, undefined, "2", now)).toBeNull();
  });
});

describe("isMissingPage", () => {
  it("sends the framework's own page names to the site's not-found page", () => {
    for (const path of ["/404", "/_error", "/_app", "/404/"]) expect(isMissingPage(path), path).toBe(true);
    // Any other path of slugs would be a page of content/pages/, and there is none here.
    expect(isMissingPage("/khong-co-route-nay")).toBe(true);
    expect(isMissingPage("/icon.svg")).toBe(false);
  });
});
