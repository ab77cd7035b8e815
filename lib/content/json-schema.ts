/**
 * JSON Schemas of the front matter of each kind (articles, pages, documents), generated from their zod schemas
 * (never written by hand), for editors' autocompletion and inline checks: `npm run content:schema` writes them to
 * docs/.
 */
import { z } from "zod";
import { checkImage } from "../markdown/images";
import { documentFrontMatterSchema } from "./document-schema";
import { pageFrontMatterSchema } from "./page-schema";
import { frontMatterSchema } from "./schema";

type JsonSchema = { properties: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/** The schema's input as JSON Schema (transforms, and so the file checks, never run here), described. */
function described(
  schema: z.ZodType,
  descriptions: Record<string, string>,
  title: string,
): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  for (const [key, description] of Object.entries(descriptions))
    if (json.properties[key]) json.properties[key].description = description;
  return { ...json, title };
}

const DESCRIPTIONS: Record<string, string> = {
  title: "Tiêu đề bài viết (bắt buộc).",
  date: "Ngày đăng, giờ Việt Nam: 2020-09-10 hoặc 2020-09-10 08:30 (bắt buộc). Ngày trong tương lai: bài tự hiện khi đến giờ.",
  category: "Chuyên mục (bắt buộc), một slug trong content/site.yml.",
  tags: "Từ khóa, ví dụ: [Dân vận khéo, Đề án 06].",
  author: "Tác giả.",
  summary: "Tóm tắt 1–2 câu; bỏ trống thì trang dùng đoạn đầu bài.",
  cover: "Ảnh đại diện trong public/, ví dụ /images/2020/09/anh.jpg; bỏ trống thì dùng ảnh đầu bài.",
  updated: "Ngày cập nhật, cùng dạng với date.",
  draft: "true: bản nháp, chưa đăng (chỉ hiện khi xem thử bằng npm run dev).",
  review: "true: bản nháp đã gửi duyệt (chờ duyệt); chỉ dùng cùng draft: true.",
  featured: "true: đưa lên làm tin nổi bật ở trang chủ.",
  slug: "Đường dẫn bài viết (chữ thường không dấu, số, dấu gạch ngang); bỏ trống thì lấy theo tên tệp.",
};

export function frontMatterJsonSchema(categorySlugs: readonly string[]): Record<string, unknown> {
  const categories = categorySlugs.map((slug) => ({ slug, name: slug }));
  const image = (src: string, alt: string) => checkImage("public", src, alt);
  return described(
    frontMatterSchema({ categories, image }),
    DESCRIPTIONS,
    "Phần đầu bài viết (front matter)",
  );
}

const PAGE_DESCRIPTIONS: Record<string, string> = {
  title: "Tên trang (bắt buộc).",
  summary: "Tóm tắt 1–2 câu; bỏ trống thì trang dùng đoạn đầu.",
  updated: "Ngày cập nhật, giờ Việt Nam: 2025-03-15.",
  order: "Thứ tự giữa các trang cùng mục (số nhỏ đứng trước).",
  lang: "Ngôn ngữ: vi (mặc định) hoặc en cho trang tiếng Anh.",
  draft: "true: bản nháp, chưa đăng.",
  review: "true: bản nháp đã gửi duyệt (chờ duyệt); chỉ dùng cùng draft: true.",
};

export function pageJsonSchema(): Record<string, unknown> {
  return described(pageFrontMatterSchema, PAGE_DESCRIPTIONS, "Phần đầu trang (content/pages)");
}

const DOCUMENT_DESCRIPTIONS: Record<string, string> = {
  title: "Trích yếu: nội dung tóm tắt của văn bản (bắt buộc).",
  number: 'Số, ký hiệu như trên văn bản, trong ngoặc kép: "15-NQ/HU" (bắt buộc).',
  type: "Loại văn bản: một slug trong documentTypes của content/site.yml (bắt buộc).",
  issuer: "Cơ quan ban hành: một slug trong issuers của content/site.yml (bắt buộc).",
  issued: "Ngày ban hành: 2025-03-15 (bắt buộc).",
  effective: "Ngày có hiệu lực.",
  expires: "Ngày hết hiệu lực.",
  replacedBy: "Slug (tên tệp) của văn bản thay thế văn bản này.",
  signer: "Người ký.",
  files:
    "Tệp văn bản trong public/files/ (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS): [/files/2025/nghi-quyet-15.pdf].",
  slug: "Đường dẫn (chữ thường không dấu, số, dấu gạch ngang); bỏ trống thì lấy theo tên tệp.",
  draft: "true: bản nháp, chưa đăng.",
  review: "true: bản nháp đã gửi duyệt (chờ duyệt); chỉ dùng cùng draft: true.",
};

export function documentJsonSchema(
  typeSlugs: readonly string[],
  issuerSlugs: readonly string[],
): Record<string, unknown> {
  const named = (slugs: readonly string[]) => slugs.map((slug) => ({ slug, name: slug }));
  const schema = documentFrontMatterSchema({
    types: named(typeSlugs),
    issuers: named(issuerSlugs),
    file: () => ({ ok: true, bytes: 0 }),
  });
  return described(schema, DOCUMENT_DESCRIPTIONS, "Phần đầu văn bản (content/documents)");
}
