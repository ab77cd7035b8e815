import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importedFields } from "@/lib/wordpress/posts";
import {
  decodeEntities,
  decodePostName,
  gmtDate,
  readWxr,
  scanWxr,
  WxrError,
  wxrFile,
} from "@/lib/wordpress/wxr";

const FILE = path.resolve(import.meta.dirname, "../fixtures/wordpress/export.xml");
const EXPORT = fs.readFileSync(FILE, "utf8");
const WXR = await readWxr(EXPORT);

describe("reading a WordPress export (WXR)", () => {
  const wxr = WXR;
  const post = wxr.items.find((item) => item.id === 123)!;

  it("reads the site, its authors and categories", () => {
    expect(wxr.siteUrl).toBe("https://chodon.example.vn");
    expect(wxr.authors.get("bantuyengiao")).toBe("Ban Tuyên giáo Huyện ủy");
    expect(wxr.categories).toEqual([
      { id: 3, slug: "dan-van", name: "Dân vận", parent: "" },
      { id: 4, slug: "tin-tuc-su-kien", name: "Tin tức & Sự kiện", parent: "" },
      { id: 5, slug: "van-ban-huyen-uy", name: "Văn bản Huyện ủy", parent: "" },
    ]);
    expect(wxr.items.map((item) => [item.id, item.type, item.status])).toEqual([
      [123, "post", "publish"],
      [124, "post", "draft"],
      [456, "attachment", "inherit"],
      [130, "post", "publish"],
      [140, "post", "publish"],
      [2, "page", "publish"],
      [150, "post", "publish"],
      [457, "attachment", "inherit"],
      [458, "attachment", "inherit"],
      [160, "post", "future"],
      [170, "post", "pending"],
      [171, "post", "private"],
      [180, "post", "trash"],
      [190, "post", "publish"],
      [300, "nav_menu_item", "publish"],
      [20, "page", "publish"],
      [21, "page", "publish"],
      [174, "post", "publish"],
      [175, "post", "publish"],
      [176, "post", "publish"],
      [177, "post", "publish"],
      [301, "nav_menu_item", "publish"],
      [302, "nav_menu_item", "publish"],
      [303, "nav_menu_item", "publish"],
    ]);
  });

  it("decodes a post's title (double-encoded entities too), name, excerpt and dates", () => {
    expect(post.title).toBe("Hội nghị tổng kết 03 năm thực hiện Đề án số 06 – phong trào “Dân vận khéo”");
    expect(post.name).toBe("hội-nghị-tổng-kết");
    expect(post.excerpt).toBe("Tổng kết 03 năm phong trào “Dân vận khéo”.");
    expect(post.date?.toISOString()).toBe("2020-09-10T01:00:00.000Z");
    expect(post.modified?.toISOString()).toBe("2020-09-11T02:30:00.000Z");
    expect(post.creator).toBe("bantuyengiao");
    expect(post.link).toBe("https://chodon.example.vn/2020/09/10/hoi-nghi-tong-ket/");
  });

  it("keeps the body as stored, and the post's terms and meta", () => {
    expect(post.content).toContain('[caption id="attachment_456"');
    expect(post.content).toContain("\n\n");
    expect(post.terms).toEqual([
      { domain: "category", slug: "tin-tuc-su-kien", name: "Tin tức & Sự kiện" },
      { domain: "category", slug: "dan-van", name: "Dân vận" },
      { domain: "post_tag", slug: "dan-van-kheo", name: "Dân vận khéo" },
    ]);
    expect(post.meta.get("_thumbnail_id")).toBe("456");
    expect(post.meta.get("_yoast_wpseo_primary_category")).toBe("3");
  });

  it("gives a draft no dates but its local one, and an attachment its file and alt text", () => {
    const draft = wxr.items.find((item) => item.id === 124)!;
    expect([draft.date, draft.modified, draft.name, draft.localDate]).toEqual([
      null,
      null,
      "",
      "2020-10-01 09:00:00",
    ]);
    const photo = wxr.items.find((item) => item.id === 456)!;
    expect(photo.attachmentUrl).toBe("https://chodon.example.vn/wp-content/uploads/2020/09/toan-canh.jpg");
    expect(photo.parent).toBe(123);
    expect(photo.meta.get("_wp_attachment_image_alt")).toBe("Toàn cảnh Hội nghị tổng kết");
  });

  it("reads a file in small chunks as it reads the whole text", async () => {
    const chunked = await readWxr(function* () {
      for (let at = 0; at < EXPORT.length; at += 7) yield EXPORT.slice(at, at + 7);
    });
    expect(chunked).toEqual(wxr);
    expect(await readWxr(wxrFile(FILE))).toEqual(wxr);
  });

  it("hands each item over as it is read, before the end of the file", async () => {
    const seen: number[] = [];
    const broken = EXPORT.replace("</channel>", "<unclosed></channel>");
    await expect(scanWxr(broken, (item) => seen.push(item.id))).rejects.toThrow(/XML lỗi/);
    expect(seen).toEqual(WXR.items.map((item) => item.id));
  });

  it("says clearly when a file is not an export, or not XML", async () => {
    await expect(readWxr("<rss><channel><title>x</title></channel></rss>")).rejects.toThrow(WxrError);
    await expect(readWxr("<rss><channel><title>x</title></channel></rss>")).rejects.toThrow(/Công cụ → Xuất/);
    await expect(readWxr("<rss><channel>")).rejects.toThrow(/XML lỗi/);
    await expect(readWxr("không phải XML")).rejects.toThrow(WxrError);
    await expect(readWxr("")).rejects.toThrow(/XML lỗi/);
    // An RSS feed with items is not an export: refused at its first item, before anything is handed over.
    const seen: unknown[] = [];
    const feed = "<rss><channel><title>x</title><item><title>Tin</title></item></channel></rss>";
    await expect(scanWxr(feed, (item) => seen.push(item))).rejects.toThrow(/Công cụ → Xuất/);
    expect(seen).toEqual([]);
    // Another XML document is refused at its first tag.
    await expect(readWxr("<html><body/></html>")).rejects.toThrow(/không phải tệp xuất/);
  });
});

