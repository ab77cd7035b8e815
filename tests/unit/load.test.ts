import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem } from "@/lib/content/problems";
import { buildContentIndex } from "@/lib/content/store";
import { article, load, makeContent, FIXTURE_PUBLIC } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the sample content", () => {
  it("validates with no problem and holds the seed article with its two figures", () => {
    const result = loadContent({
      contentDir: path.join(ROOT, "content"),
      publicDir: path.join(ROOT, "public"),
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const seed = result.articles.find((a) => a.slug === "hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo");
    expect(seed?.title).toBe("Hội nghị tổng kết 03 năm thực hiện Đề án số 06 về phong trào “ Dân vận khéo”");
    expect(seed?.html.match(/<figure>/g)).toHaveLength(2);
    expect(seed?.html).toContain("<figcaption>Toàn cảnh Hội nghị</figcaption>");
    expect(seed?.cover?.src).toBe("/images/2020/09/toan-canh-hoi-nghi.jpg");
    expect(seed?.summary.startsWith("Thời gian qua, Huyện ủy Chợ Đồn")).toBe(true);
  });
});

describe("a valid article", () => {
  it("gets its slug from the file name, its summary from the first paragraph and its tags as slugs", () => {
    const { articles, problems } = load({
      "2020/Hội nghị Đảng bộ.md": article(
        { tags: "[Dân vận khéo, Đề án 06, dân vận khéo]" },
        "Đoạn mở đầu của bài.\n\nĐoạn hai.\n",
      ),
    });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      slug: "hoi-nghi-dang-bo",
      file: "articles/2020/Hội nghị Đảng bộ.md",
      summary: "Đoạn mở đầu của bài.",
      tags: [
        { name: "Dân vận khéo", slug: "dan-van-kheo" },
        { name: "Đề án 06", slug: "de-an-06" },
      ],
      category: { slug: "tin-tuc", name: "Tin tức" },
      draft: false,
    });
  });

  it("keeps an explicit slug, summary and cover", () => {
    const { articles, problems } = load({
      "a.md": article({ slug: "ten-rieng", summary: "Tóm tắt riêng.", cover: "/images/photo.png" }),
    });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      slug: "ten-rieng",
      summary: "Tóm tắt riêng.",
      cover: { src: "/images/photo.png", width: 40, height: 30 },
    });
  });

  it("normalizes decomposed (NFD) text to NFC everywhere", () => {
    const nfd = article({ title: "Dân vận khéo", tags: "[Đề án]" }, "Thời gian qua, Huyện ủy.\n").normalize(
      "NFD",
    );
    const { articles, problems } = load({ "nfd.md": nfd });
    expect(problems).toEqual([]);
    const a = articles[0]!;
    for (const text of [a.title, a.summary, a.html, a.tags[0]!.name])
      expect(text).toBe(text.normalize("NFC"));
    expect(a.title).toBe("Dân vận khéo");
  });

  it("reads UTF-8 with a BOM and CRLF line endings", () => {
    const text = "\uFEFF" + article({}, "Dòng một\n\n![Ảnh](/images/photo.png)\n").replace(/\n/g, "\r\n");
    const { articles, problems } = load({ "bom.md": text });
    expect(problems).toEqual([]);
    expect(articles[0]?.title).toBe("Bài thử");
  });
});

