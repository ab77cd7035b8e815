import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadRedirects, redirectTarget } from "@/lib/redirects";
import { importWordpress } from "@/lib/wordpress/import";
import { siteWithoutMenu, SITE, wxrExport as wxr, wxrItem as item } from "./helpers";

// A committee's pages and a post moved by a newer export, through the whole import.

const PAGES = [
  item({ id: 10, type: "page", slug: "gioi-thieu", title: "Giới thiệu", order: 1 }),
  item({
    id: 11,
    type: "page",
    slug: "lich-su",
    title: "Lịch sử",
    parent: 10,
    order: 2,
    link: `${SITE}/gioi-thieu/lich-su/`,
  }),
  item({
    id: 12,
    type: "page",
    slug: "ban-thuong-vu",
    title: "Ban Thường vụ",
    parent: 10,
    order: 1,
    link: `${SITE}/gioi-thieu/ban-thuong-vu/`,
  }),
  item({
    id: 13,
    type: "page",
    slug: "van-ban",
    title: "Văn bản của Huyện ủy",
    body: '<p>Xem <a href="/gioi-thieu/lich-su/">lịch sử</a>.</p>',
  }),
  item({ id: 14, type: "page", slug: "nhap", title: "Trang nháp", status: "draft" }),
];

function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-pages-"));
  const contentDir = path.join(dir, "content");
  const publicDir = path.join(dir, "public");
  const uploadsDir = path.join(dir, "uploads");
  for (const d of [contentDir, publicDir, uploadsDir]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(contentDir, "site.yml"), siteWithoutMenu());
  return { dir, contentDir, publicDir, uploadsDir };
}

describe("a WordPress site's pages", () => {
  it("become pages with their parents as folders, their order and text, and their old addresses redirected", async () => {
    const { dir, contentDir, publicDir, uploadsDir } = site();
    const report = await importWordpress({ source: wxr(PAGES), uploadsDir, contentDir, publicDir });
    expect(report.pages.map((page) => [page.path, page.file, page.draft])).toEqual([
      ["/gioi-thieu", "pages/gioi-thieu/index.md", false],
      ["/gioi-thieu/lich-su", "pages/gioi-thieu/lich-su.md", false],
      ["/gioi-thieu/ban-thuong-vu", "pages/gioi-thieu/ban-thuong-vu.md", false],
      ["/van-ban-trang", "pages/van-ban-trang.md", false],
      ["/nhap", "pages/nhap.md", true],
    ]);
    const check = checkContent({ contentDir, publicDir }, dir);
    expect(check.errors).toEqual([]);
    expect(check.pages).toBe(5);
    const text = fs.readFileSync(path.join(contentDir, "pages/gioi-thieu/ban-thuong-vu.md"), "utf8");
    expect(text).toMatch(/^---\ntitle: Ban Thường vụ\norder: 1\n/);
    // A link to another page follows it; the renamed page is reported with its new address.
    expect(fs.readFileSync(path.join(contentDir, "pages/van-ban-trang.md"), "utf8")).toContain(
      "[lịch sử](/gioi-thieu/lich-su)",
    );
    expect(report.problems.find((entry) => entry.id === 13)?.problems).toEqual([
      { kind: "page-renamed", from: "van-ban", path: "/van-ban-trang" },
    ]);
    const redirects = loadRedirects(contentDir);
    expect(redirectTarget(redirects, "/?page_id=11")).toBe("/gioi-thieu/lich-su");
    expect(redirectTarget(redirects, "/van-ban/")).toBe("/van-ban-trang");
    // The same address needs no redirect; a draft's old address was never public.
    expect(redirectTarget(redirects, "/gioi-thieu/lich-su/")).toBeNull();
    expect(redirectTarget(redirects, "/?page_id=14")).toBeNull();
  });

  it("move with a newer export that moves them, and a post moved to another year is never there twice", async () => {
    const { contentDir, publicDir, uploadsDir } = site();
    const post = (date: string) => item({ id: 30, type: "post", slug: "hoi-nghi", title: "Hội nghị", date });
    await importWordpress({
      source: wxr([...PAGES, post("2020-12-31 18:00:00")]),
      uploadsDir,
      contentDir,
      publicDir,
    });
    expect(fs.existsSync(path.join(contentDir, "articles/2021/hoi-nghi.md"))).toBe(true);
    const moved = PAGES.map((text) =>
      text.replace("<wp:post_parent>10</wp:post_parent>", "<wp:post_parent>0</wp:post_parent>"),
    );
    const report = await importWordpress({
      source: wxr([...moved, post("2020-06-01 01:00:00")]),
      uploadsDir,
      contentDir,
      publicDir,
    });
    const articles = fs.readdirSync(path.join(contentDir, "articles"), { recursive: true, encoding: "utf8" });
    expect(articles.filter((file) => file.endsWith(".md"))).toEqual(["2020/hoi-nghi.md"]);
    expect(report.pages.find((page) => page.id === 11)?.file).toBe("pages/lich-su.md");
    expect(fs.existsSync(path.join(contentDir, "pages/gioi-thieu/lich-su.md"))).toBe(false);
    expect(fs.existsSync(path.join(contentDir, "pages/gioi-thieu.md"))).toBe(true);
    expect(checkContent({ contentDir, publicDir }, contentDir).errors).toEqual([]);
  });
});

