import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadRedirects, redirectTarget } from "@/lib/redirects";
import { importWordpress, type ImportReport } from "@/lib/wordpress/import";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/wordpress");

function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
  const contentDir = path.join(dir, "content");
  const publicDir = path.join(dir, "public");
  fs.mkdirSync(contentDir, { recursive: true });
  fs.mkdirSync(publicDir);
  fs.copyFileSync(path.join(ROOT, "content/site.yml"), path.join(contentDir, "site.yml"));
  return { contentDir, publicDir };
}

describe("importing a WordPress export", () => {
  const { contentDir, publicDir } = site();
  let report: ImportReport;
  beforeAll(() => {
    report = importWordpress({
      xml: fs.readFileSync(path.join(FIXTURE, "export.xml"), "utf8"),
      uploadsDir: path.join(FIXTURE, "uploads"),
      contentDir,
      publicDir,
    });
  });
  const read = (file: string) => matter(fs.readFileSync(path.join(contentDir, file), "utf8"));

  it("writes every post as an article that the site's own check accepts", () => {
    expect(report.articles.map((a) => a.file)).toEqual([
      "articles/2020/hoi-nghi-tong-ket.md",
      "articles/2020/bai-nhap-chua-dang.md",
      "articles/2020/ngay-hoi-van-hoa.md",
      "articles/2020/bai-co-ma-doc.md",
    ]);
    expect(report.skipped).toEqual({ attachment: 1, page: 1 });
    const check = checkContent({ contentDir, publicDir });
    expect(check.errors).toEqual([]);
    expect(check.articles).toBe(4);
  });

  it("fills the front matter: Vietnam time, primary category, tags, author, summary, cover", () => {
    const post = read("articles/2020/hoi-nghi-tong-ket.md");
    expect(post.data).toEqual({
      title: "Hội nghị tổng kết 03 năm thực hiện Đề án số 06 – phong trào “Dân vận khéo”",
      date: "2020-09-10T08:00:00+07:00",
      updated: "2020-09-11T09:30:00+07:00",
      category: "dan-van",
      tags: ["Dân vận khéo", "Tin tức & Sự kiện"],
      author: "Ban Tuyên giáo Huyện ủy",
      summary: "Tổng kết 03 năm phong trào “Dân vận khéo”.",
      cover: "/images/2020/09/toan-canh.jpg",
    });
    expect(post.content).toContain(
      '![Toàn cảnh Hội nghị tổng kết](/images/2020/09/toan-canh.jpg "Toàn cảnh Hội nghị")',
    );
    expect(read("articles/2020/bai-nhap-chua-dang.md").data).toMatchObject({
      draft: true,
      category: "tin-tuc-su-kien",
    });
  });

  it("copies each photo once, the original rather than WordPress's resized copy", () => {
    expect(report.photos.copied).toBe(1);
    expect(fs.readdirSync(path.join(publicDir, "images/2020/09"))).toEqual(["toan-canh.jpg"]);
  });

  it("reports a missing photo and still imports its article; links to old posts and archives point at their new pages", () => {
    expect(report.photos.missing).toEqual([
      {
        article: "articles/2020/ngay-hoi-van-hoa.md",
        id: 130,
        title: "Ngày hội văn hóa các dân tộc",
        url: "https://chodon.example.vn/wp-content/uploads/2020/11/khong-con-anh.jpg",
      },
      { article: "articles/2020/bai-co-ma-doc.md", id: 140, title: "Bài có mã độc", url: "x" },
    ]);
    const post = read("articles/2020/ngay-hoi-van-hoa.md");
    expect(post.content).toContain("[hội nghị tổng kết](/bai-viet/hoi-nghi-tong-ket)");
    expect(post.content).toContain("[chuyên mục Dân vận](/chuyen-muc/dan-van)");
    expect(post.content).toContain("[báo tỉnh](https://baobackan.vn/bai-khac/)");
    expect(post.content).not.toContain("khong-con-anh");
    expect(report.shortcodes).toEqual([
      {
        article: "articles/2020/ngay-hoi-van-hoa.md",
        id: 130,
        title: "Ngày hội văn hóa các dân tộc",
        names: ["td_block_social_counter"],
      },
    ]);
  });

  it("adds a category the site does not have to site.yml, keeping its comments", () => {
    expect(report.newCategories).toEqual([{ slug: "van-hoa", name: "Văn hóa" }]);
    const yml = fs.readFileSync(path.join(contentDir, "site.yml"), "utf8");
    expect(yml).toContain(
      "# Site identity: everything the pages say about the organization comes from here.",
    );
    expect(yml).toMatch(/- slug: van-hoa\n\s+name: Văn hóa/);
    expect(read("articles/2020/ngay-hoi-van-hoa.md").data.category).toBe("van-hoa");
  });

  it("keeps every old address: permalinks, ?p=, archives, the feed and uploads (resized copies too)", () => {
    const redirects = loadRedirects(contentDir);
    const to = (url: string) => redirectTarget(redirects, url);
    expect(to("/2020/09/10/hoi-nghi-tong-ket/")).toBe("/bai-viet/hoi-nghi-tong-ket");
    expect(to("/2020/09/10/hoi-nghi-tong-ket")).toBe("/bai-viet/hoi-nghi-tong-ket");
    expect(to("/?p=123")).toBe("/bai-viet/hoi-nghi-tong-ket");
    expect(to("/?utm_source=fb&p=130")).toBe("/bai-viet/ngay-hoi-van-hoa");
    expect(to("/?p=124")).toBeNull();
    expect(to("/category/dan-van/")).toBe("/chuyen-muc/dan-van");
    expect(to("/tag/dan-van-kheo/")).toBe("/the/dan-van-kheo");
    expect(to("/feed/")).toBe("/rss.xml");
    expect(to("/wp-content/uploads/2020/09/toan-canh-1024x683.jpg")).toBe("/images/2020/09/toan-canh.jpg");
    expect(to("/2021/01/01/khong-co/")).toBeNull();
    expect(report.redirects).toBe(redirects.size);
  });

  it("lets no script, event handler or javascript: link through", () => {
    const text = fs.readFileSync(path.join(contentDir, "articles/2020/bai-co-ma-doc.md"), "utf8");
    expect(text).toContain("Nội dung bình thường.");
    expect(text).not.toMatch(/pwned|script|onclick|onerror|javascript:/);
  });

  it("writes nothing with --dry-run, and reports the same", () => {
    const dry = site();
    const again = importWordpress({
      xml: fs.readFileSync(path.join(FIXTURE, "export.xml"), "utf8"),
      uploadsDir: path.join(FIXTURE, "uploads"),
      ...dry,
      dryRun: true,
    });
    expect(again.articles.map((a) => a.file)).toEqual(report.articles.map((a) => a.file));
    expect(again.articles.every((a) => !a.written)).toBe(true);
    expect(fs.readdirSync(dry.contentDir)).toEqual(["site.yml"]);
    expect(fs.readdirSync(dry.publicDir)).toEqual([]);
    expect(fs.readFileSync(path.join(dry.contentDir, "site.yml"), "utf8")).not.toContain("van-hoa");
  });

  it("changes no file when run again over the same export", () => {
    const snapshot = (dir: string): Record<string, string> =>
      Object.fromEntries(
        fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [file, `${fs.statSync(file).mtimeMs} ${fs.readFileSync(file).toString("base64")}`];
          }),
      );
    const before = { ...snapshot(contentDir), ...snapshot(publicDir) };
    const again = importWordpress({
      xml: fs.readFileSync(path.join(FIXTURE, "export.xml"), "utf8"),
      uploadsDir: path.join(FIXTURE, "uploads"),
      contentDir,
      publicDir,
    });
    expect(again.articles.map((a) => [a.slug, a.written])).toEqual([
      ["hoi-nghi-tong-ket", false],
      ["bai-nhap-chua-dang", false],
      ["ngay-hoi-van-hoa", false],
      ["bai-co-ma-doc", false],
    ]);
    expect({ ...snapshot(contentDir), ...snapshot(publicDir) }).toEqual(before);
  });

  it("updates what a newer export changed, and never silently overwrites an editor's change", () => {
    const newer = fs
      .readFileSync(path.join(FIXTURE, "export.xml"), "utf8")
      .replace("Bài nháp chưa đăng", "Bài nháp đã sửa")
      .replace("Ngày hội văn hóa các dân tộc</title>", "Ngày hội văn hóa các dân tộc năm 2020</title>");
    const edited = path.join(contentDir, "articles/2020/hoi-nghi-tong-ket.md");
    fs.appendFileSync(edited, "\nĐoạn biên tập viên thêm.\n");
    const run = (force = false) =>
      importWordpress({
        xml: newer,
        uploadsDir: path.join(FIXTURE, "uploads"),
        contentDir,
        publicDir,
        force,
      });
    const second = run();
    expect(second.articles.map((a) => [a.slug, a.written])).toEqual([
      ["hoi-nghi-tong-ket", false],
      ["bai-nhap-chua-dang", true],
      ["ngay-hoi-van-hoa", true],
      ["bai-co-ma-doc", false],
    ]);
    expect(second.edited).toEqual([
      {
        id: 123,
        title: expect.stringContaining("Hội nghị tổng kết"),
        file: "articles/2020/hoi-nghi-tong-ket.md",
      },
    ]);
    expect(fs.readFileSync(edited, "utf8")).toContain("Đoạn biên tập viên thêm.");
    expect(read("articles/2020/ngay-hoi-van-hoa.md").data.title).toBe(
      "Ngày hội văn hóa các dân tộc năm 2020",
    );
    const forced = run(true);
    expect(forced.edited).toEqual([]);
    expect(fs.readFileSync(edited, "utf8")).not.toContain("Đoạn biên tập viên thêm.");
  });
});