describe("problems are reported with file, line and field", () => {
  const cases: [string, string, { line?: number; field: string; message: RegExp }][] = [
    [
      "YAML syntax",
      "---\ntitle: Hội nghị: tổng kết\ndate: 2020-09-10\n---\nx\n",
      { line: 2, field: "front matter", message: /Lỗi cú pháp YAML/ },
    ],
    ["missing title", article({ title: null }), { field: "title", message: /Thiếu tiêu đề/ }],
    ["empty title", article({ title: '""' }), { line: 2, field: "title", message: /để trống/ }],
    ["mistyped title", article({ title: "[1, 2]" }), { line: 2, field: "title", message: /phải là chữ/ }],
    ["missing date", article({ date: null }), { field: "date", message: /Thiếu ngày đăng/ }],
    [
      "impossible date",
      article({ date: "2020-02-30" }),
      { line: 3, field: "date", message: /"2020-02-30" không phải là ngày giờ có thật/ },
    ],
    [
      "date in the wrong format",
      article({ date: "10/09/2020" }),
      { line: 3, field: "date", message: /2020-09-10/ },
    ],
    [
      "unknown category",
      article({ category: "the-thao" }),
      {
        line: 4,
        field: "category",
        message: /"the-thao" không có trong content\/site.yml. Chọn một trong: tin-tuc, dan-van/,
      },
    ],
    ["tags not a list", article({ tags: "{a: 1}" }), { line: 5, field: "tags", message: /danh sách/ }],
    [
      "draft not a boolean",
      article({ draft: "có" }),
      { line: 5, field: "draft", message: /true hoặc false/ },
    ],
    ["invalid slug", article({ slug: "Dân Vận" }), { line: 5, field: "slug", message: /"dan-van"/ }],
    [
      "unknown field",
      article({ catgory: "tin-tuc" }),
      { line: 5, field: "catgory", message: /"catgory" không được hỗ trợ/ },
    ],
    [
      "missing image",
      article({}, "Chữ.\n\n![Ảnh](/images/khong-co.jpg)\n"),
      { line: 9, field: "nội dung", message: /Không tìm thấy tệp ảnh/ },
    ],
    [
      "image without alt text",
      article({}, "![](/images/photo.png)\n"),
      { line: 7, field: "nội dung", message: /thiếu mô tả \(alt\)/ },
    ],
    [
      "javascript: link",
      article({}, "[bấm](javascript:alert(1))\n"),
      { line: 7, field: "nội dung", message: /"javascript:" không an toàn/ },
    ],
    [
      "data: link",
      article({}, "[tải](data:text/html,hi)\n"),
      { line: 7, field: "nội dung", message: /"data:" không an toàn/ },
    ],
    [
      "missing cover",
      article({ cover: "/images/khong-co.jpg" }),
      { line: 5, field: "cover", message: /Không tìm thấy tệp ảnh/ },
    ],
    [
      "no front matter",
      "Chỉ có nội dung.\n",
      { line: 1, field: "front matter", message: /bắt đầu bằng dòng ---/ },
    ],
    [
      "unclosed front matter",
      "---\ntitle: a\n",
      { line: 1, field: "front matter", message: /chưa được đóng/ },
    ],
    ["empty file", "", { field: "tệp", message: /Tệp rỗng/ }],
    ["binary file", "\u0000\u0001PNG", { field: "tệp", message: /không phải văn bản UTF-8/ }],
  ];

  it.each(cases)("%s", (_name, text, expected) => {
    const { articles, problems } = load({ "2020/bai.md": text });
    expect(articles).toEqual([]);
    expect(problems).toContainEqual({
      file: "articles/2020/bai.md",
      line: expected.line,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  it("reports invalid UTF-8 bytes", () => {
    const { problems } = load({ "latin1.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe0, 0xe1, 0x0a]) });
    expect(problems).toEqual([
      { file: "articles/latin1.md", field: "tệp", message: expect.stringContaining("UTF-8") },
    ]);
  });

  it("names both files of a duplicate slug", () => {
    const { problems, articles } = load({
      "2020/dan-van.md": article(),
      "2021/dan-van.md": article(),
      "2021/khac.md": article({ slug: "dan-van" }),
    });
    expect(articles.map((a) => a.file)).toEqual(["articles/2020/dan-van.md"]);
    expect(problems).toEqual([
      {
        file: "articles/2021/dan-van.md",
        field: "slug",
        message: expect.stringContaining("trùng với bài articles/2020/dan-van.md"),
      },
      {
        file: "articles/2021/khac.md",
        line: 5,
        field: "slug",
        message: expect.stringContaining("trùng với bài articles/2020/dan-van.md"),
      },
    ]);
  });

  it("reports every problem of every file in one run, and keeps the good files", () => {
    const { problems, articles } = load({
      "a-tot.md": article(),
      "b.md": article({ title: null, category: "khong-co" }, "![](/images/khong-co.jpg)\n"),
      "c.md": article({ date: "2020-13-01" }),
      "d.md": "---\ntitle: [\n---\n",
    });
    expect(articles.map((a) => a.file)).toEqual(["articles/a-tot.md"]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      "articles/b.md title",
      "articles/b.md category",
      "articles/b.md nội dung",
      "articles/b.md nội dung",
      "articles/c.md date",
      "articles/d.md front matter",
    ]);
  });

  it("turns problems into one error that lists them all, so nothing is published", () => {
    const dir = makeContent({
      "a.md": article(),
      "b.md": article({ date: "hôm nay" }),
      "c.md": article({ category: "x" }),
    });
    let error: unknown;
    try {
      buildContentIndex({ contentDir: dir, publicDir: FIXTURE_PUBLIC, includeDrafts: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toContain("Nội dung có 2 lỗi");
    expect(message).toContain("articles/b.md:3 — date:");
    expect(message).toContain("articles/c.md:4 — category:");
  });
});

describe("site.yml", () => {
  it("reports a missing file", () => {
    const { problems } = load({ "a.md": article() }, null);
    expect(problems).toEqual([
      { file: "site.yml", field: "tệp", message: expect.stringContaining("Không tìm thấy content/site.yml") },
    ]);
  });

  it("reports missing and invalid fields with their lines, and still checks the articles", () => {
    const { problems } = load(
      { "a.md": article({ date: "x" }) },
      "name: Trang\ncategories:\n  - slug: Tin Tức\n    name: Tin tức\nemail: khong-phai-email\n",
    );
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^site.yml — description: Thiếu mô tả/),
      expect.stringMatching(/^site.yml — organization: Thiếu cơ quan chủ quản/),
      expect.stringMatching(/^site.yml:5 — email: Email không hợp lệ/),
      expect.stringMatching(/^site.yml:2 — categories.0.slug: Slug "Tin Tức" .* "tin-tuc"/),
      expect.stringMatching(/^articles\/a.md:3 — date:/),
    ]);
  });
});
