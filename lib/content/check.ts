/** `npm run content:check`: the same load and validation as the site, reported for editors. */
import path from "node:path";
import { loadContent, type LoadOptions } from "./load";
import type { ContentProblem } from "./problems";

export interface CheckReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  articles: number;
  /** Lines to print: every error, every warning, then the count. */
  lines: string[];
  exitCode: 0 | 1;
}

/** `content/articles/2020/bai.md:3 — date: …`, with the path as the editor sees it from `cwd`. */
function line(prefix: string, base: string, p: ContentProblem): string {
  return `${prefix} ${path.join(base, p.file).split(path.sep).join("/")}${p.line ? `:${p.line}` : ""} — ${p.field}: ${p.message}`;
}

export function checkContent(options: LoadOptions, cwd = process.cwd()): CheckReport {
  const { articles, problems: errors, warnings } = loadContent(options);
  const base = path.relative(cwd, options.contentDir) || ".";
  const lines = [
    ...errors.map((p) => line("LỖI     ", base, p)),
    ...warnings.map((p) => line("CẢNH BÁO", base, p)),
  ];
  const files = new Set(errors.map((e) => e.file)).size;
  lines.push(
    errors.length
      ? `Có ${errors.length} lỗi trong ${files} tệp và ${warnings.length} cảnh báo. Sửa các lỗi trên rồi chạy lại: bài có lỗi chưa thể đăng.`
      : `Không có lỗi: ${articles.length} bài viết hợp lệ, ${warnings.length} cảnh báo (cảnh báo không chặn việc đăng bài).`,
  );
  return { errors, warnings, articles: articles.length, lines, exitCode: errors.length ? 1 : 0 };
}
