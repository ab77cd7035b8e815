/**
 * `npm run import:wordpress -- <export.xml> --uploads <folder> [--dry-run]`: bring a WordPress site's posts in
 * (lib/wordpress/import.ts). Writes into CONTENT_DIR (default content/) and PUBLIC_DIR (default public/), and
 * prints a report: articles written, items skipped, photos copied and missing, shortcodes removed, categories
 * added. Exit status 1 when the export cannot be read.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importWordpress } from "../lib/wordpress/import";
import { WxrError } from "../lib/wordpress/wxr";

const { values, positionals } = parseArgs({
  options: {
    uploads: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
if (positionals.length !== 1 || !values.uploads) {
  console.error(
    "Cách dùng: npm run import:wordpress -- <tệp-xuất.xml> --uploads <thư-mục-uploads> [--dry-run] [--force]",
  );
  process.exit(2);
}
const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? "public");
try {
  const dryRun = values["dry-run"];
  const report = importWordpress({
    xml: fs.readFileSync(positionals[0]!, "utf8"),
    uploadsDir: path.resolve(values.uploads),
    contentDir,
    publicDir,
    dryRun,
    force: values.force,
  });
  const where = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));
  console.log(`${dryRun ? "(Chạy thử: không ghi tệp nào.) " : ""}${report.articles.length} bài viết:`);
  for (const article of report.articles)
    console.log(
      `  ${where(article.file)}${article.draft ? " (bản nháp)" : ""}${article.written || dryRun ? "" : " (không đổi)"}`,
    );
  for (const { id, title, file } of report.edited)
    console.log(
      `ĐÃ GIỮ ${where(file)} — bài ${id} “${title}” đã được biên tập viên sửa sau lần nhập trước: không ghi đè. Chạy lại với --force để thay bằng bản từ WordPress.`,
    );
  const skipped = Object.entries(report.skipped).map(([type, n]) => `${n} ${type}`);
  if (skipped.length) console.log(`Bỏ qua (không phải bài viết): ${skipped.join(", ")}.`);
  console.log(`${dryRun ? "Ảnh sẽ chép" : "Ảnh đã chép"}: ${report.photos.copied}.`);
  for (const { article, id, title, url } of report.photos.missing)
    console.log(
      `THIẾU ẢNH ${where(article)} (bài ${id} “${title}”) — ${url}: không có trong thư mục uploads. Bài vẫn được nhập, không có ảnh này; tìm tệp gốc, chép vào public/images/ và thêm lại vào bài.`,
    );
  for (const { article, names } of report.shortcodes)
    console.log(
      `ĐÃ BỎ ${where(article)} — shortcode của giao diện cũ: ${names.map((n) => `[${n}]`).join(", ")}.`,
    );
  console.log(`Đường dẫn cũ được chuyển hướng: ${report.redirects} (content/redirects.yml).`);
  for (const { slug, name } of report.newCategories)
    console.log(`Chuyên mục mới trong content/site.yml: ${slug} (${name}).`);
  if (!report.articles.length) {
    console.error("Không có bài viết nào để nhập trong tệp này (chỉ có trang, ảnh hoặc menu).");
    process.exit(1);
  }
  console.log("Tiếp theo: npm run content:check, rồi xem các bài trên máy (npm run dev) trước khi commit.");
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    console.error(`Không tìm thấy tệp hoặc thư mục: ${(error as NodeJS.ErrnoException).path}`);
  else if (error instanceof WxrError) console.error(error.message);
  else throw error;
  process.exit(1);
}
