import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { buildContentIndex } from "@/lib/content/store";
import { numberKey } from "@/lib/content/cross-checks";
import { documentsPage, documentPage } from "@/lib/document-data";
import { contentPage } from "@/lib/content-page-data";
import { resolveMenu } from "@/lib/menu";
import { parseQuery } from "@/lib/search/query";
import type { SearchHit } from "@/lib/search/search-index";
import { article, SITE_YML } from "./helpers";

// Pages, documents and the menu: each kind's schema, the checks across files, and what the site makes of them.

const LIBRARY = `documentTypes:
  - slug: nghi-quyet
    name: Nghị quyết
  - slug: ke-hoach
    name: Kế hoạch
issuers:
  - slug: ban-chap-hanh
    name: Ban Chấp hành Đảng bộ huyện
  - slug: ban-thuong-vu
    name: Ban Thường vụ Huyện ủy
`;

interface Folder {
  articles?: Record<string, string>;
  pages?: Record<string, string>;
  documents?: Record<string, string>;
  /** Files under public/files/, by name. */
  files?: string[];
  site?: string;
}

/** A content folder and a public folder with these files. */
function folder({
  articles = {},
  pages = {},
  documents = {},
  files = [],
  site = SITE_YML + LIBRARY,
}: Folder) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kinds-"));
  const contentDir = path.join(root, "content");
  const publicDir = path.join(root, "public");
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write(path.join(contentDir, "site.yml"), site);
  for (const [kind, list] of Object.entries({ articles, pages, documents }))
    for (const [name, text] of Object.entries(list)) write(path.join(contentDir, kind, name), text);
  for (const name of files) write(path.join(publicDir, "files", name), Buffer.alloc(2048, 1));
  fs.mkdirSync(publicDir, { recursive: true });
  return { contentDir, publicDir, root };
}

const page = (fields: Record<string, string> = {}, body = "Nội dung trang.\n") =>
  `---\n${Object.entries({ title: "Trang", ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n\n${body}`;

const documentText = (fields: Record<string, string | null> = {}, body = "") =>
  `---\n${Object.entries({
    title: "Về chuyển đổi số",
    number: '"15-NQ/HU"',
    type: "nghi-quyet",
    issuer: "ban-chap-hanh",
    issued: "2025-03-15",
    files: "[/files/2025/nq-15.pdf]",
    ...fields,
  })
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n\n${body}`;