describe("documents a post links to", () => {
  it("are copied into public/files/ once, their links rewritten and their old addresses redirected; a missing one is reported", async () => {
    const { contentDir, publicDir, uploadsDir } = site();
    fs.mkdirSync(path.join(uploadsDir, "2021/03"), { recursive: true });
    fs.writeFileSync(path.join(uploadsDir, "2021/03/nghi-quyet-15.pdf"), "%PDF-1.4 mẫu");
    const body =
      `<p>Toàn văn: <a href="${SITE}/wp-content/uploads/2021/03/nghi-quyet-15.pdf">Nghị quyết 15</a>, ` +
      `<a href="${SITE}/wp-content/uploads/2021/03/ke-hoach.docx">Kế hoạch</a>, ` +
      `<a href="https://baobackan.vn/van-ban.pdf">báo tỉnh</a>.</p>`;
    const report = await importWordpress({
      source: wxr([
        item({ id: 40, type: "post", slug: "nghi-quyet", title: "Nghị quyết 15", body }),
        item({ id: 41, type: "page", slug: "van-kien", title: "Văn kiện", body }),
      ]),
      uploadsDir,
      contentDir,
      publicDir,
    });
    expect(report.files).toBe(1);
    expect(fs.readFileSync(path.join(publicDir, "files/2021/03/nghi-quyet-15.pdf"), "utf8")).toBe(
      "%PDF-1.4 mẫu",
    );
    const text = fs.readFileSync(path.join(contentDir, "articles/2020/nghi-quyet.md"), "utf8");
    expect(text).toContain("[Nghị quyết 15](/files/2021/03/nghi-quyet-15.pdf)");
    expect(text).toContain(`[Kế hoạch](${SITE}/wp-content/uploads/2021/03/ke-hoach.docx)`);
    expect(text).toContain("[báo tỉnh](https://baobackan.vn/van-ban.pdf)");
    expect(report.problems.find((entry) => entry.id === 40)?.problems).toEqual([
      { kind: "missing-file", url: `${SITE}/wp-content/uploads/2021/03/ke-hoach.docx` },
    ]);
    expect(redirectTarget(loadRedirects(contentDir), "/wp-content/uploads/2021/03/nghi-quyet-15.pdf")).toBe(
      "/files/2021/03/nghi-quyet-15.pdf",
    );
  });
});

