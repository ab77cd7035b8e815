import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/store";
import { pageExists } from "@/lib/listings";
import { parsePagePath } from "@/lib/route-paths";
import { routes } from "@/lib/routes";
import { article, makeContent, FIXTURE_PUBLIC, SITE_YML } from "./helpers";

describe("parsePagePath", () => {
  it("reads back what the route builders write", () => {
    expect(parsePagePath(routes.article("hoi-nghi"))).toEqual({ kind: "article", slug: "hoi-nghi" });
    expect(parsePagePath(routes.category("dan-van"))).toEqual({
      kind: "category",
      slug: "dan-van",
      page: null,
    });
    expect(parsePagePath(routes.category("dan-van", 3))).toEqual({
      kind: "category",
      slug: "dan-van",
      page: "3",
    });
    expect(parsePagePath(routes.tag("de-an", 2))).toEqual({ kind: "tag", slug: "de-an", page: "2" });
    expect(parsePagePath(routes.month(2020, 9))).toEqual({
      kind: "month",
      year: "2020",
      month: "09",
      page: null,
    });
    expect(parsePagePath(routes.month(2020, 9, 2))).toEqual({
      kind: "month",
      year: "2020",
      month: "09",
      page: "2",
    });
    expect(parsePagePath("/bai-viet/hoi-nghi/")).toEqual({ kind: "article", slug: "hoi-nghi" });
  });

  it("leaves the pages that always exist, and files, alone", () => {
    for (const path of [
      routes.home(),
      routes.archive(),
      routes.search("dân vận"),
      routes.documents(),
      routes.documentsFeed(),
      "/_next/static/chunks/a.js",
      "/images/2020/09/a.jpg",
      "/icon.svg",
      "/Gioi-Thieu",
      "/bai-viet",
      "/luu-tru/2020",
      "/500",
    ]) {
      expect(parsePagePath(path), path).toBeNull();
    }
  });

  it("reads any other path of slugs as a page of content/pages/ that may not exist", () => {
    for (const path of ["/khong-co", "/gioi-thieu", "/gioi-thieu/lich-su/"])
      expect(parsePagePath(path), path).toEqual({ kind: "page", path: path.replace(/\/$/, "") });
    expect(parsePagePath(routes.document("nghi-quyet-15"))).toEqual({
      kind: "document",
      slug: "nghi-quyet-15",
    });
  });
});

describe("pageExists", () => {
  const content = buildContentIndex({
    contentDir: makeContent(
      {
        "a.md": article({ date: "2020-09-08", tags: "[Dân vận]" }),
        "b.md": article({ date: "2020-09-10", category: "dan-van", tags: "[Dân vận]" }),
        "c.md": article({ date: "2020-09-12", category: "dan-van" }),
        "nhap.md": article({ date: "2020-09-09", draft: "true" }),
        "hen-gio.md": article({ date: "2030-01-01" }),
      },
      `${SITE_YML}pageSize: 1\n`,
    ),
    publicDir: FIXTURE_PUBLIC,
    includeDrafts: false,
  });
  const now = new Date("2026-01-01T00:00:00Z");
  const exists = (path: string) => pageExists(content, parsePagePath(path)!, now);

  it("knows published articles, not drafts, scheduled or unknown ones", () => {
    expect(exists("/bai-viet/a")).toBe(true);
    expect(exists("/bai-viet/nhap")).toBe(false);
    expect(exists("/bai-viet/hen-gio")).toBe(false);
    expect(pageExists(content, parsePagePath("/bai-viet/hen-gio")!, new Date("2030-01-02T00:00:00Z"))).toBe(
      true,
    );
    expect(exists("/bai-viet/khong-co")).toBe(false);
  });

  it("knows the listings and their pages, as the pages count them", () => {
    expect(exists("/chuyen-muc/dan-van")).toBe(true);
    expect(exists("/chuyen-muc/dan-van/trang/2")).toBe(true);
    expect(exists("/chuyen-muc/dan-van/trang/3")).toBe(false);
    expect(exists("/chuyen-muc/khong-co")).toBe(false);
    expect(exists("/the/dan-van/trang/2")).toBe(true);
    expect(exists("/the/khong-co")).toBe(false);
    expect(exists("/luu-tru/2020/09/trang/3")).toBe(true);
    expect(exists("/luu-tru/2020/09/trang/4")).toBe(false);
    expect(exists("/luu-tru/2020/10")).toBe(false);
    expect(exists("/luu-tru/2020/9")).toBe(false);
    expect(exists("/luu-tru/2020/13")).toBe(false);
  });

  it("knows a category's feed, a published article's share image, and that one sitemap file has no parts", () => {
    expect(exists("/chuyen-muc/dan-van/rss.xml")).toBe(true);
    expect(exists("/chuyen-muc/khong-co/rss.xml")).toBe(false);
    expect(exists("/anh-chia-se/bai-viet/a")).toBe(true);
    expect(exists("/anh-chia-se/bai-viet/hen-gio")).toBe(false);
    expect(exists("/anh-chia-se/bai-viet/khong-co")).toBe(false);
    for (const part of ["/sitemaps/0.xml", "/sitemaps/1.xml", "/sitemaps/x.xml"])
      expect(exists(part)).toBe(false);
  });

  it("lets page 1 under /trang/1 through to its redirect, and refuses page numbers that are not plain", () => {
    expect(exists("/chuyen-muc/dan-van/trang/1")).toBe(true);
    for (const page of ["0", "01", "abc", "2.0", "-1"]) {
      expect(exists(`/chuyen-muc/dan-van/trang/${page}`), page).toBe(false);
    }
  });
});
