/** `npm run content:check`: the same load and validation as the site, reported for editors. */
import path from "node:path";
import { siteNow } from "../clock";
import { formatShortDate } from "../dates";
import { readRedirects, redirectChains, REDIRECTS_FILE } from "../redirects";
import { parsePagePath } from "../route-paths";
import { loadContent, type LoadOptions } from "./load";
import { formatProblem, type ContentProblem } from "./problems";

export interface CheckReport {
  /** Each with its `file` as the editor sees it from `cwd` (`content/articles/2020/bai.md`). */
  errors: ContentProblem[];
  warnings: ContentProblem[];
  articles: number;
  pages: number;
  documents: number;
  /** Lines to print: every error, every warning, then the count. */
  lines: string[];
  exitCode: 0 | 1;
}

/** Old addresses that lead to an article or a category the site does not have (a 404 after the redirect). */
function deadRedirects(
  { redirects, lines }: ReturnType<typeof readRedirects>,
  loaded: ReturnType<typeof loadContent>,
): ContentProblem[] {
  const slugs = new Set(loaded.articles.map((article) => article.slug));
  const categories = new Set(loaded.site?.categories.map((category) => category.slug));
  const dead: ContentProblem[] = [];
  for (const [from, to] of redirects) {
    const target = to.startsWith("/") ? parsePagePath(to) : null;
    const missing =
      (target?.kind === "article" && !slugs.has(target.slug)) ||
      (target?.kind === "category" && !categories.has(target.slug));
    if (missing)
      dead.push({
        file: REDIRECTS_FILE,
        ...(lines.has(from) ? { line: lines.get(from)! } : {}),
        field: "chuyển hướng",
        message: `"${from}" chuyển tới ${to}, trang này không có (bài đã bị xóa hoặc đổi tên?): sửa dòng này hoặc xóa nó.`,
      });
  }
  return dead;
}

/** Old addresses that lead to another old address: one hop is enough. */
function chainedRedirects({ redirects, lines }: ReturnType<typeof readRedirects>): ContentProblem[] {
  return redirectChains(redirects).map(({ from, through, to }) => ({
    file: REDIRECTS_FILE,
    ...(lines.has(from) ? { line: lines.get(from)! } : {}),
    field: "chuyển hướng",
    message: `"${from}" chuyển qua ${through.join(" → ")} rồi mới tới ${to}: sửa dòng này thành "${from}: ${to}" để bạn đọc chỉ chuyển một lần.`,
  }));
}

/** A year, in milliseconds: an article dated further ahead is more likely a mistyped year than a plan. */
export const FAR_FUTURE_MS = 366 * 24 * 3600_000;

/** Articles dated more than a year ahead: hidden until then, most likely by a typo in the year. */
function farFuture(loaded: ReturnType<typeof loadContent>, now: Date): ContentProblem[] {
  return loaded.articles
    .filter((article) => article.date.getTime() - now.getTime() > FAR_FUTURE_MS)
    .map((article) => ({
      file: article.file,
      field: "date",
      message: `Ngày đăng ${formatShortDate(article.date)} cách hôm nay hơn một năm: bài sẽ bị ẩn đến ngày đó. Có phải gõ nhầm năm?`,
    }));
}

export function checkContent(options: LoadOptions, cwd = process.cwd(), now = siteNow()): CheckReport {
  const loaded = loadContent(options);
  const base = path.relative(cwd, options.contentDir) || ".";
  // The path as the editor sees it from `cwd`: `content/articles/2020/bai.md`.
  const seen = (p: ContentProblem) => ({ ...p, file: path.join(base, p.file).split(path.sep).join("/") });
  const redirects = readRedirects(options.contentDir);
  const errors = [...loaded.problems, ...redirects.problems].map(seen);
  const warnings = [
    ...loaded.warnings,
    ...farFuture(loaded, now),
    ...deadRedirects(redirects, loaded),
    ...chainedRedirects(redirects),
  ].map(seen);
  const { articles } = loaded;
  const lines = [
    ...errors.map((p) => `LỖI      ${formatProblem(p)}`),
    ...warnings.map((p) => `CẢNH BÁO ${formatProblem(p)}`),
  ];
  const files = new Set(errors.map((e) => e.file)).size;
  lines.push(
    errors.length
      ? `Có ${errors.length} lỗi trong ${files} tệp và ${warnings.length} cảnh báo. Sửa các lỗi trên rồi chạy lại: bài có lỗi chưa thể đăng.`
      : `Không có lỗi: ${articles.length} bài viết, ${loaded.pages.length} trang, ${loaded.documents.length} văn bản hợp lệ; ${warnings.length} cảnh báo (cảnh báo không chặn việc đăng bài).`,
  );
  return {
    errors,
    warnings,
    articles: articles.length,
    pages: loaded.pages.length,
    documents: loaded.documents.length,
    lines,
    exitCode: errors.length ? 1 : 0,
  };
}
