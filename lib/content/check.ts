/** `npm run content:check`: the same load and validation as the site, reported for editors. */
import path from "node:path";
import { loadContent, type LoadOptions } from "./load";
import { formatProblem, type ContentProblem } from "./problems";

export interface CheckReport {
  /** Each with its `file` as the editor sees it from `cwd` (`content/articles/2020/bai.md`). */
  errors: ContentProblem[];
  warnings: ContentProblem[];
  articles: number;
  /** Lines to print: every error, every warning, then the count. */
  lines: string[];
  exitCode: 0 | 1;
}

export function checkContent(options: LoadOptions, cwd = process.cwd()): CheckReport {
  const loaded = loadContent(options);
  const base = path.relative(cwd, options.contentDir) || ".";
  // The path as the editor sees it from `cwd`: `content/articles/2020/bai.md`.
  const seen = (p: ContentProblem) => ({ ...p, file: path.join(base, p.file).split(path.sep).join("/") });
  const errors = loaded.problems.map(seen);
  const warnings = loaded.warnings.map(seen);
  const { articles } = loaded;
  const lines = [
    ...errors.map((p) => `LỖI      ${formatProblem(p)}`),
    ...warnings.map((p) => `CẢNH BÁO ${formatProblem(p)}`),
  ];
  const files = new Set(errors.map((e) => e.file)).size;
  lines.push(
    errors.length
      ? `Có ${errors.length} lỗi trong ${files} tệp và ${warnings.length} cảnh báo. Sửa các lỗi trên rồi chạy lại: bài có lỗi chưa thể đăng.`
      : `Không có lỗi: ${articles.length} bài viết hợp lệ, ${warnings.length} cảnh báo (cảnh báo không chặn việc đăng bài).`,
  );
  return { errors, warnings, articles: articles.length, lines, exitCode: errors.length ? 1 : 0 };
}