const problemsOf = (f: Folder) => {
  const { contentDir, publicDir } = folder(f);
  return loadContent({ contentDir, publicDir });
};
const lines = (f: Folder) =>
  problemsOf(f).problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""} ${p.field}: ${p.message}`);

describe("pages", () => {
  const pages = {
    "gioi-thieu/index.md": page({ title: "Giới thiệu", order: "1" }),
    "gioi-thieu/lich-su.md": page({ title: "Lịch sử", order: "2" }),
    "gioi-thieu/ban-thuong-vu.md": page({ title: "Ban Thường vụ", order: "1" }),
    "gioi-thieu/co-cau.md": page({ title: "Cơ cấu" }),
    "english.md": page({ title: "About", lang: "en" }),
  };

  it("are at their file's address, with their parents and their children in order", () => {
    const { contentDir, publicDir } = folder({ pages });
    const content = buildContentIndex({ contentDir, publicDir, includeDrafts: false });
    const now = new Date("2026-01-01T00:00:00Z");
    const intro = contentPage(content, "/gioi-thieu", now)!;
    expect(intro.children.map((c) => c.path)).toEqual([
      "/gioi-thieu/ban-thuong-vu",
      "/gioi-thieu/lich-su",
      "/gioi-thieu/co-cau",
    ]);
    const history = contentPage(content, "/gioi-thieu/lich-su", now)!;
    expect(history.trail.map((t) => t.title)).toEqual(["Giới thiệu"]);
    expect(history.head.canonical).toBe("http://localhost:3000/gioi-thieu/lich-su");
    expect(contentPage(content, "/english", now)!.page.lang).toBe("en");
    expect(contentPage(content, "/english", now)!.head.dublinCore?.language).toBe("en");
    expect(contentPage(content, "/khong-co", now)).toBeNull();
  });

  it("may not take an address of the site's own routes, nor share one: each named with the other", () => {
    expect(
      lines({
        pages: {
          "gioi-thieu.md": page(),
          "gioi-thieu/index.md": page(),
          "van-ban/index.md": page(),
          "tim-kiem.md": page(),
          "Trang Mới.md": page(),
        },
      }),
    ).toEqual([
      expect.stringMatching(/^pages\/Trang Mới\.md tệp: "Trang Mới" không dùng được làm đường dẫn/),
      expect.stringMatching(
        /^pages\/gioi-thieu\/index\.md tệp: Trang này và pages\/gioi-thieu\.md cùng có đường dẫn \/gioi-thieu/,
      ),
      expect.stringMatching(/^pages\/tim-kiem\.md tệp: Đường dẫn \/tim-kiem trùng với phần \/tim-kiem/),
      expect.stringMatching(/^pages\/van-ban\/index\.md tệp: Đường dẫn \/van-ban trùng với phần \/van-ban/),
    ]);
  });

  it("name a wrong field of their front matter, and the others still load", () => {
    const loaded = problemsOf({
      pages: { "a.md": page({ lang: "fr", order: "đầu" }), "b.md": page() },
      articles: { "bai.md": article({ category: "tin-tuc" }) },
    });
    expect(loaded.problems.map((p) => `${p.field}:${p.line}`).sort()).toEqual(["lang:3", "order:4"]);
    expect(loaded.pages.map((p) => p.path)).toEqual(["/b"]);
    expect(loaded.articles).toHaveLength(1);
  });
});

describe("documents", () => {
  const files = ["2025/nq-15.pdf", "2024/kh-08.docx", "2025/kh-20.pdf"];

  it("load with their type, issuer, dates and files measured", () => {
    const { documents, problems } = problemsOf({
      documents: {
        "2025/nghi-quyet-15.md": documentText({ signer: "Nguyễn Văn A", effective: "2025-04-01" }),
      },
      files,
    });
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      expect.objectContaining({
        slug: "nghi-quyet-15",
        number: "15-NQ/HU",
        type: { slug: "nghi-quyet", name: "Nghị quyết" },
        issuer: { slug: "ban-chap-hanh", name: "Ban Chấp hành Đảng bộ huyện" },
        signer: "Nguyễn Văn A",
        files: [{ src: "/files/2025/nq-15.pdf", format: "PDF", bytes: 2048 }],
      }),
    ]);
  });

  it("name each bad input by file, line and field, and keep every other document", () => {
    const bad = {
      "loai-la.md": documentText({ type: "nghi-dinh", number: '"1-NQ/HU"' }),
      "co-quan-la.md": documentText({ issuer: "bo-chinh-tri", number: '"2-NQ/HU"' }),
      "thieu-tep.md": documentText({ files: "[/files/2025/khong-co.pdf]", number: '"3-NQ/HU"' }),
      "sai-dang-tep.md": documentText({ files: "[/files/2025/nq-15.exe]", number: '"4-NQ/HU"' }),
      "ngoai-thu-muc.md": documentText({ files: "[/images/a.pdf]", number: '"5-NQ/HU"' }),
      "het-truoc-ban-hanh.md": documentText({ expires: "2025-01-01", number: '"6-NQ/HU"' }),
      "thieu-so.md": documentText({ number: null }),
      "thay-the-la.md": documentText({ replacedBy: "khong-co", number: '"7-NQ/HU"' }),
      "tot.md": documentText({ number: '"8-NQ/HU"' }),
      "trung-so.md": documentText({ number: '"15 - nq/hu"' }),
      "trung-so-goc.md": documentText(),
      "khac-co-quan.md": documentText({ issuer: "ban-thuong-vu" }),
    };
    const loaded = problemsOf({ documents: bad, files });
    const byFile = Object.fromEntries(
      loaded.problems.map((p) => [p.file.replace("documents/", ""), `${p.field}: ${p.message}`]),
    );
    expect(Object.keys(byFile).sort()).toEqual(
      [
        "co-quan-la.md",
        "het-truoc-ban-hanh.md",
        "loai-la.md",
        "ngoai-thu-muc.md",
        "sai-dang-tep.md",
        "thay-the-la.md",
        "thieu-so.md",
        "thieu-tep.md",
        "trung-so.md",
      ].sort(),
    );
    expect(byFile["loai-la.md"]).toMatch(
      /^type: Loại văn bản "nghi-dinh" không có trong content\/site\.yml\. Chọn một trong: nghi-quyet, ke-hoach/,
    );
    expect(byFile["co-quan-la.md"]).toMatch(/^issuer: Cơ quan ban hành "bo-chinh-tri" không có/);
    expect(byFile["thieu-tep.md"]).toMatch(
      /^files\.0: Không tìm thấy tệp public\/files\/2025\/khong-co\.pdf/,
    );
    expect(byFile["sai-dang-tep.md"]).toMatch(
      /^files\.0: Tệp "\/files\/2025\/nq-15\.exe" có dạng \.exe không được nhận/,
    );
    expect(byFile["ngoai-thu-muc.md"]).toMatch(
      /^files\.0: Tệp "\/images\/a\.pdf" phải nằm trong public\/files\//,
    );
    expect(byFile["het-truoc-ban-hanh.md"]).toMatch(
      /^expires: Ngày hết hiệu lực \(expires\) sớm hơn ngày ban hành/,
    );
    expect(byFile["thieu-so.md"]).toMatch(/^number: Thiếu số, ký hiệu văn bản/);
    expect(byFile["thay-the-la.md"]).toMatch(/^replacedBy: Không có văn bản nào có slug "khong-co"/);
    // The same number from the same issuer, however it is spaced or cased; another issuer may use it.
    expect(byFile["trung-so.md"]).toMatch(
      /^number: Số, ký hiệu "15 - nq\/hu" của Ban Chấp hành Đảng bộ huyện đã có ở documents\/trung-so-goc\.md/,
    );
    expect(loaded.documents.map((d) => d.slug).sort()).toEqual(["khac-co-quan", "tot", "trung-so-goc"]);
  });

  it("are numbered alike however the number is spaced or cased", () => {
    expect(numberKey("15-NQ/HU")).toBe(numberKey(" 15 - nq/hu "));
    expect(numberKey("15-NQ/HU")).not.toBe(numberKey("16-NQ/HU"));
  });

  describe("in the library", () => {
    const documents = {
      "2025/nq-15.md": documentText({ effective: "2025-04-01" }),
      "2024/kh-08.md": documentText({
        title: "Kế hoạch học tập",
        number: '"08-KH/HU"',
        type: "ke-hoach",
        issuer: "ban-thuong-vu",
        issued: "2024-02-01",
        files: "[/files/2024/kh-08.docx]",
        replacedBy: "kh-20",
      }),
      "2025/kh-20.md": documentText({
        title: "Kế hoạch học tập mới",
        number: '"20-KH/HU"',
        type: "ke-hoach",
        issuer: "ban-thuong-vu",
        issued: "2025-01-10",
        expires: "2025-12-31",
        files: "[/files/2025/kh-20.pdf]",
      }),
    };
    const { contentDir, publicDir } = folder({
      documents,
      files,
      articles: {
        "bai.md": article({ title: "Nghị quyết 15 được quán triệt sâu rộng", category: "tin-tuc" }),
      },
    });
    const content = buildContentIndex({ contentDir, publicDir, includeDrafts: false });
    const now = new Date("2025-06-01T00:00:00Z");

    it("are filtered by type, issuer and year, newest first, and a value naming nothing is no page", () => {
      const slugs = (query: Record<string, string>) =>
        documentsPage(content, query, now)?.items.map((d) => d.slug) ?? null;
      expect(slugs({})).toEqual(["nq-15", "kh-20", "kh-08"]);
      expect(slugs({ loai: "ke-hoach" })).toEqual(["kh-20", "kh-08"]);
      expect(slugs({ loai: "ke-hoach", nam: "2025" })).toEqual(["kh-20"]);
      expect(slugs({ "co-quan": "ban-chap-hanh" })).toEqual(["nq-15"]);
      expect(slugs({ loai: "", "co-quan": "", nam: "" })).toEqual(["nq-15", "kh-20", "kh-08"]);
      for (const query of [
        { loai: "khong-co" },
        { "co-quan": "x" },
        { nam: "25" },
        { trang: "2" },
        { trang: "x" },
      ])
        expect(documentsPage(content, query, now), JSON.stringify(query)).toBeNull();
      const page = documentsPage(content, { loai: "ke-hoach" }, now)!;
      expect(page.options.types).toEqual([
        { slug: "nghi-quyet", name: "Nghị quyết", count: 1 },
        { slug: "ke-hoach", name: "Kế hoạch", count: 2 },
      ]);
      expect(page.head.canonical).toBe("http://localhost:3000/van-ban?loai=ke-hoach");
    });

    it("say whether they are in effect, and what replaces what", () => {
      const old = documentPage(content, "kh-08", now)!;
      expect(old.document.status).toBe("replaced");
      expect(old.replacedBy?.slug).toBe("kh-20");
      expect(documentPage(content, "kh-20", now)!.replaces.map((d) => d.slug)).toEqual(["kh-08"]);
      expect(documentPage(content, "kh-20", now)!.document.status).toBe("inEffect");
      expect(documentPage(content, "kh-20", new Date("2026-01-02T00:00:00Z"))!.document.status).toBe(
        "expired",
      );
      expect(documentPage(content, "nq-15", new Date("2025-03-20T00:00:00Z"))!.document.status).toBe(
        "notYet",
      );
      const page = documentPage(content, "nq-15", now)!;
      expect(page.document.files).toEqual([
        { src: "/files/2025/nq-15.pdf", format: "PDF", bytes: 2048, name: "nq-15.pdf" },
      ]);
      expect(page.head.dublinCore).toMatchObject({
        identifier: "15-NQ/HU",
        type: "Nghị quyết",
        date: "2025-03-15",
      });
      expect(page.jsonLd[0]).toMatchObject({
        "@type": "DigitalDocument",
        identifier: { value: "15-NQ/HU" },
        genre: "Nghị quyết",
        author: { name: "Ban Chấp hành Đảng bộ huyện" },
        dateCreated: "2025-03-15",
      });
    });

    it("are found by their number however it is typed, first, beside articles and labelled", () => {
      const first = (q: string) => {
        const hit: SearchHit | undefined = content.search().search(parseQuery(q), { now }).hits[0];
        return hit?.entry.kind === "document" ? hit.entry.document.slug : hit?.entry.kind;
      };
      for (const q of ["15-NQ/HU", "15 nq hu", "nghị quyết 15", "nghi quyet 15", "NQ 15"])
        expect(first(q), q).toBe("nq-15");
      expect(first("20-KH/HU")).toBe("kh-20");
      const kinds = content
        .search()
        .search(parseQuery("nghị quyết 15"), { now })
        .hits.map((h) => h.entry.kind);
      expect(kinds).toEqual(["document", "article"]);
    });
  });
});

describe("the menu", () => {
  const site = (menu: string) => `${SITE_YML}${LIBRARY}menu:\n${menu}`;

  it("resolves each item's address and words, and leaves the header as it was without one", () => {
    const { contentDir, publicDir } = folder({
      pages: {
        "gioi-thieu/index.md": page({ title: "Giới thiệu" }),
        "gioi-thieu/lich-su.md": page({ title: "Lịch sử" }),
      },
      site: site(
        [
          "  - page: /gioi-thieu",
          "    children:",
          "      - page: /gioi-thieu/lich-su",
          "  - category: dan-van",
          "  - title: Nghị quyết",
          "    documents: nghi-quyet",
          "  - title: Cổng Dịch vụ công",
          "    url: https://dichvucong.gov.vn",
          "",
        ].join("\n"),
      ),
    });
    const content = buildContentIndex({ contentDir, publicDir, includeDrafts: false });
    expect(resolveMenu(content)).toEqual([
      {
        title: "Giới thiệu",
        href: "/gioi-thieu",
        external: false,
        children: [{ title: "Lịch sử", href: "/gioi-thieu/lich-su", external: false, children: [] }],
      },
      { title: "Dân vận", href: "/chuyen-muc/dan-van", external: false, children: [] },
      { title: "Nghị quyết", href: "/van-ban?loai=nghi-quyet", external: false, children: [] },
      { title: "Cổng Dịch vụ công", href: "https://dichvucong.gov.vn", external: true, children: [] },
    ]);
    const plain = folder({});
    expect(resolveMenu(buildContentIndex({ ...plain, includeDrafts: false }))).toBeNull();
  });

  it("names each item that leads nowhere, by its place in site.yml, and checks the rest", () => {
    const report = (menu: string, pages: Record<string, string> = {}) => {
      const { contentDir, publicDir, root } = folder({
        site: site(menu),
        pages,
        articles: { "a.md": article({ category: "tin-tuc" }) },
      });
      return checkContent({ contentDir, publicDir }, root);
    };
    const wrong = report(
      [
        "  - page: /khong-co",
        "  - category: the-thao",
        "  - title: Chỉ thị",
        "    documents: chi-thi",
        "  - title: Nháp",
        "    page: /nhap",
        "  - title: Hai nơi",
        "    page: /nhap",
        "    archive: true",
        "  - title: Không an toàn",
        "    url: http://example.vn",
        "  - title: Nhóm",
        "    children:",
        "      - title: Con",
        "        archive: true",
        "        children: []",
        "",
      ].join("\n"),
      { "nhap.md": page({ draft: "true" }) },
    );
    expect(wrong.errors.map((e) => `${e.field}: ${e.message.slice(0, 40)}`)).toEqual([
      expect.stringMatching(/^menu\.4: Mỗi mục menu chỉ dẫn tới một nơi/),
      expect.stringMatching(/^menu\.5\.url: url phải là một địa chỉ đầy đủ/),
      expect.stringMatching(/^menu\.6\.children\.0: Menu chỉ có một cấp mục con/),
    ]);
    // With site.yml valid, the targets are checked against the content.
    const targets = report(
      [
        "  - page: /khong-co",
        "  - category: the-thao",
        "  - title: Chỉ thị",
        "    documents: chi-thi",
        "  - title: Nháp",
        "    page: /nhap",
        "",
      ].join("\n"),
      { "nhap.md": page({ draft: "true" }) },
    );
    expect(targets.errors.map((e) => `${e.file} ${e.field}`)).toEqual([
      "content/site.yml menu.0.page",
      "content/site.yml menu.1.category",
      "content/site.yml menu.2.documents",
      "content/site.yml menu.3.page",
    ]);
    expect(targets.errors[3]!.message).toContain("bản nháp");
    expect(targets.articles).toBe(1);
  });
});

describe("content:new for pages and documents", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");

  it("writes a draft page and a draft document, its file copied, that pass the check as written", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "moi-"));
    const contentDir = path.join(root, "content");
    const publicDir = path.join(root, "public");
    fs.cpSync(path.join(ROOT, "content"), contentDir, { recursive: true });
    fs.cpSync(path.join(ROOT, "public"), publicDir, { recursive: true });
    const scan = path.join(root, "Nghị quyết 21.PDF");
    fs.copyFileSync(path.join(ROOT, "public/files/2025/nghi-quyet-15-nq-hu.pdf"), scan);
    const run = (...args: string[]) =>
      spawnSync(
        path.join(ROOT, "node_modules/.bin/tsx"),
        [path.join(ROOT, "scripts/content-new.ts"), ...args],
        {
          cwd: root,
          env: {
            ...process.env,
            CONTENT_DIR: contentDir,
            PUBLIC_DIR: publicDir,
            CONTENT_CACHE_DIR: "",
            SITE_NOW: "2026-03-05 09:30",
          },
          encoding: "utf8",
        },
      );
    const pageRun = run("--page", "Tổ chức bộ máy", "--parent", "/gioi-thieu");
    expect(pageRun.status, pageRun.stderr).toBe(0);
    expect(pageRun.stdout).toContain("content/pages/gioi-thieu/to-chuc-bo-may.md");
    const documentRun = run(
      "--document",
      "Về công tác cán bộ",
      "--number",
      "21-NQ/HU",
      "--type",
      "nghi-quyet",
      "--issuer",
      "ban-chap-hanh",
      "--file",
      scan,
    );
    expect(documentRun.status, documentRun.stderr).toBe(0);
    expect(fs.existsSync(path.join(publicDir, "files/2026/nghi-quyet-21-nq-hu.pdf"))).toBe(true);
    const report = checkContent({ contentDir, publicDir }, root);
    expect(report.errors).toEqual([]);
    expect([report.pages, report.documents]).toEqual([7, 6]);
    const loaded = loadContent({ contentDir, publicDir });
    expect(loaded.documents.find((d) => d.slug === "nghi-quyet-21-nq-hu")).toMatchObject({
      number: "21-NQ/HU",
      draft: true,
      files: [{ src: "/files/2026/nghi-quyet-21-nq-hu.pdf", format: "PDF" }],
    });
    // Never overwritten; a missing file or an unknown type is told in one line.
    expect(run("--page", "Tổ chức bộ máy", "--parent", "/gioi-thieu").stderr).toContain("không ghi đè");
    const wrong = run(
      "--document",
      "X",
      "--number",
      "1-NQ/HU",
      "--type",
      "nghi-dinh",
      "--issuer",
      "ban-chap-hanh",
      "--file",
      scan,
    );
    expect([wrong.status, wrong.stderr.trim()]).toEqual([
      1,
      expect.stringMatching(/^Loại văn bản "nghi-dinh" không có/),
    ]);
  }, 60_000);
});
