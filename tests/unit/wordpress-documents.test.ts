import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadRedirects, redirectTarget } from "@/lib/redirects";
import { readDocumentTitle } from "@/lib/wordpress/documents";
import { importWordpress } from "@/lib/wordpress/import";
import { reportLines } from "@/lib/wordpress/report";
import { siteWithoutMenu, SITE, wxrExport as wxr, wxrItem as item } from "./helpers";

// `--documents-category`: the posts of one WordPress category become the committee's documents.

const SITE_LISTS = {
  types: [
    { slug: "nghi-quyet", name: "Nghị quyết" },
    { slug: "ke-hoach", name: "Kế hoạch" },
    { slug: "quy-dinh", name: "Quy định" },
  ],
  issuers: [
    { slug: "ban-chap-hanh", name: "Ban Chấp hành Đảng bộ huyện" },
    { slug: "ban-thuong-vu", name: "Ban Thường vụ Huyện ủy" },
  ],
};

describe("a document's title", () => {
  it.each([
    [
      "Nghị quyết số 15-NQ/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy về phát triển kinh tế nông thôn",
      { number: "15-NQ/HU", type: "nghi-quyet", issued: "2025-03-10", issuer: "ban-thuong-vu" },
      "Về phát triển kinh tế nông thôn",
    ],
    [
      "Quy định số 66-QĐi/TW ngày 6 tháng 2 năm 2017 về thể thức văn bản",
      { number: "66-QĐi/TW", type: "quy-dinh", issued: "2017-02-06", issuer: "ban-chap-hanh" },
      "Về thể thức văn bản",
    ],
    [
      "Quyết định số 123/QĐ-UBND ngày 31/02/2024 phê duyệt dự án",
      { number: "123/QĐ-UBND", type: "quyet-dinh", issued: undefined, issuer: "ban-chap-hanh" },
      "Phê duyệt dự án",
    ],
    [
      "Nghị định 30/2020/NĐ-CP về công tác văn thư",
      { number: "30/2020/NĐ-CP", type: "nghi-dinh", issued: undefined, issuer: "ban-chap-hanh" },
      "Về công tác văn thư",
    ],
    [
      "Kế hoạch tổ chức học tập nghị quyết",
      { number: undefined, type: "ke-hoach", issued: undefined, issuer: "ban-chap-hanh" },
      "Kế hoạch tổ chức học tập nghị quyết",
    ],
    [
      "Chỉ thị 08-CT/HU",
      { number: "08-CT/HU", type: "chi-thi", issued: undefined, issuer: "ban-chap-hanh" },
      "Chỉ thị 08-CT/HU",
    ],
  ])("%s", (title, expected, summary) => {
    const reading = readDocumentTitle(title, SITE_LISTS);
    expect({
      number: reading.number,
      type: reading.type?.slug,
      issued: reading.issued,
      issuer: reading.issuer?.slug,
    }).toEqual(expected);
    expect(reading.title).toBe(summary);
  });

  it("names a type the site lacks as one to add, and an issuer it does not name as guessed", () => {
    const reading = readDocumentTitle("Hướng dẫn số 05-HD/BTGHU, ngày 2-4-2024: tuyên truyền", SITE_LISTS);
    expect(reading.type).toEqual({ slug: "huong-dan", name: "Hướng dẫn", added: true });
    expect(reading.issuer?.guessed).toBe(true);
    expect(reading.issued).toBe("2024-04-02");
    expect(readDocumentTitle("Thông báo kết luận", { types: [], issuers: [] }).issuer).toBeUndefined();
  });
});

