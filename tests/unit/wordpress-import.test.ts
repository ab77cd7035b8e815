import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { siteWithoutMenu } from "./helpers";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadRedirects, readRedirects, redirectTarget } from "@/lib/redirects";
import { importWordpress, type ImportReport } from "@/lib/wordpress/import";
import { reportLines } from "@/lib/wordpress/report";
import { wxrFile } from "@/lib/wordpress/wxr";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/wordpress");

function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
  const contentDir = path.join(dir, "content");
  const publicDir = path.join(dir, "public");
  fs.mkdirSync(contentDir, { recursive: true });
  fs.mkdirSync(publicDir);
  fs.writeFileSync(path.join(contentDir, "site.yml"), siteWithoutMenu());
  return { contentDir, publicDir };
}

describe("importing a WordPress export", () => {
  const { contentDir, publicDir } = site();
  let report: ImportReport;
  beforeAll(async () => {
    report = await importWordpress({
      source: wxrFile(path.join(FIXTURE, "export.xml")),
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
      "articles/2021/anh-le-hoi-long-tong.md",
      "articles/2027/chuong-trinh-ngay-hoi-dai-doan-ket-2027.md",
      "articles/2021/bai-cho-duyet.md",
      "articles/2021/bai-noi-bo.md",
      "articles/2021/nghi-quyet-27.md",
      "articles/2021/tai-lieu-tuyen-truyen.md",
      "articles/2021/nha-van-hoa-thon-ban.md",
      "articles/2021/hoi-thi-tuyen-truyen-vien.md",
    ]);
    expect(report.skipped).toEqual({ attachment: 3, nav_menu_item: 4, trash: 1 });
    // The page is a page: at its old address, which needs no redirect.
    expect(report.pages).toEqual([
      { id: 2, path: "/gioi-thieu", file: "pages/gioi-thieu.md", draft: false, written: true },
      {
        id: 20,
        path: "/to-chuc-bo-may",
        file: "pages/to-chuc-bo-may/index.md",
        draft: false,
        written: true,
      },
      {
        id: 21,
        path: "/to-chuc-bo-may/cac-ban-tham-muu",
        file: "pages/to-chuc-bo-may/cac-ban-tham-muu.md",
        draft: false,
        written: true,
      },
    ]);
    const check = checkContent({ contentDir, publicDir });
    expect(check.errors).toEqual([]);
    expect(check.articles).toBe(12);
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

  it("copies each photo once, the original rather than WordPress's resized copy when it has one", () => {
    expect(report.photos).toBe(4);
    expect(fs.readdirSync(path.join(publicDir, "images/2020/09"))).toEqual(["toan-canh.jpg"]);
    // le-hoi.jpg is used twice (a gallery, and a block image naming its -1024x683 copy); anh-cu is only a copy.
    expect(fs.readdirSync(path.join(publicDir, "images/2021/01")).sort()).toEqual([
      "anh-cu-300x200.jpg",
      "le-hoi.jpg",
      "nem-con.jpg",
    ]);
  });

  it("makes galleries, both [caption] forms, block images and embeds figures and links", () => {
    expect(read("articles/2021/anh-le-hoi-long-tong.md").content).toBe(
      // A classic post: its line break is a break, as WordPress shows it (wpautop).
      "Sáng 15/1, xã Bản Thi tổ chức Lễ hội Lồng tồng\\\nvới nhiều trò chơi dân gian.\n\n" +
        '![Múa sư tử tại lễ hội](/images/2021/01/le-hoi.jpg "Múa sư tử")\n\n' +
        '![Ném còn](/images/2021/01/nem-con.jpg "Ném còn")\n\n' +
        '![Ảnh tư liệu năm 2015](/images/2021/01/anh-cu-300x200.jpg "Ảnh tư liệu năm 2015")\n\n' +
        "[Xem video: https://www.youtube.com/watch?v=Ab12Cd34Ef5](https://www.youtube.com/watch?v=Ab12Cd34Ef5)\n",
    );
    const scheduled = read("articles/2027/chuong-trinh-ngay-hoi-dai-doan-ket-2027.md");
    expect(scheduled.content).toContain("[lễ hội năm trước](/bai-viet/anh-le-hoi-long-tong)");
    expect(scheduled.content).toContain(
      '![Múa sư tử tại lễ hội](/images/2021/01/le-hoi.jpg "Lễ hội năm trước")',
    );
    expect(scheduled.content).toContain("(https://www.facebook.com/huyenuychodon/videos/123)");
    expect(scheduled.content).toContain("(https://www.youtube.com/embed/Ab12Cd34Ef5)");
    expect(scheduled.content).not.toMatch(/iframe|wp:|<figure/);
  });

  it("imports pending and private posts as drafts, and a scheduled post with its date", () => {
    for (const file of ["articles/2021/bai-cho-duyet.md", "articles/2021/bai-noi-bo.md"])
      expect(read(file).data.draft, file).toBe(true);
    const scheduled = read("articles/2027/chuong-trinh-ngay-hoi-dai-doan-ket-2027.md").data;
    expect(scheduled.date).toBe("2027-01-10T07:00:00+07:00");
    expect(scheduled.draft).toBeUndefined();
  });

  it("reports a missing photo and still imports its article; links to old posts and archives point at their new pages", () => {
    expect(report.problems).toEqual([
      { id: 190, title: "Bài không có ngày", problems: [{ kind: "no-date" }] },
      {
        id: 130,
        title: "Ngày hội văn hóa các dân tộc",
        file: "articles/2020/ngay-hoi-van-hoa.md",
        problems: [
          {
            kind: "missing-photo",
            url: "https://chodon.example.vn/wp-content/uploads/2020/11/khong-con-anh.jpg",
          },
          { kind: "shortcodes", names: ["td_block_social_counter"] },
        ],
      },
      {
        id: 140,
        title: "Bài có mã độc",
        file: "articles/2020/bai-co-ma-doc.md",
        problems: [{ kind: "missing-photo", url: "x" }],
      },
      {
        id: 2,
        title: "Giới thiệu",
        file: "pages/gioi-thieu.md",
        problems: [{ kind: "shortcodes", names: ["vc_column", "vc_row"] }],
      },
      {
        id: 150,
        title: "Ảnh: Lễ hội Lồng tồng xã Bản Thi",
        file: "articles/2021/anh-le-hoi-long-tong.md",
        problems: [{ kind: "shortcodes", names: ["vc_column", "vc_row"] }],
      },
      // The menu's one item points nowhere (a custom link without an address).
      { id: 300, title: "Trang chủ", problems: [{ kind: "menu-item", target: "?" }] },
    ]);
    const post = read("articles/2020/ngay-hoi-van-hoa.md");
    expect(post.content).toContain("[hội nghị tổng kết](/bai-viet/hoi-nghi-tong-ket)");
    expect(post.content).toContain("[chuyên mục Dân vận](/chuyen-muc/dan-van)");
    expect(post.content).toContain("[báo tỉnh](https://baobackan.vn/bai-khac/)");
    expect(post.content).not.toContain("khong-con-anh");
  });

  it("ends with the counts, then every problem post by post with its id, title, file and what to do", () => {
    const lines = reportLines(report, { where: (file) => `content/${file}` });
    expect(lines.slice(0, 11)).toEqual([
      "Bài viết: 12 (9 đăng hoặc hẹn giờ, 3 bản nháp).",
      "Trang: 3 (3 đăng, 0 bản nháp), trong content/pages/.",
      "Tệp bài viết: 12 ghi mới hoặc cập nhật, 0 không đổi.",
      "Bỏ qua (không phải bài viết): 3 tệp đính kèm (attachment), 4 mục menu (nav_menu_item), 1 bài trong thùng rác.",
      "Ảnh đã chép: 4.",
      "Tệp văn bản đã chép (public/files/): 2.",
      "Menu: 2 mục của menu chính trang cũ, trong menu của content/site.yml.",
      `Đường dẫn cũ được chuyển hướng: ${report.redirects} (content/redirects.yml).`,
      "Chuyên mục mới trong content/site.yml: van-hoa (Văn hóa).",
      "Chuyên mục mới trong content/site.yml: van-ban-huyen-uy (Văn bản Huyện ủy).",
      "",
    ]);
    const problems = lines.slice(11);
    expect(problems[0]).toBe("Vấn đề cần xử lý: 7, ở 6 bài.");
    expect(problems).toContain("Bài 190 “Bài không có ngày”:");
    expect(problems).toContain(
      "Bài 130 “Ngày hội văn hóa các dân tộc” — content/articles/2020/ngay-hoi-van-hoa.md:",
    );
    const missing = problems.find((line) => line.includes("khong-con-anh.jpg"))!;
    expect(missing).toMatch(/^ {2}- THIẾU ẢNH .*Bài vẫn được nhập.*Cách xử lý: /);
    expect(
      problems.filter((line) => line.startsWith("  - ")).every((line) => line.includes("Cách xử lý: ")),
    ).toBe(true);
    expect(problems.filter((line) => line.startsWith("  - "))).toHaveLength(7);
  });

  it("says so when there is no problem, and a dry run what it would copy", () => {
    const clean = { ...report, problems: [] };
    expect(reportLines(clean).at(-1)).toBe("Không có vấn đề nào cần xử lý.");
    const dry = reportLines(clean, { dryRun: true });
    expect(dry[0]).toBe("(Chạy thử: không ghi tệp nào.)");
    expect(dry).toContain("Ảnh sẽ chép: 4.");
    expect(dry.some((line) => line.startsWith("Tệp bài viết"))).toBe(false);
  });

  it("adds a category the site does not have to site.yml, keeping its comments", () => {
    expect(report.newCategories).toEqual([
      { slug: "van-hoa", name: "Văn hóa" },
      { slug: "van-ban-huyen-uy", name: "Văn bản Huyện ủy" },
    ]);
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
    expect(to("/?p=171")).toBeNull();
    expect(to("/2021/02/02/bai-noi-bo/")).toBeNull();
    // The permalink as WordPress wrote it (percent-encoded) and as a browser shows it.
    expect(to("/2021/01/15/%e1%ba%a3nh-l%e1%bb%85-h%e1%bb%99i-l%e1%bb%93ng-t%e1%bb%93ng/")).toBe(
      "/bai-viet/anh-le-hoi-long-tong",
    );
    expect(to("/2021/01/15/ảnh-lễ-hội-lồng-tồng")).toBe("/bai-viet/anh-le-hoi-long-tong");
    expect(to("/tag/le-hoi/")).toBe("/the/le-hoi");
    expect(to("/wp-content/uploads/2021/01/anh-cu-300x200.jpg")).toBe("/images/2021/01/anh-cu-300x200.jpg");
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

  it("keeps a body that opens with a horizontal rule whole (it is not front matter)", async () => {
    const other = site();
    const xml = fs
      .readFileSync(path.join(FIXTURE, "export.xml"), "utf8")
      .replace("<![CDATA[Thời gian qua,", "<![CDATA[<hr>\n\nThời gian qua,");
    await importWordpress({ source: xml, uploadsDir: path.join(FIXTURE, "uploads"), ...other });
    const post = matter(
      fs.readFileSync(path.join(other.contentDir, "articles/2020/hoi-nghi-tong-ket.md"), "utf8"),
      {},
    );
    expect(post.data.title).toMatch(/^Hội nghị tổng kết/);
    expect(post.content).toMatch(/^\n?---\n\nThời gian qua,/);
  });

  it("keeps the lines and comments written by hand in redirects.yml, and refuses to run over a broken one", async () => {
    const other = site();
    const file = path.join(other.contentDir, "redirects.yml");
    const hand =
      "# Trang cũ của Ban Tuyên giáo\n/ban-tuyen-giao/: /chuyen-muc/dan-van\n# Bài cũ đổi địa chỉ\n/?p=123: /bai-viet/cu\n";
    fs.writeFileSync(file, hand);
    const source = wxrFile(path.join(FIXTURE, "export.xml"));
    await importWordpress({ source, uploadsDir: path.join(FIXTURE, "uploads"), ...other });
    const text = fs.readFileSync(file, "utf8");
    expect(
      text.startsWith(
        "# Trang cũ của Ban Tuyên giáo\n/ban-tuyen-giao/: /chuyen-muc/dan-van\n# Bài cũ đổi địa chỉ\n",
      ),
    ).toBe(true);
    // The import's own target wins for an address it knows; one line per old address.
    expect(text).toContain("/?p=123: /bai-viet/hoi-nghi-tong-ket\n");
    expect(text.match(/\?p=123/g)).toHaveLength(1);
    expect(readRedirects(other.contentDir).problems).toEqual([]);
    const again = fs.readFileSync(file, "utf8");
    await importWordpress({ source, uploadsDir: path.join(FIXTURE, "uploads"), ...other });
    expect(fs.readFileSync(file, "utf8")).toBe(again);

    const broken = site();
    fs.writeFileSync(path.join(broken.contentDir, "redirects.yml"), "/a: /bai-viet/a\n/b: /x: y\n");
    await expect(
      importWordpress({ source, uploadsDir: path.join(FIXTURE, "uploads"), ...broken }),
    ).rejects.toThrow(/redirects\.yml:2 — chuyển hướng: YAML lỗi/);
    expect(fs.readdirSync(broken.contentDir).sort()).toEqual(["redirects.yml", "site.yml"]);
  });

  it("writes nothing with --dry-run, and reports the same", async () => {
    const dry = site();
    const again = await importWordpress({
      source: wxrFile(path.join(FIXTURE, "export.xml")),
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

  it("changes no file when run again over the same export", async () => {
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
    const again = await importWordpress({
      source: wxrFile(path.join(FIXTURE, "export.xml")),
      uploadsDir: path.join(FIXTURE, "uploads"),
      contentDir,
      publicDir,
    });
    expect(again.articles.map((a) => [a.slug, a.written])).toEqual([
      ["hoi-nghi-tong-ket", false],
      ["bai-nhap-chua-dang", false],
      ["ngay-hoi-van-hoa", false],
      ["bai-co-ma-doc", false],
      ["anh-le-hoi-long-tong", false],
      ["chuong-trinh-ngay-hoi-dai-doan-ket-2027", false],
      ["bai-cho-duyet", false],
      ["bai-noi-bo", false],
      ["nghi-quyet-27", false],
      ["tai-lieu-tuyen-truyen", false],
      ["nha-van-hoa-thon-ban", false],
      ["hoi-thi-tuyen-truyen-vien", false],
    ]);
    expect({ ...snapshot(contentDir), ...snapshot(publicDir) }).toEqual(before);
  });

  it("updates what a newer export changed, and never silently overwrites an editor's change", async () => {
    const newer = fs
      .readFileSync(path.join(FIXTURE, "export.xml"), "utf8")
      .replace("Bài nháp chưa đăng", "Bài nháp đã sửa")
      .replace("Ngày hội văn hóa các dân tộc</title>", "Ngày hội văn hóa các dân tộc năm 2020</title>");
    const edited = path.join(contentDir, "articles/2020/hoi-nghi-tong-ket.md");
    fs.appendFileSync(edited, "\nĐoạn biên tập viên thêm.\n");
    const run = (force = false) =>
      importWordpress({
        source: newer,
        uploadsDir: path.join(FIXTURE, "uploads"),
        contentDir,
        publicDir,
        force,
      });
    const second = await run();
    expect(second.articles.map((a) => [a.slug, a.written])).toEqual([
      ["hoi-nghi-tong-ket", false],
      ["bai-nhap-chua-dang", true],
      ["ngay-hoi-van-hoa", true],
      ["bai-co-ma-doc", false],
      ["anh-le-hoi-long-tong", false],
      ["chuong-trinh-ngay-hoi-dai-doan-ket-2027", false],
      ["bai-cho-duyet", false],
      ["bai-noi-bo", false],
      ["nghi-quyet-27", false],
      ["tai-lieu-tuyen-truyen", false],
      ["nha-van-hoa-thon-ban", false],
      ["hoi-thi-tuyen-truyen-vien", false],
    ]);
    expect(second.problems).toContainEqual({
      id: 123,
      title: expect.stringContaining("Hội nghị tổng kết"),
      file: "articles/2020/hoi-nghi-tong-ket.md",
      problems: [{ kind: "edited" }],
    });
    expect(fs.readFileSync(edited, "utf8")).toContain("Đoạn biên tập viên thêm.");
    expect(read("articles/2020/ngay-hoi-van-hoa.md").data.title).toBe(
      "Ngày hội văn hóa các dân tộc năm 2020",
    );
    const forced = await run(true);
    expect(forced.problems.flatMap((post) => post.problems)).not.toContainEqual({ kind: "edited" });
    expect(fs.readFileSync(edited, "utf8")).not.toContain("Đoạn biên tập viên thêm.");
  });
});
