import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importedFields } from "@/lib/wordpress/posts";
import { decodeEntities, decodePostName, gmtDate, readWxr, WxrError } from "@/lib/wordpress/wxr";

const EXPORT = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/wordpress/export.xml"), "utf8");

describe("reading a WordPress export (WXR)", () => {
  const wxr = readWxr(EXPORT);
  const post = wxr.items.find((item) => item.id === 123)!;

  it("reads the site, its authors and categories", () => {
    expect(wxr.siteUrl).toBe("https://chodon.example.vn");
    expect(wxr.authors.get("bantuyengiao")).toBe("Ban Tuyên giáo Huyện ủy");
    expect(wxr.categories).toEqual([
      { id: 3, slug: "dan-van", name: "Dân vận", parent: "" },
      { id: 4, slug: "tin-tuc-su-kien", name: "Tin tức & Sự kiện", parent: "" },
    ]);
    expect(wxr.items.map((item) => [item.id, item.type, item.status])).toEqual([
      [123, "post", "publish"],
      [124, "post", "draft"],
      [456, "attachment", "inherit"],
      [130, "post", "publish"],
      [140, "post", "publish"],
      [2, "page", "publish"],
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

  it("says clearly when a file is not an export, or not XML", () => {
    expect(() => readWxr("<rss><channel><title>x</title></channel></rss>")).toThrow(WxrError);
    expect(() => readWxr("<rss><channel><title>x</title></channel></rss>")).toThrow(/Công cụ → Xuất/);
    expect(() => readWxr("<rss><channel>")).toThrow(/XML lỗi/);
    expect(() => readWxr("không phải XML")).toThrow(WxrError);
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
  const wxr = readWxr(EXPORT);
  const { articles, skipped } = importedFields(wxr);

  it("makes posts articles and skips the rest, counted by type", () => {
    expect(articles.map((a) => a.id)).toEqual([123, 124, 130, 140]);
    expect(skipped).toEqual([
      { id: 456, type: "attachment", reason: "type" },
      { id: 2, type: "page", reason: "type" },
    ]);
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

  it("takes the first category without a primary one; a draft keeps its local date and comes as a draft", () => {
    const withoutYoast = readWxr(
      EXPORT.replace("<![CDATA[_yoast_wpseo_primary_category]]>", "<![CDATA[x]]>"),
    );
    expect(importedFields(withoutYoast).articles[0]!.category?.slug).toBe("tin-tuc-su-kien");
    const draft = articles[1]!;
    expect(draft).toMatchObject({ slug: "bai-nhap-chua-dang", draft: true, category: null });
    expect(draft.date.toISOString()).toBe("2020-10-01T02:00:00.000Z");
    expect(draft.updated).toBeUndefined();
  });

  it("keeps slugs unique, against the site's existing articles too", () => {
    const again = importedFields(readWxr(EXPORT), new Set(["hoi-nghi-tong-ket"]));
    expect(again.articles[0]!.slug).toBe("hoi-nghi-tong-ket-2");
  });
});
