/** `npm run content:new`: a new draft article with its front matter filled in. */
import fs from "node:fs";
import path from "node:path";
import { siteNow } from "../clock";
import { formatDateTime, vietnamYearMonth } from "../dates";
import { nfc, slugify } from "../text";
import { ARTICLES_DIR } from "./load";
import { stringifyYaml } from "./parse-file";

export class ScaffoldError extends Error {}

export interface NewArticleOptions {
  contentDir: string;
  title: string;
  /** A category slug; default: the first category of site.yml. */
  category?: string;
  categories: readonly string[];
  now?: Date;
}

/** Every slug in use: file names, and `slug:` lines of front matter. */
export function existingSlugs(contentDir: string): Set<string> {
  const root = path.join(contentDir, ARTICLES_DIR);
  const slugs = new Set<string>();
  if (!fs.existsSync(root)) return slugs;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    slugs.add(slugify(entry.name.replace(/\.md$/, "")));
    const head = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8").slice(0, 4000);
    const explicit = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(head.split(/\n---\s*\n/)[0] ?? "");
    if (explicit) slugs.add(explicit[1]!);
  }
  return slugs;
}

/**
 * The photo example sits in an HTML comment: the page never shows it and the check does not look for its file, so
 * the draft passes `npm run content:check` as written (a real image line naming a missing file would be an error).
 */
const BODY = `Viết đoạn mở đầu ở đây: một hoặc hai câu nói điều quan trọng nhất của bài.

Mỗi đoạn văn cách nhau một dòng trống.

<!--
Khung ẩn này không hiện trên trang. Để chèn ảnh có chú thích: chép ảnh vào thư mục public/images/,
chép dòng mẫu dưới đây ra ngoài khung, trên một dòng riêng, rồi đổi ten-anh.jpg thành tên tệp ảnh
và sửa mô tả (trong ngoặc vuông), chú thích (trong ngoặc kép):

![Mô tả ngắn nội dung ảnh](/images/ten-anh.jpg "Chú thích hiện dưới ảnh")
-->

(Xóa các dòng hướng dẫn này trước khi bỏ dòng draft: true để đăng bài.)
`;

/** Write `content/articles/<year>/<slug>.md`; returns its path. Never overwrites: the slug gets -2, -3… when taken. */
export function newArticle(options: NewArticleOptions): { file: string; slug: string } {
  const title = nfc(options.title).trim();
  if (!title)
    throw new ScaffoldError(
      'Cần tiêu đề bài viết, ví dụ: npm run content:new -- "Hội nghị tổng kết năm 2025"',
    );
  const base = slugify(title);
  if (!base) throw new ScaffoldError("Tiêu đề cần có ít nhất một chữ cái hoặc chữ số.");
  const category = options.category ?? options.categories[0];
  if (!category || !options.categories.includes(category)) {
    throw new ScaffoldError(
      `Chuyên mục "${category ?? ""}" không có trong content/site.yml. Chọn một trong: ${options.categories.join(", ")}.`,
    );
  }
  const taken = existingSlugs(options.contentDir);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;

  const now = options.now ?? siteNow();
  const { year } = vietnamYearMonth(now);
  const [d, m, y, hm] = formatDateTime(now).split(/[/ ]/);
  const dir = path.join(options.contentDir, ARTICLES_DIR, String(year));
  const file = path.join(dir, `${slug}.md`);
  fs.mkdirSync(dir, { recursive: true });
  const frontMatter = stringifyYaml({ title, date: `${y}-${m}-${d} ${hm}`, category, draft: true });
  // "wx": fail rather than overwrite, even if a file appeared meanwhile.
  fs.writeFileSync(file, `---\n${frontMatter}---\n\n${BODY}`, { flag: "wx" });
  return { file, slug };
}
