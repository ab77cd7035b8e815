import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { keepPreview, keptPreview, previewArticle } from "@/lib/editor/preview";

const ROOT = path.resolve(import.meta.dirname, "../..");
const loaded = loadContent({ contentDir: path.join(ROOT, "content"), publicDir: path.join(ROOT, "public") });
const NOW = new Date("2026-12-03T09:00:00Z");
const text = (front: string, body = "Nội dung bài.") =>
  `---\ntitle: Hội nghị xem trước\ndate: 2026-12-02 08:00\ncategory: ${loaded.site!.categories[0]!.slug}\n${front}---\n\n${body}\n`;

describe("an article's preview", () => {
  it("is the page data a published article gets: a draft shown as published, with its neighbours", () => {
    const preview = previewArticle(
      loaded,
      ROOT,
      "articles/2026/hoi-nghi-xem-truoc.md",
      text("draft: true\nreview: true\n"),
      NOW,
    );
    if (!preview.ok) throw new Error(preview.problems.join("\n"));
    expect(preview.data.article.title).toBe("Hội nghị xem trước");
    expect(preview.data.article.html).toContain("<p>Nội dung bài.</p>");
    expect(preview.data.shell.site.name).toBe(loaded.site!.name);
    expect(preview.data.older).not.toBeNull();
  });

  it("a piece scheduled for later is shown as at its hour", () => {
    const later = text("").replace("date: 2026-12-02 08:00", "date: 2099-01-01 07:00");
    const preview = previewArticle(loaded, ROOT, "articles/2099/hoi-nghi-xem-truoc.md", later, NOW);
    expect(preview.ok && preview.data.article.title).toBe("Hội nghị xem trước");
  });

  it("a text with errors gives the content check's messages instead", () => {
    const broken = text("").replace("date: 2026-12-02 08:00", "date: 2026-02-31");
    const preview = previewArticle(loaded, ROOT, "articles/2026/hoi-nghi-xem-truoc.md", broken, NOW);
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.problems.join("\n")).toMatch(/date/);
  });

  it("is kept for the account that asked for it only", () => {
    const preview = previewArticle(loaded, ROOT, "articles/2026/hoi-nghi-xem-truoc.md", text(""), NOW);
    const name = keepPreview(7, "articles/2026/hoi-nghi-xem-truoc.md", preview);
    expect(name).toMatch(/^[\w-]{22}$/);
    expect(keptPreview(7, name)?.preview).toBe(preview);
    expect(keptPreview(8, name)).toBeNull();
    expect(keptPreview(7, "khong-co")).toBeNull();
  });
});
