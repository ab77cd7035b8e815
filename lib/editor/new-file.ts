/**
 * Where a new piece goes: an article under its year and title, a document under its year of issue, type and
 * number, a page in the section chosen (a folder of content/pages with its index page) and its title.
 */
import fs from "node:fs";
import path from "node:path";
import { slugify } from "../text";
import type { Kind } from "./catalog";
import { formValues, type FormValues } from "./kind-form";

/** A new piece's file: an article's year and title; a page's section and title; a document's year, type and number. */
export function newFile(
  kind: Kind,
  values: FormValues,
  parent: string,
  dir: string,
  now = new Date(),
): string {
  const { fields } = values;
  const yearOf = (date: string | undefined) =>
    /^\d{4}/.exec((date ?? "").trim())?.[0] ?? String(now.getFullYear());
  if (kind === "bai-viet")
    return `articles/${yearOf(fields.date)}/${slugify(fields.title ?? "") || "bai-moi"}.md`;
  if (kind === "van-ban") {
    const name =
      slugify(`${fields.type ?? ""} ${fields.number ?? ""}`) || slugify(fields.title ?? "") || "van-ban-moi";
    return `documents/${yearOf(fields.issued)}/${name}.md`;
  }
  const section = sections(dir).some(({ value }) => value === parent) ? `${parent}/` : "";
  return `pages/${section}${slugify(fields.title ?? "") || "trang-moi"}.md`;
}

/** The sections a new page may go in: the folders of content/pages with their index page. */
export function sections(dir: string): { value: string; label: string }[] {
  const root = path.join(/* turbopackIgnore: true */ dir, "content", "pages");
  const found: { value: string; label: string }[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isDirectory() || !/^[a-z0-9-]+$/.test(entry.name)) continue;
      const value = `${prefix}${entry.name}`;
      const index = path.join(/* turbopackIgnore: true */ folder, entry.name, "index.md");
      if (fs.existsSync(index)) found.push({ value, label: titleOf(index) || value });
      walk(path.join(/* turbopackIgnore: true */ folder, entry.name), `${value}/`);
    }
  };
  walk(root, "");
  return found;
}

function titleOf(file: string): string {
  return formValues(fs.readFileSync(file, "utf8"), [
    { key: "title", label: "", help: "", control: "text", required: true },
  ]).fields.title!;
}
