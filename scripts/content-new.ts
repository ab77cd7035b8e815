/**
 * `npm run content:new -- "Tiêu đề bài viết" [--category slug]`: a new draft article;
 * `npm run content:new -- --page "Tên trang" [--parent /gioi-thieu]`: a new draft page;
 * `npm run content:new -- --document "Trích yếu" --number 15-NQ/HU --type nghi-quyet --issuer ban-chap-hanh
 *  --file tep.pdf`: a new draft document, its file copied into public/files/.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../lib/content/load";
import { SiteClockError } from "../lib/clock";
import { newArticle, ScaffoldError } from "../lib/content/scaffold";
import { newDocument, newPage } from "../lib/content/scaffold-kinds";
import { storeOptionsFromEnv } from "../lib/content/store";

const { values, positionals } = parseArgs({
  options: {
    category: { type: "string", short: "c" },
    page: { type: "string" },
    parent: { type: "string" },
    document: { type: "string" },
    number: { type: "string" },
    type: { type: "string" },
    issuer: { type: "string" },
    file: { type: "string" },
  },
  allowPositionals: true,
});
const options = storeOptionsFromEnv();
const { site } = loadContent({ ...options, contentDir: options.contentDir });
const shown = (file: string) => path.relative(process.cwd(), file);
try {
  if (!site) throw new ScaffoldError("content/site.yml đang có lỗi: chạy npm run content:check để xem.");
  if (values.page !== undefined) {
    const { file, path: address } = newPage({
      contentDir: options.contentDir,
      title: values.page,
      parent: values.parent,
    });
    console.log(
      `Đã tạo ${shown(file)} (bản nháp, đường dẫn ${address}). Mở tệp để viết; xem thử bằng npm run dev.`,
    );
  } else if (values.document !== undefined) {
    const { file, attachment } = newDocument({
      contentDir: options.contentDir,
      publicDir: options.publicDir,
      site,
      title: values.document,
      number: values.number ?? "",
      type: values.type ?? "",
      issuer: values.issuer ?? "",
      attachment: values.file ?? "",
    });
    console.log(
      `Đã tạo ${shown(file)} (bản nháp) và chép tệp vào public${attachment}. Kiểm tra các ngày trong tệp.`,
    );
  } else {
    const { file } = newArticle({
      contentDir: options.contentDir,
      title: positionals.join(" "),
      category: values.category,
      categories: site.categories.map((c) => c.slug),
    });
    console.log(`Đã tạo ${shown(file)} (bản nháp). Mở tệp để viết bài; xem thử bằng npm run dev.`);
  }
} catch (error) {
  const known = error instanceof ScaffoldError || error instanceof SiteClockError;
  if (!known && (error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  console.error(known ? (error as Error).message : "Tệp đã có: không ghi đè.");
  process.exit(1);
}
