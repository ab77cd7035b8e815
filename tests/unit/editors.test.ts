import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { SiteClockError, siteNow } from "@/lib/clock";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { frontMatterJsonSchema } from "@/lib/content/json-schema";
import { existingSlugs, newArticle, ScaffoldError } from "@/lib/content/scaffold";
import { buildContentIndex } from "@/lib/content/store";
import { parseQuery } from "@/lib/search/query";
import { renderFeed } from "@/lib/seo/feed";
import { newsArticles, sitemapUrls } from "@/lib/seo/sitemap";
import { article, FIXTURE_PUBLIC, makeContent } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BAD = path.join(ROOT, "tests/fixtures/bad-content");

describe("content:check", () => {
  it("reports every bad article in one run, with file, line and field", () => {
    const report = checkContent({ contentDir: BAD, publicDir: FIXTURE_PUBLIC }, ROOT);
    expect(report.exitCode).toBe(1);
    expect(report.articles).toBe(1);
    // Each file as the editor sees it from where the check runs.
    const found = report.errors.map(
      (e) => `${e.file.replace("tests/fixtures/bad-content/", "")}:${e.line ?? "-"} ${e.field}`,
    );
    expect(report.errors.every((e) => e.file.startsWith("tests/fixtures/bad-content/articles/"))).toBe(true);
    expect(found).toEqual([
      "articles/2020/anh-khong-mo-ta.md:7 nội dung",
      "articles/2020/anh-thieu.md:7 nội dung",
      "articles/2020/chuyen-muc-la.md:4 category",
      "articles/2020/lien-ket-doc.md:7 nội dung",
      "articles/2020/ngay-sai.md:3 date",
      "articles/2020/rong.md:- tệp",
      "articles/2020/sai-kieu.md:6 tags",
      "articles/2020/sai-kieu.md:5 draft",
      "articles/2020/thieu-ngay.md:- date",
      "articles/2020/trung-slug.md:5 slug",
      "articles/2020/yaml-sai.md:2 front matter",
    ]);
    expect(report.lines.at(-1)).toBe(
      "Có 11 lỗi trong 10 tệp và 8 cảnh báo. Sửa các lỗi trên rồi chạy lại: bài có lỗi chưa thể đăng.",
    );
    expect(report.lines[0]).toMatch(
      /^LỖI +tests\/fixtures\/bad-content\/articles\/2020\/anh-khong-mo-ta\.md:7 — nội dung: Ảnh .* thiếu mô tả/,
    );
  });

  it("passes on the site's content", () => {
    const report = checkContent(
      { contentDir: path.join(ROOT, "content"), publicDir: path.join(ROOT, "public") },
      ROOT,
    );
    expect(report.errors).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.lines.at(-1)).toMatch(/^Không có lỗi: 3 bài viết, 6 trang, 5 văn bản hợp lệ/);
  });

  it("warns about what word processors leave behind, without failing", () => {
    const dir = makeContent({
      "a.md": article(
        { title: "“ Dân vận  khéo”", summary: `"${"Rất dài. ".repeat(40)}"` },
        'Đoạn có "ngoặc thẳng".\n\n![Ảnh không chú thích](/images/photo.png)\n',
      ),
      "nfd.md": article({ title: "Dân vận", summary: "Tóm tắt." }).normalize("NFD"),
    });
    const report = checkContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }, dir);
    expect(report.exitCode).toBe(0);
    const warnings = report.warnings.map(
      (w) => `${w.file}:${w.line ?? "-"} ${w.field} ${w.message.slice(0, 30)}`,
    );
    expect(warnings).toEqual([
      "articles/a.md:2 title Có dấu cách ngay sau dấu ngoặc",
      "articles/a.md:2 title Có hai dấu cách liền nhau: chỉ",
      "articles/a.md:5 summary Tóm tắt dài 360 ký tự: nên dướ",
      'articles/a.md:8 nội dung Dùng ngoặc kép thẳng ("): nên ',
      "articles/a.md:10 nội dung Ảnh chưa có chú thích: thêm ch",
      "articles/nfd.md:- tệp Tệp có chữ tiếng Việt ở dạng t",
    ]);
  });

  it("runs as npm run content:check with exit status 1 on errors, 0 otherwise", () => {
    const bad = spawnSync("npx", ["tsx", "scripts/content-check.ts"], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: BAD, PUBLIC_DIR: FIXTURE_PUBLIC },
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("tests/fixtures/bad-content/articles/2020/ngay-sai.md:3 — date:");
    const good = spawnSync("npx", ["tsx", "scripts/content-check.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(good.status).toBe(0);
  }, 60_000);
});

