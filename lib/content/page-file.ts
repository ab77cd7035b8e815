/**
 * One page file (`content/pages/**.md`) → its page, problems and warnings: a function of the file's bytes and the
 * photos under public/ alone, cached like articles (lib/content/load.ts). The file's path is the page's address:
 * `pages/gioi-thieu/index.md` → `/gioi-thieu`, `pages/gioi-thieu/lich-su-dang-bo.md` → `/gioi-thieu/lich-su-dang-bo`.
 */
import type { createMarkdownRenderer } from "../markdown/render";
import { isSlug, shorten, slugify } from "../text";
import { imageStamp, type ImageStamp } from "./article-file";
import { atFileLine, readContentFile } from "./content-file";
import { pageFrontMatterSchema, type Page } from "./page-schema";
import { issuesToProblems, type ContentProblem } from "./problems";

export const PAGES_DIR = "pages";
const SUMMARY_LENGTH = 200;

export interface PageFileResult {
  page?: Page;
  /** The address it claims (for collisions), when its name makes one. */
  path?: string;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  images: ImageStamp[];
}

/**
 * The address of a page file (relative to the content folder): its folders and name, `index` naming its folder.
 * Null when a segment is not a slug (the editor is told which).
 */
export function pagePathOf(file: string): { path: string } | { segment: string } {
  const parts = file.replace(/\.md$/i, "").split("/").slice(1);
  if (parts.at(-1) === "index") parts.pop();
  for (const segment of parts) if (!isSlug(segment)) return { segment };
  return { path: `/${parts.join("/")}` };
}

export function loadPageFile(
  file: string,
  bytes: Uint8Array,
  { render, publicDir }: { render: ReturnType<typeof createMarkdownRenderer>; publicDir: string },
): PageFileResult {
  const read = readContentFile(file, bytes);
  if (!read.ok) return { problems: read.problems, warnings: [], images: [] };
  const { data, body, bodyOffset, keyLines } = read.file;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const checked = pageFrontMatterSchema.safeParse(data);
  if (!checked.success)
    problems.push(...issuesToProblems(file, checked.error.issues, (key) => keyLines.get(key)));
  const rendered = render(body);
  for (const m of rendered.messages) (m.fatal ? problems : warnings).push(atFileLine(file, bodyOffset, m));
  const address = pagePathOf(file);
  if ("segment" in address)
    problems.push({
      file,
      field: "tệp",
      message: `"${address.segment}" không dùng được làm đường dẫn: tên thư mục và tệp của trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "${slugify(address.segment)}".`,
    });
  const result: PageFileResult = {
    problems,
    warnings,
    images: rendered.imageSources.map((src) => imageStamp(publicDir, src)),
    ...("path" in address ? { path: address.path } : {}),
  };
  if (!checked.success || problems.length || !("path" in address)) return result;
  result.page = {
    ...checked.data,
    path: address.path,
    summary: checked.data.summary || shorten(rendered.firstParagraph, SUMMARY_LENGTH),
    html: rendered.html,
    text: rendered.plainText,
    file,
  };
  return result;
}
