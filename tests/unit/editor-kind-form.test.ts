import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content/site-file";
import { kindOf } from "@/lib/editor/check";
import { formSpec, formText, formValues, type FormValues } from "@/lib/editor/kind-form";
import { writeDemoCorpus } from "@/scripts/demo-corpus";

// The editor's form of each kind, generated from its schema: an unedited form gives the file back byte for byte (so
// no commit), an edited one changes only what was edited.

const ROOT = path.resolve(import.meta.dirname, "../..");
const site = loadSite(path.join(ROOT, "content")).site;

function markdownUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => path.join(dir, file));
}

describe("the form of each kind", () => {
  it("gives every sample file and every file of the demo corpus back unchanged when nothing is edited", () => {
    const demo = fs.mkdtempSync(path.join(os.tmpdir(), "form-demo-"));
    writeDemoCorpus(demo, 300, { documents: 30, pages: 12 });
    const files = [
      ...markdownUnder(path.join(ROOT, "content")).map((file) => [path.join(ROOT, "content"), file] as const),
      ...markdownUnder(demo).map((file) => [demo, file] as const),
    ];
    const kinds = new Map<string, number>();
    const changed = files.filter(([dir, file]) => {
      const kind = kindOf(path.relative(dir, file).split(path.sep).join("/"));
      if (!kind) return false;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const spec = formSpec(kind, site);
      const text = fs.readFileSync(file, "utf8");
      return formText(text, spec, formValues(text, spec)) !== text;
    });
    expect(changed).toEqual([]);
    expect(kinds.get("bai-viet")).toBeGreaterThan(300);
    expect(kinds.get("trang")).toBeGreaterThan(12);
    expect(kinds.get("van-ban")).toBeGreaterThan(30);
  });

  it("is generated from the schema: each key's control, choices with the site's names, what is required", () => {
    const documents = formSpec("van-ban", site);
    expect(documents.map(({ key }) => key)).toEqual([
      "title",
      "number",
      "type",
      "issuer",
      "issued",
      "effective",
      "expires",
      "signer",
      "files",
      "replacedBy",
      "slug",
    ]);
    const type = documents.find(({ key }) => key === "type")!;
    expect(type).toMatchObject({ label: "Loại văn bản", control: "select", required: true });
    expect(type.options).toContainEqual({ value: "nghi-quyet", label: "Nghị quyết" });
    expect(documents.find(({ key }) => key === "files")).toMatchObject({ control: "list", required: true });
    expect(documents.find(({ key }) => key === "signer")).toMatchObject({ control: "text", required: false });
    const pages = formSpec("trang", site);
    expect(pages.map(({ key, control }) => `${key}:${control}`)).toEqual([
      "title:text",
      "summary:long",
      "updated:text",
      "order:number",
      "lang:select",
    ]);
    expect(pages.find(({ key }) => key === "lang")!.options).toEqual([
      { value: "vi", label: "Tiếng Việt" },
      { value: "en", label: "Tiếng Anh" },
    ]);
    const articles = formSpec("bai-viet", site);
    expect(articles.slice(0, 5).map(({ label }) => label)).toEqual([
      "Tiêu đề",
      "Chuyên mục",
      "Ngày đăng",
      "Tóm tắt",
      "Từ khóa",
    ]);
    expect(articles.find(({ key }) => key === "featured")).toMatchObject({ control: "flag" });
    expect(articles.some(({ key }) => key === "draft" || key === "review")).toBe(false);
  });

  it("changes only the lines of the fields edited, keeping comments, quotes and order", () => {
    const spec = formSpec("bai-viet", site);
    const text =
      '---\n# Bài mẫu\ntitle: "Hội nghị: tổng kết"\ndate: 2020-09-10T08:00:00+07:00\ncategory: dan-van\ntags: [Dân vận, Chợ Đồn]\nfeatured: true\n---\n\nĐoạn một.\n\nĐoạn hai.\n';
    const values = formValues(text, spec);
    expect(values.fields).toMatchObject({
      title: "Hội nghị: tổng kết",
      date: "2020-09-10T08:00:00+07:00",
      category: "dan-van",
      summary: "",
      tags: "Dân vận, Chợ Đồn",
      featured: "1",
    });
    expect(values.body).toBe("Đoạn một.\n\nĐoạn hai.");
    const edited = formText(text, spec, {
      fields: { ...values.fields, summary: "Tóm tắt mới." },
      body: "Đoạn một.\r\n\r\nĐoạn hai, sửa.\r\n",
    });
    expect(edited).toBe(
      '---\n# Bài mẫu\ntitle: "Hội nghị: tổng kết"\ndate: 2020-09-10T08:00:00+07:00\ncategory: dan-van\ntags: [Dân vận, Chợ Đồn]\nfeatured: true\nsummary: Tóm tắt mới.\n---\n\nĐoạn một.\n\nĐoạn hai, sửa.\n',
    );
    // A tick box not ticked posts nothing: the flag is removed.
    expect(
      formText(text, spec, { fields: { ...values.fields, featured: "" }, body: values.body }),
    ).not.toContain("featured");
  });

  it("writes a new piece's front matter from the form: lists, numbers, and a number typed wrong kept for the check", () => {
    const article: FormValues = {
      fields: {
        title: "Tin mới",
        date: "2026-12-03 08:00",
        category: "dan-van",
        tags: " Dân vận ,, Tuyên truyền ",
      },
      body: "Nội dung.",
    };
    expect(formText(null, formSpec("bai-viet", site), article)).toBe(
      "---\ntitle: Tin mới\ncategory: dan-van\ndate: 2026-12-03 08:00\ntags:\n  - Dân vận\n  - Tuyên truyền\n---\n\nNội dung.\n",
    );
    const page = (order: string) =>
      formText(null, formSpec("trang", site), {
        fields: { title: "Liên hệ", order, lang: "vi" },
        body: "Địa chỉ.",
      });
    expect(page("3")).toBe("---\ntitle: Liên hệ\norder: 3\nlang: vi\n---\n\nĐịa chỉ.\n");
    expect(page("ba")).toContain("order: ba\n");
  });
});