describe("content:new", () => {
  const categories = ["tin-tuc", "dan-van"];
  const now = new Date("2026-03-05T09:30:00+07:00");

  it("writes a draft with its front matter that passes the check", () => {
    const dir = makeContent({});
    const { file, slug } = newArticle({
      contentDir: dir,
      title: "Đường về Đề án số 06",
      category: "dan-van",
      categories,
      now,
    });
    expect(slug).toBe("duong-ve-de-an-so-06");
    expect(path.relative(dir, file)).toBe(path.join("articles", "2026", "duong-ve-de-an-so-06.md"));
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(
      /^---\ntitle: Đường về Đề án số 06\ndate: 2026-03-05 09:30\ncategory: dan-van\ndraft: true\n---\n/,
    );
    const report = checkContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }, dir);
    expect(report.errors).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.articles).toBe(1);
    // The hidden block stays out of the page.
    const [draft] = loadContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }).articles;
    expect(draft!.html).toContain("Viết đoạn mở đầu ở đây");
    expect(draft!.html).not.toMatch(/ten-anh|Khung ẩn|<!--/);
  });

  it("explains photos with an example that the check accepts once taken out of its hidden block", () => {
    const dir = makeContent({});
    const { file } = newArticle({ contentDir: dir, title: "Bài có ảnh", categories, now });
    const text = fs.readFileSync(file, "utf8");
    const example = '![Mô tả ngắn nội dung ảnh](/images/ten-anh.jpg "Chú thích hiện dưới ảnh")';
    const hidden = /\n<!--\n[^]*?\n-->\n/.exec(text)?.[0];
    expect(hidden).toContain(`\n\n${example}\n`);
    // What the block tells the editor to do: the line on its own, naming a photo that is in public/images/.
    fs.writeFileSync(file, text.replace(hidden!, `\n${example.replace("ten-anh.jpg", "photo.png")}\n`));
    const { errors, warnings } = checkContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }, dir);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).not.toContainEqual(
      expect.stringContaining("Ảnh chưa có chú thích"),
    );
    const [loaded] = loadContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }).articles;
    expect(loaded!.html).toContain("<figcaption>Chú thích hiện dưới ảnh</figcaption>");
  });

  it("warns of a date more than a year ahead and of an update before the date, and still accepts both", () => {
    const dir = makeContent({
      "2020/nam-sau.md": article({ date: "2027-11-01" }),
      "2020/nam-nay.md": article({ date: "2027-02-01" }),
      "2020/cap-nhat-truoc.md": article({ date: "2020-09-10", updated: "2020-09-01" }),
      "2020/cap-nhat-sau.md": article({ date: "2020-09-10", updated: "2020-09-12" }),
    });
    const report = checkContent({ contentDir: dir, publicDir: FIXTURE_PUBLIC }, dir, now);
    expect(report.errors).toEqual([]);
    const about = (field: string) =>
      report.warnings.filter((w) => w.field === field).map((w) => `${w.file}${w.line ? `:${w.line}` : ""}`);
    expect(about("date")).toEqual(["articles/2020/nam-sau.md"]);
    expect(about("updated")).toEqual([expect.stringMatching(/^articles\/2020\/cap-nhat-truoc\.md:\d+$/)]);
    expect(report.warnings.find((w) => w.field === "date")?.message).toContain("01/11/2027");
  });

  it("never overwrites: the same title again gets another slug", () => {
    const dir = makeContent({ "2020/hoi-nghi.md": article({ slug: "hoi-nghi-2" }) });
    expect(existingSlugs(dir)).toEqual(new Set(["hoi-nghi", "hoi-nghi-2"]));
    const a = newArticle({ contentDir: dir, title: "Hội nghị", categories, now });
    expect(a.slug).toBe("hoi-nghi-3");
    const b = newArticle({ contentDir: dir, title: "Hội nghị", categories, now });
    expect(b.slug).toBe("hoi-nghi-4");
    expect(fs.readFileSync(a.file, "utf8")).toContain("category: tin-tuc");
  });

  it("refuses an empty title or an unknown category clearly", () => {
    const dir = makeContent({});
    expect(() => newArticle({ contentDir: dir, title: "  ", categories, now })).toThrow(ScaffoldError);
    expect(() =>
      newArticle({ contentDir: dir, title: "Bài", category: "the-thao", categories, now }),
    ).toThrow(/"the-thao" không có trong content\/site.yml/);
  });

  it("runs as npm run content:new", () => {
    const dir = makeContent({});
    fs.copyFileSync(path.join(ROOT, "content/site.yml"), path.join(dir, "site.yml"));
    const run = () =>
      execFileSync(
        "npx",
        ["tsx", "scripts/content-new.ts", "Hội nghị Ban Chấp hành", "--category", "xay-dung-dang"],
        { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: "utf8" },
      );
    expect(run()).toMatch(/Đã tạo .*hoi-nghi-ban-chap-hanh\.md/);
    expect(run()).toMatch(/Đã tạo .*hoi-nghi-ban-chap-hanh-2\.md/);
  }, 60_000);

  it("says what is wrong with SITE_NOW, without a stack trace, and writes nothing", () => {
    const dir = makeContent({});
    fs.copyFileSync(path.join(ROOT, "content/site.yml"), path.join(dir, "site.yml"));
    const run = spawnSync("npx", ["tsx", "scripts/content-new.ts", "Hội nghị"], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: dir, SITE_NOW: "hôm qua" },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'SITE_NOW="hôm qua" không phải là một thời điểm. Viết như 2026-02-01T08:00:00+07:00 hoặc 2026-02-01 08:00 (giờ Việt Nam), hoặc bỏ biến này để dùng giờ thật.',
    );
    const articles = path.join(dir, "articles");
    expect(fs.existsSync(articles) ? fs.readdirSync(articles, { recursive: true }) : []).toEqual([]);
  }, 60_000);
});

