import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { siteWithoutMenu } from "./helpers";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { importWordpress, type ImportReport } from "@/lib/wordpress/import";
import { safeUpload } from "@/lib/wordpress/photos";
import { reportLines } from "@/lib/wordpress/report";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PHOTO = fs.readFileSync(path.join(ROOT, "tests/fixtures/wordpress/uploads/2020/09/toan-canh.jpg"));
const SITE = "https://chodon.example.vn";

/** One published post whose body shows the photo at `src`. */
function post(id: number, slug: string, src: string): string {
  return `<item>
    <title>Bài ${id}</title>
    <link>${SITE}/2020/09/10/${slug}/</link>
    <dc:creator><![CDATA[admin]]></dc:creator>
    <content:encoded><![CDATA[<p>Nội dung bài ${id}.</p><p><img src="${src}" alt="Ảnh ${id}" /></p>]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date><![CDATA[2020-09-10 08:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2020-09-10 01:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${slug}]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="dan-van"><![CDATA[Dân vận]]></category>
  </item>`;
}

const UPLOADS = `${SITE}/wp-content/uploads`;
const HOSTILE: [string, string][] = [
  ["leo-ra-ngoai", `${UPLOADS}/..%2F..%2Fbi-mat.jpg`],
  ["leo-ra-ngoai-ma-hoa-cham", `${UPLOADS}/%2e%2e/%2e%2e/bi-mat.jpg`],
  ["dau-gach-nguoc", `${UPLOADS}/2020/09/..%5C..%5C..%5Cbi-mat.jpg`],
  ["duong-dan-tuyet-doi", `${UPLOADS}/%2Fetc%2Fpasswd`],
  ["lien-ket-tep", `${UPLOADS}/2020/09/lien-ket.jpg`],
  ["lien-ket-thu-muc", `${UPLOADS}/2020/ra-ngoai/bi-mat.jpg`],
];

const EXPORT = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Huyện ủy</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${SITE}/</wp:base_site_url>
  ${post(1, "anh-that", `${UPLOADS}/2020/09/that.jpg`)}
  ${HOSTILE.map(([slug, src], i) => post(10 + i, slug, src)).join("\n")}