describe("the old site's menu", () => {
  const menuItem = (
    id: number,
    title: string,
    order: number,
    meta: Record<string, string | number>,
    menu = "menu-chinh",
  ) =>
    `<item>
    <title>${title}</title>
    <link>${SITE}/?p=${id}</link>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date_gmt><![CDATA[2019-01-01 00:00:00]]></wp:post_date_gmt>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:menu_order>${order}</wp:menu_order>
    <wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>
    <category domain="nav_menu" nicename="${menu}"><![CDATA[Menu]]></category>
    ${Object.entries({ _menu_item_menu_item_parent: 0, ...meta })
      .map(
        ([key, value]) =>
          `<wp:postmeta><wp:meta_key><![CDATA[${key}]]></wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`,
      )
      .join("")}
  </item>`;
  const MENU = [
    menuItem(100, "Trang chủ", 1, { _menu_item_type: "custom", _menu_item_url: `${SITE}/` }),
    menuItem(101, "Giới thiệu", 2, {
      _menu_item_type: "post_type",
      _menu_item_object: "page",
      _menu_item_object_id: 10,
    }),
    menuItem(102, "Lịch sử", 3, {
      _menu_item_type: "post_type",
      _menu_item_object: "page",
      _menu_item_object_id: 11,
      _menu_item_menu_item_parent: 101,
    }),
    menuItem(103, "Dân vận", 4, {
      _menu_item_type: "taxonomy",
      _menu_item_object: "category",
      _menu_item_object_id: 3,
    }),
    menuItem(104, "Cổng Dịch vụ công", 5, {
      _menu_item_type: "custom",
      _menu_item_url: "https://dichvucong.gov.vn",
    }),
    menuItem(105, "Trang cũ không an toàn", 6, {
      _menu_item_type: "custom",
      _menu_item_url: "http://example.vn",
    }),
    menuItem(106, "Một bài", 7, {
      _menu_item_type: "post_type",
      _menu_item_object: "post",
      _menu_item_object_id: 30,
    }),
    menuItem(
      200,
      "Chân trang",
      1,
      { _menu_item_type: "custom", _menu_item_url: "https://a.vn" },
      "chan-trang",
    ),
  ];
  const CATEGORY = `<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[dan-van]]></wp:category_nicename><wp:cat_name><![CDATA[Dân vận]]></wp:cat_name></wp:category>`;
  const source = wxr([
    CATEGORY,
    ...PAGES,
    item({ id: 30, type: "post", slug: "hoi-nghi", title: "Hội nghị" }),
    ...MENU,
  ]);

  it("becomes site.yml's menu, targets at their new addresses; what has no place in it is reported", async () => {
    const { dir, contentDir, publicDir, uploadsDir } = site();
    const report = await importWordpress({ source, uploadsDir, contentDir, publicDir });
    const yml = fs.readFileSync(path.join(contentDir, "site.yml"), "utf8");
    const menu = yml.slice(yml.indexOf("\nmenu:"));
    expect(menu).toBe(
      [
        "",
        "menu:",
        "  - title: Giới thiệu",
        "    page: /gioi-thieu",
        "    children:",
        "      - title: Lịch sử",
        "        page: /gioi-thieu/lich-su",
        "  - title: Dân vận",
        "    category: dan-van",
        "  - title: Cổng Dịch vụ công",
        "    url: https://dichvucong.gov.vn",
        "",
      ].join("\n"),
    );
    expect(
      report.problems.filter((entry) => entry.id >= 100).map((entry) => [entry.id, entry.problems[0]?.kind]),
    ).toEqual([
      [105, "menu-item"],
      [106, "menu-item"],
    ]);
    expect(checkContent({ contentDir, publicDir }, dir).errors).toEqual([]);
    // A second run adds nothing.
    await importWordpress({ source, uploadsDir, contentDir, publicDir });
    expect(fs.readFileSync(path.join(contentDir, "site.yml"), "utf8")).toBe(yml);
  });

  it("never changes a menu written by hand: only what it lacks is added after it", async () => {
    const { contentDir, publicDir, uploadsDir } = site();
    const file = path.join(contentDir, "site.yml");
    fs.appendFileSync(file, "menu:\n  # Viết tay\n  - title: Dân vận (viết tay)\n    category: dan-van\n");
    await importWordpress({ source, uploadsDir, contentDir, publicDir });
    const yml = fs.readFileSync(file, "utf8");
    expect(yml).toContain(
      "  # Viết tay\n  - title: Dân vận (viết tay)\n    category: dan-van\n  - title: Giới thiệu",
    );
    expect(yml.match(/category: dan-van/g)).toHaveLength(1);
    expect(yml).not.toContain("title: Dân vận\n");
  });
});

describe("a page written by hand at an imported page's address", () => {
  it("is kept, the old page is reported, and its children still come under it", async () => {
    const { dir, contentDir, publicDir, uploadsDir } = site();
    const own = path.join(contentDir, "pages/gioi-thieu/index.md");
    fs.mkdirSync(path.dirname(own), { recursive: true });
    fs.writeFileSync(own, "---\ntitle: Giới thiệu (viết tay)\n---\n\nViết tay.\n");
    const report = await importWordpress({ source: wxr(PAGES), uploadsDir, contentDir, publicDir });
    expect(fs.readFileSync(own, "utf8")).toContain("Viết tay.");
    expect(report.problems.find((entry) => entry.id === 10)?.problems).toEqual([
      { kind: "page-exists", path: "/gioi-thieu" },
    ]);
    expect(fs.existsSync(path.join(contentDir, "pages/gioi-thieu/lich-su.md"))).toBe(true);
    expect(checkContent({ contentDir, publicDir }, dir).errors).toEqual([]);
  });
});
