import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/store";
import { absoluteHtml, renderFeed } from "@/lib/seo/feed";
import { breadcrumbJsonLd, homeJsonLd, newsArticleJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import {
  newsArticles,
  renderNewsSitemap,
  renderSitemap,
  renderSitemapIndex,
  sitemapParts,
  sitemapUrls,
} from "@/lib/seo/sitemap";
import { article, makeContent, FIXTURE_PUBLIC } from "./helpers";

const SITE = "https://tin.example.vn";
const abs = (p: string) => new URL(p, `${SITE}/`).toString();
const XSD = path.resolve(import.meta.dirname, "../fixtures/sitemap-0.9.xsd");

const content = buildContentIndex({
  contentDir: makeContent({
    "a.md": article(
      {
        title: "Hội nghị “Dân vận khéo”",
        date: "2026-01-10 08:00",
        category: "dan-van",
        tags: "[Dân vận khéo]",
        author: "Ban Tuyên giáo",
        updated: "2026-01-11",
      },
      '![Toàn cảnh](/images/photo.png "Chú thích")\n\nNội dung [liên kết](/bai-viet/b).\n',
    ),
    "b.md": article({ title: "Tin thứ hai", date: "2026-01-09", tags: "[Dân vận khéo, Đường giao thông]" }),
    "nhap.md": article({ title: "Bản nháp bí mật", date: "2026-01-09", draft: "true" }),
    "hen-gio.md": article({ title: "Bài hẹn giờ bí mật", date: "2030-01-01" }),
    "xss.md": article({ title: '"Tiêu đề </script><script>alert(1)</script>"' }),
  }),
  publicDir: FIXTURE_PUBLIC,
  includeDrafts: false,
});
const now = new Date("2026-01-11T12:00:00+07:00");

function xmllint(xml: string, schema?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xml-")), "doc.xml");
  fs.writeFileSync(file, xml);
  return execFileSync("xmllint", ["--noout", "--nonet", ...(schema ? ["--schema", schema] : []), file], {
    encoding: "utf8",
    stdio: "pipe",
  });
}

describe("JSON-LD", () => {
  const a = content.article("a", now)!;
  const data = newsArticleJsonLd(a, abs("/images/photo.png"), { site: content.site, logo: null, abs });

  it("describes a NewsArticle with every field search engines read", () => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Hội nghị “Dân vận khéo”",
      description: "Nội dung liên kết.",
      image: ["https://tin.example.vn/images/photo.png"],
      datePublished: "2026-01-10T08:00:00+07:00",
      dateModified: "2026-01-11T00:00:00+07:00",
      author: { "@type": "Person", name: "Ban Tuyên giáo" },
      publisher: {
        "@type": "Organization",
        name: "Cơ quan thử",
        url: "https://tin.example.vn/",
        logo: { "@type": "ImageObject", url: "https://tin.example.vn/anh-chia-se", width: 1200, height: 630 },
      },
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://tin.example.vn/bai-viet/a" },
      url: "https://tin.example.vn/bai-viet/a",
      articleSection: "Dân vận",
      keywords: "Dân vận khéo",
      inLanguage: "vi",
    });
  });

  it("cannot be broken out of by </script> in a title", () => {
    const hostile = content.article("xss", now)!;
    const json = serializeJsonLd(
      newsArticleJsonLd(hostile, abs("/x.png"), { site: content.site, logo: null, abs }),
    );
    expect(json).not.toMatch(/<\/script|<script|<!--/i);
    expect(JSON.parse(json).headline).toBe("Tiêu đề </script><script>alert(1)</script>");
  });

  it("gives breadcrumbs and the home page's WebSite with a search action", () => {
    const crumbs = breadcrumbJsonLd([{ name: "Dân vận", path: "/chuyen-muc/dan-van" }], abs);
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://tin.example.vn/" },
      {
        "@type": "ListItem",
        position: 2,
        name: "Dân vận",
        item: "https://tin.example.vn/chuyen-muc/dan-van",
      },
    ]);
    const [website, org] = homeJsonLd({ site: content.site, logo: null, abs });
    expect(website).toMatchObject({
      "@type": "WebSite",
      potentialAction: { target: { urlTemplate: "https://tin.example.vn/tim-kiem?q={search_term_string}" } },
    });
    expect(org).toMatchObject({ "@type": "Organization", name: "Cơ quan thử" });
  });
});