describe("drafts and scheduled articles", () => {
  const files = {
    "cu.md": article({ title: "Bài cũ", date: "2026-01-01", tags: "[Lịch]" }),
    "nhap.md": article({ title: "Bài nháp bí mật", date: "2026-01-02", tags: "[Lịch]", draft: "true" }),
    "hen.md": article({ title: "Bài hẹn giờ", date: "2026-02-01 08:00", tags: "[Lịch]" }),
  };
  const content = buildContentIndex({
    contentDir: makeContent(files),
    publicDir: FIXTURE_PUBLIC,
    includeDrafts: false,
  });
  const SITE = "https://tin.example.vn";

  function surfaces(now: Date) {
    return {
      latest: content
        .latest(now)
        .slice(0)
        .map((a) => a.slug),
      page: content.article("hen", now)?.slug ?? null,
      newerThanOld: content.neighbours("cu", now).newer?.slug ?? null,
      category: content
        .inCategory("tin-tuc", now)!
        .slice(0)
        .map((a) => a.slug),
      tag: content
        .withTag("lich", now)!
        .articles.slice(0)
        .map((a) => a.slug),
      archive: content.archive(now).map((m) => `${m.year}-${m.month}`),
      related: content.related(content.article("cu", now)!, {}, now).map((a) => a.slug),
      sitemap: sitemapUrls(content, now).some((u) => u.path === "/bai-viet/hen"),
      news: newsArticles(content, now).map((a) => a.slug),
      feed: renderFeed(content, SITE, { now })!.includes("Bài hẹn giờ"),
      search: content.search().search(parseQuery("hen gio"), { now }).total,
    };
  }

  it("keeps drafts out of every production surface", () => {
    const all = JSON.stringify(surfaces(new Date("2026-03-01T00:00:00Z")));
    expect(all).not.toContain("nhap");
    expect(renderFeed(content, SITE, { now: new Date("2026-03-01T00:00:00Z") })).not.toContain("bí mật");
  });

  it("hides a scheduled article everywhere until its time, then shows it everywhere", () => {
    expect(surfaces(new Date("2026-02-01T07:59:00+07:00"))).toEqual({
      latest: ["cu"],
      page: null,
      newerThanOld: null,
      category: ["cu"],
      tag: ["cu"],
      archive: ["2026-1"],
      related: [],
      sitemap: false,
      news: [],
      feed: false,
      search: 0,
    });
    expect(surfaces(new Date("2026-02-01T08:00:00+07:00"))).toEqual({
      latest: ["hen", "cu"],
      page: "hen",
      newerThanOld: "hen",
      category: ["hen", "cu"],
      tag: ["hen", "cu"],
      archive: ["2026-2", "2026-1"],
      related: ["hen"],
      sitemap: true,
      news: ["hen"],
      feed: true,
      search: 1,
    });
  });
});

