import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { buildCatalog } from "@/lib/editor/catalog";

// The editor's list of everything, from a load of its clone's content folder.

const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date("2026-12-03T08:00:00+07:00");

function corpus() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalog-"));
  fs.cpSync(path.join(ROOT, "content"), dir, { recursive: true });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write(
    "articles/2026/nhap.md",
    "---\ntitle: Hội nghị cán bộ chủ chốt\ndate: 2026-12-01\ncategory: xay-dung-dang\nauthor: Nguyễn Thị Hoa\ndraft: true\n---\n\nNháp.\n",
  );
  write(
    "articles/2026/cho-duyet.md",
    "---\ntitle: Tập huấn nghiệp vụ\ndate: 2026-12-02\ncategory: xay-dung-dang\nauthor: Nguyễn Thị Hoa\ndraft: true\nreview: true\n---\n\nChờ duyệt.\n",
  );
  write(
    "articles/2027/hen-gio.md",
    "---\ntitle: Chương trình năm 2027\ndate: 2027-01-10\ncategory: xay-dung-dang\nauthor: Trần Lan\n---\n\nHẹn giờ.\n",
  );
  // A draft saved with problems: listed all the same.
  write(
    "articles/2026/loi.md",
    "---\ntitle: Bài còn lỗi\ndate: 2026-11-30\ncategory: khong-co\nauthor: Nguyễn Thị Hoa\ndraft: true\n---\n\nLỗi.\n",
  );
  return dir;
}

describe("the editor's catalog", () => {
  const dir = corpus();
  const loaded = loadContent({ contentDir: dir, publicDir: path.join(ROOT, "public") });
  const catalog = buildCatalog(loaded, (file) => fs.readFileSync(path.join(dir, file)), NOW);

  it("lists every article, page and document, drafts and refused files included, newest first", () => {
    const kinds = new Set(catalog.entries.map((entry) => entry.kind));
    expect(kinds).toEqual(new Set(["bai-viet", "trang", "van-ban"]));
    expect(catalog.entries.length).toBe(
      loaded.articles.length + loaded.pages.length + loaded.documents.length + 1,
    );
    expect(catalog.entries[0]!.file).toBe("articles/2027/hen-gio.md");
    const refused = catalog.entries.find((entry) => entry.file === "articles/2026/loi.md")!;
    expect(refused).toMatchObject({ title: "Bài còn lỗi", status: "nhap", author: "Nguyễn Thị Hoa" });
    expect(refused.problems).toBeGreaterThan(0);
  });

  it("reads each status from the file: nháp, chờ duyệt, đã hẹn giờ, đã đăng", () => {
    const status = (file: string) => catalog.entries.find((entry) => entry.file === file)?.status;
    expect(status("articles/2026/nhap.md")).toBe("nhap");
    expect(status("articles/2026/cho-duyet.md")).toBe("cho-duyet");
    expect(status("articles/2027/hen-gio.md")).toBe("hen-gio");
    expect(catalog.find({ status: "da-dang", kind: "bai-viet" }).total).toBe(
      loaded.articles.filter((a) => !a.draft && a.date <= NOW).length,
    );
  });

  it("filters by kind, status and author, finds words without their accents, and pages by 50", () => {
    const hoa = catalog.find({ author: "Nguyễn Thị Hoa" });
    expect(hoa.entries.map((entry) => entry.file).sort()).toEqual([
      "articles/2026/cho-duyet.md",
      "articles/2026/loi.md",
      "articles/2026/nhap.md",
    ]);
    expect(catalog.find({ author: "Nguyễn Thị Hoa", status: "cho-duyet" }).entries).toHaveLength(1);
    expect(catalog.find({ q: "hoi nghi can bo" }).entries.map((entry) => entry.file)).toEqual([
      "articles/2026/nhap.md",
    ]);
    expect(catalog.find({ kind: "van-ban", q: "15-nq" }).total).toBe(1);
    expect(catalog.authors()).toContain("Trần Lan");
    const all = catalog.find({});
    expect(all.entries).toHaveLength(Math.min(50, all.total));
  });
});