describe("sitemaps", () => {
  const urls = sitemapUrls(content, now);
  const paths = urls.map((u) => u.path);

  it("list every published article, category, tag and archive page with lastmod", () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        "/",
        "/bai-viet/a",
        "/bai-viet/b",
        "/chuyen-muc/dan-van",
        "/chuyen-muc/tin-tuc",
        "/the/dan-van-kheo",
        "/the/duong-giao-thong",
        "/luu-tru",
        "/luu-tru/2026/01",
      ]),
    );
    expect(urls.find((u) => u.path === "/bai-viet/a")?.lastmod.toISOString()).toBe(
      "2026-01-10T17:00:00.000Z",
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("never list drafts or articles dated in the future", () => {
    expect(paths.some((p) => p.includes("nhap") || p.includes("hen-gio"))).toBe(false);
    const xml = renderSitemap(urls, SITE) + renderNewsSitemap(content, SITE, now);
    expect(xml).not.toMatch(/bí mật/);
  });

  it("validate against the sitemaps.org 0.9 schema", () => {
    expect(() => xmllint(renderSitemap(urls, SITE), XSD)).not.toThrow();
    // The check can fail: a sitemap without <loc> does not validate.
    expect(() => xmllint(renderSitemap(urls, SITE).replace(/<loc>[^<]*<\/loc>/, ""), XSD)).toThrow();
  });

  it("split into parts with an index past the limit", () => {
    const parts = sitemapParts(urls, 3);
    expect(parts.length).toBe(Math.ceil(urls.length / 3));
    expect(parts.flat()).toEqual(urls);
    const index = renderSitemapIndex(
      parts.map((_, i) => abs(`/sitemaps/${i}.xml`)),
      now,
    );
    expect(() => xmllint(index)).not.toThrow();
    expect(index).toContain("<sitemapindex");
    expect(index.match(/<sitemap>/g)).toHaveLength(parts.length);
    expect(sitemapParts(urls)).toHaveLength(1);
  });

  it("Google News: articles of the last two days with publication, date and title", () => {
    expect(newsArticles(content, new Date("2026-01-10T12:00:00+07:00")).map((a) => a.slug)).toEqual([
      "a",
      "b",
    ]);
    // Two and a half days after b, a day and a half after a.
    expect(newsArticles(content, now).map((a) => a.slug)).toEqual(["a"]);
    expect(newsArticles(content, new Date("2026-01-13T12:00:00+07:00"))).toEqual([]);
    const xml = renderNewsSitemap(content, SITE, now);
    expect(() => xmllint(xml)).not.toThrow();
    expect(xml).toContain(
      "<news:publication><news:name>Trang thử</news:name><news:language>vi</news:language></news:publication>",
    );
    expect(xml).toContain("<news:publication_date>2026-01-10T08:00:00+07:00</news:publication_date>");
    expect(xml).toContain("<news:title>Hội nghị “Dân vận khéo”</news:title>");
  });
});

describe("RSS feeds", () => {
  const parser = new Parser();

  it("carry Vietnamese titles intact, dates and full content with absolute URLs", async () => {
    const feed = await parser.parseString(renderFeed(content, SITE, { now })!);
    expect(feed.title).toBe("Trang thử");
    expect(feed.items.map((i) => i.title)).toEqual([
      "Hội nghị “Dân vận khéo”",
      "Tin thứ hai",
      "Tiêu đề </script><script>alert(1)</script>",
    ]);
    const first = feed.items[0]!;
    expect(first.link).toBe("https://tin.example.vn/bai-viet/a");
    expect(new Date(first.pubDate!).toISOString()).toBe("2026-01-10T01:00:00.000Z");
    expect(first["content:encoded"]).toContain('src="https://tin.example.vn/images/photo.png"');
    expect(first["content:encoded"]).toContain('href="https://tin.example.vn/bai-viet/b"');
    expect(first.contentSnippet ?? first.content).toContain("Nội dung liên kết.");
  });

  it("one per category; never drafts or scheduled articles", async () => {
    const category = content.category("dan-van")!;
    const feed = await parser.parseString(renderFeed(content, SITE, { category, now })!);
    expect(feed.items.map((i) => i.title)).toEqual(["Hội nghị “Dân vận khéo”"]);
    const all = renderFeed(content, SITE, { now })!;
    expect(all).not.toMatch(/bí mật/);
  });

  it("make relative URLs absolute without touching others", () => {
    expect(
      absoluteHtml('<a href="/x">a</a><a href="https://b.vn/y">b</a><img src="/i.png" alt="">', SITE),
    ).toBe(
      '<a href="https://tin.example.vn/x">a</a><a href="https://b.vn/y">b</a><img src="https://tin.example.vn/i.png" alt="">',
    );
  });
});