describe("the decoding helpers", () => {
  it("decode entities until nothing changes, and give NFC", () => {
    expect(decodeEntities("A &amp;amp;#8211; B")).toBe("A – B");
    expect(decodeEntities("Ho\u0300a")).toBe("Hòa");
    expect(decodeEntities("5 &lt; 6")).toBe("5 < 6");
  });

  it("read WordPress GMT dates, and its zero date as none", () => {
    expect(gmtDate("2020-09-10 01:00:00")?.toISOString()).toBe("2020-09-10T01:00:00.000Z");
    expect(gmtDate("0000-00-00 00:00:00")).toBeNull();
    expect(gmtDate("")).toBeNull();
    expect(gmtDate("10/09/2020")).toBeNull();
  });

  it("percent-decode post names, leaving a broken one as written", () => {
    expect(decodePostName("d%c3%a2n-v%e1%ba%adn")).toBe("dân-vận");
    expect(decodePostName("50%-kh%")).toBe("50%-kh%");
  });
});

describe("what each item of the export becomes", () => {
  const wxr = WXR;
  const { articles, skipped } = importedFields(wxr);

  it("makes posts articles and skips the rest, counted by type", () => {
    expect(articles.map((a) => a.id)).toEqual([123, 124, 130, 140, 150, 160, 170, 171, 174, 175, 176, 177]);
    expect(skipped).toEqual([
      { id: 456, type: "attachment", reason: "type" },
      { id: 457, type: "attachment", reason: "type" },
      { id: 458, type: "attachment", reason: "type" },
      { id: 180, type: "post", reason: "trash" },
      { id: 190, type: "post", reason: "no-date" },
      { id: 300, type: "nav_menu_item", reason: "type" },
      { id: 301, type: "nav_menu_item", reason: "type" },
      { id: 302, type: "nav_menu_item", reason: "type" },
      { id: 303, type: "nav_menu_item", reason: "type" },
    ]);
  });

  it("makes pending and private posts drafts; a scheduled post keeps its date and is not one", () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect([170, 171].map((id) => byId.get(id)!.draft)).toEqual([true, true]);
    const scheduled = byId.get(160)!;
    expect(scheduled.draft).toBe(false);
    expect(scheduled.date.toISOString()).toBe("2027-01-10T00:00:00.000Z");
    // Edited before its publication date: no `updated` earlier than the date.
    expect(scheduled.updated).toBeUndefined();
    expect(byId.get(150)!.slug).toBe("anh-le-hoi-long-tong");
  });

  it("takes Yoast's primary category, makes the others tags, and keeps author, summary and cover", () => {
    const [post] = articles;
    expect(post).toMatchObject({
      slug: "hoi-nghi-tong-ket",
      category: { slug: "dan-van", name: "Dân vận" },
      tags: ["Dân vận khéo", "Tin tức & Sự kiện"],
      author: "Ban Tuyên giáo Huyện ủy",
      summary: "Tổng kết 03 năm phong trào “Dân vận khéo”.",
      draft: false,
    });
    expect(post!.date.toISOString()).toBe("2020-09-10T01:00:00.000Z");
    expect(post!.updated?.toISOString()).toBe("2020-09-11T02:30:00.000Z");
    expect(post!.cover?.attachmentUrl).toMatch(/toan-canh\.jpg$/);
  });

  it("takes the first category without a primary one; a draft keeps its local date and comes as a draft", async () => {
    const withoutYoast = await readWxr(
      EXPORT.replace("<![CDATA[_yoast_wpseo_primary_category]]>", "<![CDATA[x]]>"),
    );
    expect(importedFields(withoutYoast).articles[0]!.category?.slug).toBe("tin-tuc-su-kien");
    const draft = articles[1]!;
    expect(draft).toMatchObject({ slug: "bai-nhap-chua-dang", draft: true, category: null });
    expect(draft.date.toISOString()).toBe("2020-10-01T02:00:00.000Z");
    expect(draft.updated).toBeUndefined();
  });

  it("keeps slugs unique, against the site's existing articles too", () => {
    const again = importedFields(WXR, new Set(["hoi-nghi-tong-ket"]));
    expect(again.articles[0]!.slug).toBe("hoi-nghi-tong-ket-2");
  });
});
