import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { parseDocument } from "yaml";
import { loadContent } from "@/lib/content/load";

export const FIXTURE_PUBLIC = path.resolve(import.meta.dirname, "../fixtures/public");

export const SITE_YML = `name: Trang thử
description: Trang dùng cho kiểm thử.
organization: Cơ quan thử
categories:
  - slug: tin-tuc
    name: Tin tức
  - slug: dan-van
    name: Dân vận
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Write a content folder: `files` maps paths under `articles/` to their text (or bytes). */
export function makeContent(
  files: Record<string, string | Uint8Array>,
  siteYml: string | null = SITE_YML,
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "noi-dung-"));
  made.push(dir);
  if (siteYml !== null) fs.writeFileSync(path.join(dir, "site.yml"), siteYml);
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, "articles", name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

/** A valid article's text, with front matter fields overridden (a `null` value removes the field). */
export function article(fields: Record<string, string | null> = {}, body = "Nội dung bài viết.\n"): string {
  const base: Record<string, string | null> = {
    title: "Bài thử",
    date: "2020-09-10",
    category: "tin-tuc",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

export function load(files: Record<string, string | Uint8Array>, siteYml?: string | null) {
  return loadContent({ contentDir: makeContent(files, siteYml), publicDir: FIXTURE_PUBLIC });
}

/**
 * The sample site.yml without its menu: for a content folder of its own (an import's), which has none of the sample
 * pages the menu names.
 */
export function siteWithoutMenu(): string {
  const doc = parseDocument(
    fs.readFileSync(path.resolve(import.meta.dirname, "../../content/site.yml"), "utf8"),
  );
  doc.delete("menu");
  return doc.toString();
}
