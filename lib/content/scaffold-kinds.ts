/**
 * `npm run content:new -- --page …` and `-- --document …`: a new draft page or document with its front matter
 * filled in, that passes `npm run content:check` as written. Never overwrites a file.
 */
import fs from "node:fs";
import path from "node:path";
import { siteNow } from "../clock";
import { toIsoVietnam, vietnamYearMonth } from "../dates";
import { nfc, slugify } from "../text";
import { DOCUMENT_FORMATS } from "./document-schema";
import { DOCUMENTS_DIR } from "./document-file";
import { PAGES_DIR } from "./page-file";
import { stringifyYaml } from "./parse-file";
import { ScaffoldError } from "./scaffold";
import type { SiteConfig } from "./site-schema";

const PAGE_BODY = `Viết nội dung trang ở đây. Mỗi đoạn văn cách nhau một dòng trống.

Bảng viết như sau (dòng thứ hai ngăn tiêu đề với nội dung):

| Họ và tên | Chức vụ |
| --- | --- |
| Nguyễn Văn A | Bí thư |

(Xóa các dòng hướng dẫn này trước khi bỏ dòng draft: true để đăng trang.)
`;

const DOCUMENT_BODY = `<!--
Toàn văn của văn bản (không bắt buộc) viết ở dưới khung ẩn này; để trống nếu chỉ đăng tệp đính kèm.
-->
`;

/** Write a file that must not exist yet. */
function writeNew(file: string, frontMatter: Record<string, unknown>, body: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `---\n${stringifyYaml(frontMatter)}---\n\n${body}`, { flag: "wx" });
}

/** `content/pages/<parent>/<slug>.md`; `parent` is a page's address (`/gioi-thieu`) or none. */
export function newPage(options: { contentDir: string; title: string; parent?: string }): {
  file: string;
  path: string;
} {
  const title = nfc(options.title).trim();
  const slug = slugify(title);
  if (!slug)
    throw new ScaffoldError(
      'Cần tên trang, ví dụ: npm run content:new -- --page "Lịch sử Đảng bộ" --parent /gioi-thieu',
    );
  const parent = (options.parent ?? "").replace(/^\/+|\/+$/g, "");
  if (parent && !parent.split("/").every((segment) => slugify(segment) === segment))
    throw new ScaffoldError(
      `--parent phải là đường dẫn của một trang, ví dụ /gioi-thieu (không phải "${options.parent}").`,
    );
  const file = path.join(options.contentDir, PAGES_DIR, ...parent.split("/").filter(Boolean), `${slug}.md`);
  if (fs.existsSync(file) || fs.existsSync(file.replace(/\.md$/, "/index.md")))
    throw new ScaffoldError(`Đã có trang /${[parent, slug].filter(Boolean).join("/")}: không ghi đè.`);
  writeNew(file, { title, draft: true }, PAGE_BODY);
  return { file, path: `/${[parent, slug].filter(Boolean).join("/")}` };
}

export interface NewDocumentOptions {
  contentDir: string;
  publicDir: string;
  site: SiteConfig;
  /** Trích yếu. */
  title: string;
  number: string;
  type: string;
  issuer: string;
  /** The document's file, copied into public/files/<year>/. */
  attachment: string;
  now?: Date;
}

/** `content/documents/<year>/<slug>.md`, its file copied to `public/files/<year>/`; dated today, a draft. */
export function newDocument(options: NewDocumentOptions): { file: string; slug: string; attachment: string } {
  const { site } = options;
  const title = nfc(options.title).trim();
  const number = nfc(options.number ?? "").trim();
  if (!title || !number)
    throw new ScaffoldError(
      'Cần trích yếu và số, ký hiệu, ví dụ: npm run content:new -- --document "Về chuyển đổi số" --number 15-NQ/HU --type nghi-quyet --issuer ban-chap-hanh --file nghi-quyet-15.pdf',
    );
  const choices = (list: readonly { slug: string }[]) => list.map((entry) => entry.slug).join(", ");
  if (!site.documentTypes.some((t) => t.slug === options.type))
    throw new ScaffoldError(
      `Loại văn bản "${options.type ?? ""}" không có trong content/site.yml. Chọn một trong: ${choices(site.documentTypes)}.`,
    );
  if (!site.issuers.some((i) => i.slug === options.issuer))
    throw new ScaffoldError(
      `Cơ quan ban hành "${options.issuer ?? ""}" không có trong content/site.yml. Chọn một trong: ${choices(site.issuers)}.`,
    );
  const extension = path
    .extname(options.attachment ?? "")
    .slice(1)
    .toLowerCase();
  if (!options.attachment || !fs.existsSync(options.attachment) || !DOCUMENT_FORMATS[extension])
    throw new ScaffoldError(
      `Cần tệp văn bản có thật (--file), dạng ${Object.keys(DOCUMENT_FORMATS)
        .map((f) => `.${f}`)
        .join(", ")}.`,
    );
  const typeName = site.documentTypes.find((t) => t.slug === options.type)!.name;
  const slug = slugify(`${typeName} ${number}`);
  const now = options.now ?? siteNow();
  const year = String(vietnamYearMonth(now).year);
  const file = path.join(options.contentDir, DOCUMENTS_DIR, year, `${slug}.md`);
  const attachment = `/files/${year}/${slug}.${extension}`;
  const target = path.join(options.publicDir, "files", year, `${slug}.${extension}`);
  if (fs.existsSync(file) || fs.existsSync(target))
    throw new ScaffoldError(`Đã có văn bản ${slug}: không ghi đè.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(options.attachment, target, fs.constants.COPYFILE_EXCL);
  writeNew(
    file,
    {
      title,
      number,
      type: options.type,
      issuer: options.issuer,
      issued: toIsoVietnam(now).slice(0, 10),
      files: [attachment],
      draft: true,
    },
    DOCUMENT_BODY,
  );
  return { file, slug, attachment };
}