describe("the site clock", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("is exactly the instant SITE_NOW names, with an offset or in Vietnam time", () => {
    expect(siteNow({ SITE_NOW: "2026-02-01T08:00:00+07:00" }).toISOString()).toBe("2026-02-01T01:00:00.000Z");
    expect(siteNow({ SITE_NOW: "2026-02-01 08:00" }).toISOString()).toBe("2026-02-01T01:00:00.000Z");
    expect(siteNow({ SITE_NOW: "2026-02-01T01:00:00.250Z" }).toISOString()).toBe("2026-02-01T01:00:00.250Z");
    vi.stubEnv("SITE_NOW", "2027-01-10T08:00:00+07:00");
    expect(siteNow().toISOString()).toBe("2027-01-10T01:00:00.000Z");
  });

  it("is the real time when SITE_NOW is unset or empty", () => {
    vi.useFakeTimers({ now: new Date("2031-07-04T05:06:07.089Z"), toFake: ["Date"] });
    expect(siteNow({}).toISOString()).toBe("2031-07-04T05:06:07.089Z");
    expect(siteNow({ SITE_NOW: "" }).toISOString()).toBe("2031-07-04T05:06:07.089Z");
    vi.setSystemTime(new Date("2031-07-04T05:06:08.000Z"));
    expect(siteNow({}).toISOString()).toBe("2031-07-04T05:06:08.000Z");
  });

  it("refuses a SITE_NOW that names no instant, naming the variable and its value", () => {
    for (const value of ["không phải ngày", "2026-02-30 08:00", "1", "2026-02-01T08:00:00+25:00"]) {
      expect(() => siteNow({ SITE_NOW: value })).toThrow(SiteClockError);
      expect(() => siteNow({ SITE_NOW: value })).toThrow(
        `SITE_NOW=${JSON.stringify(value)} không phải là một thời điểm. Viết như 2026-02-01T08:00:00+07:00 hoặc 2026-02-01 08:00 (giờ Việt Nam), hoặc bỏ biến này để dùng giờ thật.`,
      );
    }
  });

  it("stops the server as it starts, with that message, when SITE_NOW names no instant", () => {
    const run = spawnSync("node", ["--import", "tsx", "scripts/server.ts", "-p", "0", "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, SITE_NOW: "không phải ngày" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'SITE_NOW="không phải ngày" không phải là một thời điểm. Viết như 2026-02-01T08:00:00+07:00 hoặc 2026-02-01 08:00 (giờ Việt Nam), hoặc bỏ biến này để dùng giờ thật.',
    );
  }, 60_000);
});

describe("the front matter JSON Schema", () => {
  // Read straight from the file, not through the loader the script uses, so that both cannot agree on a wrong list.
  const { categories } = parseYaml(fs.readFileSync(path.join(ROOT, "content/site.yml"), "utf8")) as {
    categories: { slug: string }[];
  };
  const slugs = categories.map((c) => c.slug);
  const categoryEnum = (schema: unknown) =>
    (schema as { properties: { category: { enum: unknown } } }).properties.category.enum;

  it("is generated from the zod schema with exactly site.yml's categories", () => {
    expect(slugs.length).toBeGreaterThan(1);
    const schema = frontMatterJsonSchema(slugs);
    expect(categoryEnum(schema)).toEqual(slugs);
    expect(schema).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["title", "date", "category"]),
      additionalProperties: false,
    });
  });

  it("is what npm run content:schema writes, and the committed copy is up to date", () => {
    // An empty folder to run in: the script writes docs/front-matter.schema.json under the current directory.
    const out = makeContent({}, null);
    fs.mkdirSync(path.join(out, "docs"));
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/content-schema.ts")], {
      cwd: out,
      env: {
        ...process.env,
        CONTENT_DIR: path.join(ROOT, "content"),
        PUBLIC_DIR: path.join(ROOT, "public"),
        CONTENT_CACHE_DIR: "",
      },
    });
    const written = JSON.parse(fs.readFileSync(path.join(out, "docs/front-matter.schema.json"), "utf8"));
    expect(categoryEnum(written)).toEqual(slugs);
    expect(written).toEqual(frontMatterJsonSchema(slugs));
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, "docs/front-matter.schema.json"), "utf8"));
    expect(committed).toEqual(written);
    // The pages' and documents' schemas too, the documents' with site.yml's types and issuers.
    const { documentTypes, issuers } = parseYaml(
      fs.readFileSync(path.join(ROOT, "content/site.yml"), "utf8"),
    ) as {
      documentTypes: { slug: string }[];
      issuers: { slug: string }[];
    };
    for (const name of ["page.schema.json", "document.schema.json"]) {
      const generated = JSON.parse(fs.readFileSync(path.join(out, "docs", name), "utf8"));
      expect(JSON.parse(fs.readFileSync(path.join(ROOT, "docs", name), "utf8")), name).toEqual(generated);
    }
    const documentSchema = JSON.parse(fs.readFileSync(path.join(out, "docs/document.schema.json"), "utf8"));
    expect(documentSchema.properties.type.enum).toEqual(documentTypes.map((t) => t.slug));
    expect(documentSchema.properties.issuer.enum).toEqual(issuers.map((i) => i.slug));
    expect(documentSchema.required).toEqual(
      expect.arrayContaining(["title", "number", "type", "issuer", "issued", "files"]),
    );
  }, 60_000);
});