</channel>
</rss>`;

describe("an export naming files outside its uploads folder", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-hostile-"));
  const uploadsDir = path.join(dir, "wordpress/uploads");
  const contentDir = path.join(dir, "site/content");
  const publicDir = path.join(dir, "site/public");
  let report: ImportReport;

  beforeAll(async () => {
    // Beside the uploads folder, a file no import may read; inside it, a real photo and two links out.
    fs.mkdirSync(path.join(uploadsDir, "2020/09"), { recursive: true });
    fs.mkdirSync(path.join(dir, "ngoai"), { recursive: true });
    fs.mkdirSync(contentDir, { recursive: true });
    fs.mkdirSync(publicDir, { recursive: true });
    fs.writeFileSync(path.join(dir, "wordpress/bi-mat.jpg"), "mật khẩu");
    fs.writeFileSync(path.join(dir, "ngoai/bi-mat.jpg"), "mật khẩu");
    fs.writeFileSync(path.join(uploadsDir, "2020/09/that.jpg"), PHOTO);
    fs.symlinkSync(path.join(dir, "wordpress/bi-mat.jpg"), path.join(uploadsDir, "2020/09/lien-ket.jpg"));
    fs.symlinkSync(path.join(dir, "ngoai"), path.join(uploadsDir, "2020/ra-ngoai"));
    fs.writeFileSync(path.join(contentDir, "site.yml"), siteWithoutMenu());
    report = await importWordpress({ source: EXPORT, uploadsDir, contentDir, publicDir });
  });

  it("copies the photo inside it, and nothing else into public/", () => {
    expect(report.photos).toBe(1);
    const files = fs.readdirSync(publicDir, { recursive: true, encoding: "utf8" });
    expect(files.sort()).toEqual(
      ["images", "images/2020", "images/2020/09", "images/2020/09/that.jpg"].sort(),
    );
    expect(fs.readdirSync(dir).sort()).toEqual(["ngoai", "site", "wordpress"]);
  });

  it("still imports every post, and reports each refused photo with what to do", () => {
    expect(report.articles).toHaveLength(1 + HOSTILE.length);
    const refused = report.problems.flatMap((entry) => entry.problems);
    expect(refused.map((problem) => [problem.kind, "url" in problem ? problem.url : ""])).toEqual(
      HOSTILE.map(([, src]) => ["unsafe-photo", src]),
    );
    expect(refused.map((problem) => ("why" in problem ? problem.why : null))).toEqual([
      "outside",
      "outside",
      "outside",
      "outside",
      "symlink",
      "symlink",
    ]);
    const text = reportLines(report, { dryRun: false }).join("\n");
    expect(text).toContain("ra ngoài thư mục uploads");
    expect(text).toContain("liên kết tượng trưng");
    expect(text).toContain("Cách xử lý");
  });
});

describe("safeUpload", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
  fs.mkdirSync(path.join(dir, "2020"));
  fs.writeFileSync(path.join(dir, "2020/a.jpg"), PHOTO);

  it("gives a regular file inside the folder, and refuses names that leave it", () => {
    expect(safeUpload(dir, "2020/a.jpg")).toEqual({ file: path.join(fs.realpathSync(dir), "2020/a.jpg") });
    expect(safeUpload(dir, "2020/khong-co.jpg")).toEqual({ refused: "missing" });
    expect(safeUpload(dir, "2020")).toEqual({ refused: "missing" });
    for (const name of [
      "../a.jpg",
      "2020/../../a.jpg",
      "/etc/passwd",
      "2020//a.jpg",
      "2020\\a.jpg",
      "./a.jpg",
      "a\0.jpg",
    ])
      expect(safeUpload(dir, name), name).toEqual({ refused: "outside" });
  });
});

describe("posts the site's check would refuse", () => {
  const item = (
    id: number,
    slug: string,
    extra: { title?: string; tags?: number; password?: string; body?: string },
  ) =>
    post(id, slug, `${UPLOADS}/khong-co.jpg`)
      .replace(`<title>Bài ${id}</title>`, `<title>${extra.title ?? `Bài ${id}`}</title>`)
      .replace(
        "<wp:status>",
        `<wp:post_password><![CDATA[${extra.password ?? ""}]]></wp:post_password>\n    <wp:status>`,
      )
      .replace(
        '<category domain="category"',
        `${Array.from({ length: extra.tags ?? 0 }, (_, i) => `<category domain="post_tag" nicename="the-${i}"><![CDATA[Thẻ ${i}]]></category>`).join("")}<category domain="category"`,
      );
  const EDGE = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Huyện ủy</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version>
  ${item(1, "khong-tieu-de", { title: "" })}
  ${item(2, "nhieu-the", { tags: 35 })}
  ${item(3, "co-mat-khau", { password: "enter" })}
</channel></rss>`;

  it("are imported, mended and reported: a title given, tags cut to 30, a password-protected post kept as a draft", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-edge-"));
    const contentDir = path.join(dir, "content");
    const publicDir = path.join(dir, "public");
    const uploadsDir = path.join(dir, "uploads");
    for (const d of [contentDir, publicDir, uploadsDir]) fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(contentDir, "site.yml"), siteWithoutMenu());
    const report = await importWordpress({ source: EDGE, uploadsDir, contentDir, publicDir });
    expect(report.articles.map((a) => [a.slug, a.draft])).toEqual([
      ["khong-tieu-de", false],
      ["nhieu-the", false],
      ["co-mat-khau", true],
    ]);
    const kinds = report.problems.map((entry) => [entry.id, entry.problems.map((p) => p.kind).sort()]);
    expect(kinds).toEqual([
      [1, ["missing-photo", "untitled"]],
      [2, ["missing-photo", "tags-dropped"]],
      [3, ["missing-photo", "protected"]],
    ]);
    const check = checkContent({ contentDir, publicDir }, dir);
    expect(check.errors).toEqual([]);
    expect(check.articles).toBe(3);
  });
});
