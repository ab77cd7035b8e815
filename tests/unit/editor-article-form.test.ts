import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleFields, articleText } from "@/lib/editor/article-form";
import { writeDemoCorpus } from "@/scripts/demo-corpus";

// The editor's article form: an unedited form gives the file back byte for byte (so no commit), an edited one
// changes only what was edited.

const ROOT = path.resolve(import.meta.dirname, "../..");

function articlesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => path.join(dir, file));
}

describe("the article form", () => {
  it("gives every sample article and every article of the demo corpus back unchanged when nothing is edited", () => {
    const demo = fs.mkdtempSync(path.join(os.tmpdir(), "form-demo-"));
    writeDemoCorpus(demo, 300);
    const files = [
      ...articlesUnder(path.join(ROOT, "content/articles")),
      ...articlesUnder(path.join(demo, "articles")),
    ];
    expect(files.length).toBeGreaterThan(300);
    const changed = files.filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return articleText(text, articleFields(text)) !== text;
    });
    expect(changed).toEqual([]);
  });

  it("changes only the lines of the fields edited, keeping comments, quotes and order", () => {
    const text =
      '---\n# Bài mẫu\ntitle: "Hội nghị: tổng kết"\ndate: 2020-09-10T08:00:00+07:00\ncategory: dan-van\ntags: [Dân vận, Chợ Đồn]\nfeatured: true\n---\n\nĐoạn một.\n\nĐoạn hai.\n';
    const fields = articleFields(text);
    expect(fields).toEqual({
      title: "Hội nghị: tổng kết",
      date: "2020-09-10T08:00:00+07:00",
      category: "dan-van",
      summary: "",
      tags: "Dân vận, Chợ Đồn",
      body: "Đoạn một.\n\nĐoạn hai.",
    });
    const edited = articleText(text, {
      ...fields,
      summary: "Tóm tắt mới.",
      body: "Đoạn một.\r\n\r\nĐoạn hai, sửa.\r\n",
    });
    expect(edited).toBe(
      '---\n# Bài mẫu\ntitle: "Hội nghị: tổng kết"\ndate: 2020-09-10T08:00:00+07:00\ncategory: dan-van\ntags: [Dân vận, Chợ Đồn]\nfeatured: true\nsummary: Tóm tắt mới.\n---\n\nĐoạn một.\n\nĐoạn hai, sửa.\n',
    );
  });

  it("writes a new article's front matter from the form", () => {
    expect(
      articleText(null, {
        title: "Tin mới",
        date: "2026-12-03 08:00",
        category: "dan-van",
        summary: "",
        tags: " Dân vận ,, Tuyên truyền ",
        body: "Nội dung.",
      }),
    ).toBe(
      "---\ntitle: Tin mới\ndate: 2026-12-03 08:00\ncategory: dan-van\ntags:\n  - Dân vận\n  - Tuyên truyền\n---\n\nNội dung.\n",
    );
  });
});