describe("the documents' category of a WordPress export", () => {
  const DOCS: [string, string][] = [["van-ban", "Văn bản"]];
  const pdf = (name: string) => `${SITE}/wp-content/uploads/2025/03/${name}`;
  const source = wxr([
    `<wp:category><wp:term_id>7</wp:term_id><wp:category_nicename><![CDATA[van-ban]]></wp:category_nicename><wp:cat_name><![CDATA[Văn bản]]></wp:cat_name></wp:category>`,
    // Linked from its body.
    item({
      id: 50,
      type: "post",
      slug: "nghi-quyet-15",
      title: "Nghị quyết số 15-NQ/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy về phát triển nông thôn",
      date: "2025-03-12 02:00:00",
      categories: DOCS,
      body: `<p>Toàn văn: <a href="${pdf("nq-15.pdf")}">tải về</a>.</p>`,
    }),
    // Attached to the post only; no date in its title; a type the site lacks.
    item({
      id: 51,
      type: "post",
      slug: "chuong-trinh-12",
      title: "Chương trình 12-CTr/HU hành động thực hiện nghị quyết",
      date: "2025-01-20 02:00:00",
      categories: DOCS,
    }),
    item({ id: 52, type: "attachment", slug: "hd-05", title: "HD 05", parent: 51, url: pdf("hd-05.docx") }),
    // No number: an article, reported.
    item({
      id: 53,
      type: "post",
      slug: "tai-lieu",
      title: "Tài liệu học tập nghị quyết",
      categories: DOCS,
      body: `<p><a href="${pdf("tai-lieu.pdf")}">Tài liệu</a></p>`,
    }),
    // A number but no file: an article, reported.
    item({
      id: 54,
      type: "post",
      slug: "ket-luan-3",
      title: "Kết luận 03-KL/HU về công tác cán bộ",
      categories: DOCS,
    }),
    // The old menu's item for the category: the document library now.
    `<item><title>Văn bản</title><wp:post_id>60</wp:post_id><wp:status>publish</wp:status>
      <wp:post_type>nav_menu_item</wp:post_type><category domain="nav_menu" nicename="chinh"><![CDATA[Chính]]></category>
      ${Object.entries({
        _menu_item_type: "taxonomy",
        _menu_item_object: "category",
        _menu_item_object_id: 7,
      })
        .map(
          ([k, v]) =>
            `<wp:postmeta><wp:meta_key>${k}</wp:meta_key><wp:meta_value>${v}</wp:meta_value></wp:postmeta>`,
        )
        .join("")}</item>`,
    // Another category: an article, whatever its title.
    item({ id: 55, type: "post", slug: "tin", title: "Nghị quyết 16-NQ/HU được triển khai" }),
  ]);

  function site() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-documents-"));
    const contentDir = path.join(dir, "content");
    const publicDir = path.join(dir, "public");
    const uploadsDir = path.join(dir, "uploads");
    for (const d of [contentDir, publicDir, path.join(uploadsDir, "2025/03")])
      fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(contentDir, "site.yml"), siteWithoutMenu());
    for (const name of ["nq-15.pdf", "hd-05.docx", "tai-lieu.pdf"])
      fs.writeFileSync(path.join(uploadsDir, "2025/03", name), `%PDF-1.4 ${name}`);
    return { dir, contentDir, publicDir, uploadsDir };
  }

  it("become documents with number, type, issuer, date and file; what cannot be read is an article, reported", async () => {
    const { dir, contentDir, publicDir, uploadsDir } = site();
    const options = { source, uploadsDir, contentDir, publicDir, documentsCategory: "van-ban" };
    const report = await importWordpress(options);
    expect(report.documents.map((d) => [d.id, d.file])).toEqual([
      [50, "documents/2025/nghi-quyet-15-nq-hu.md"],
      [51, "documents/2025/chuong-trinh-12-ctr-hu.md"],
    ]);
    expect(report.articles.map((a) => a.id)).toEqual([53, 54, 55]);
    expect(fs.readFileSync(path.join(contentDir, "documents/2025/nghi-quyet-15-nq-hu.md"), "utf8")).toBe(
      [
        "---",
        "title: Về phát triển nông thôn",
        "number: 15-NQ/HU",
        "type: nghi-quyet",
        "issuer: ban-thuong-vu",
        "issued: '2025-03-10'",
        "files:",
        "  - /files/2025/03/nq-15.pdf",
        "---",
        "Toàn văn: [tải về](/files/2025/03/nq-15.pdf).",
        "",
      ].join("\n"),
    );
    const second = fs.readFileSync(path.join(contentDir, "documents/2025/chuong-trinh-12-ctr-hu.md"), "utf8");
    expect(second).toContain(
      "title: Hành động thực hiện nghị quyết\nnumber: 12-CTr/HU\ntype: chuong-trinh\n",
    );
    expect(second).toContain("issued: '2025-01-20'\n");
    expect(second).toContain("  - /files/2025/03/hd-05.docx\n");
    const yml = fs.readFileSync(path.join(contentDir, "site.yml"), "utf8");
    expect(yml).toContain("  - slug: chuong-trinh\n    name: Chương trình\n");
    expect(yml).toContain("menu:\n  - title: Văn bản\n    documents: true\n");
    const byId = new Map(report.problems.map((entry) => [entry.id, entry.problems]));
    expect(byId.get(51)).toEqual([
      { kind: "document-date", issued: "2025-01-20" },
      { kind: "document-issuer", name: "Ban Chấp hành Đảng bộ huyện" },
    ]);
    expect(byId.get(53)).toEqual([{ kind: "document-not-read", missing: ["number", "type"] }]);
    expect(byId.get(54)).toEqual([{ kind: "document-not-read", missing: ["file"] }]);
    expect(byId.has(50)).toBe(false);
    const lines = reportLines(report).join("\n");
    expect(lines).toContain("Văn bản: 2 (2 đăng, 0 bản nháp), trong content/documents/.");
    expect(lines).toContain("Loại văn bản mới trong content/site.yml: chuong-trinh (Chương trình).");
    expect(lines).toContain("NHẬP THÀNH BÀI VIẾT, không thành văn bản: không đọc được tệp văn bản");
    // Old addresses: the posts' to their documents, the category's to the library.
    const redirects = loadRedirects(contentDir);
    expect(redirectTarget(redirects, "/?p=50")).toBe("/van-ban/nghi-quyet-15-nq-hu");
    expect(redirectTarget(redirects, "/nghi-quyet-15/")).toBe("/van-ban/nghi-quyet-15-nq-hu");
    expect(redirectTarget(redirects, "/?p=53")).toBe("/bai-viet/tai-lieu");
    expect(redirectTarget(redirects, "/wp-content/uploads/2025/03/hd-05.docx")).toBe(
      "/files/2025/03/hd-05.docx",
    );
    const check = checkContent({ contentDir, publicDir }, dir);
    expect(check.errors).toEqual([]);
    expect(check.documents).toBe(2);

    // A second run changes nothing.
    const snapshot = () =>
      fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((file) => fs.statSync(path.join(dir, file)).isFile())
        .sort()
        .map((file) => [file, fs.readFileSync(path.join(dir, file), "utf8")]);
    const before = snapshot();
    await importWordpress(options);
    expect(snapshot()).toEqual(before);
  });

  it("without the option, its posts are articles", async () => {
    const { contentDir, publicDir, uploadsDir } = site();
    const report = await importWordpress({ source, uploadsDir, contentDir, publicDir });
    expect(report.documents).toEqual([]);
    expect(report.articles.map((a) => a.id)).toEqual([50, 51, 53, 54, 55]);
  });
});
