/** `npm run content:new -- "Tiêu đề bài viết" [--category slug]`: write a new draft article. */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { SiteClockError } from "../lib/clock";
import { newArticle, ScaffoldError } from "../lib/content/scaffold";
import { storeOptionsFromEnv } from "../lib/content/store";

const { values, positionals } = parseArgs({
  options: { category: { type: "string", short: "c" } },
  allowPositionals: true,
});
const options = storeOptionsFromEnv();
const { site } = loadContent({ ...options, contentDir: options.contentDir });
try {
  if (!site) throw new ScaffoldError("content/site.yml đang có lỗi: chạy npm run content:check để xem.");
  const { file } = newArticle({
    contentDir: options.contentDir,
    title: positionals.join(" "),
    category: values.category,
    categories: site.categories.map((c) => c.slug),
  });
  console.log(
    `Đã tạo ${path.relative(process.cwd(), file)} (bản nháp). Mở tệp để viết bài; xem thử bằng npm run dev.`,
  );
} catch (error) {
  const known = error instanceof ScaffoldError || error instanceof SiteClockError;
  if (!known && (error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(known ? (error as Error).message : "Tệp bài viết đã có: không ghi đè.");
  process.exit(1);
}
