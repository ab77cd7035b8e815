/**
 * A JSON Schema of the front matter, generated from the zod schema (never
 * written by hand), for editors' autocompletion and inline checks.
 */
import { z } from "zod";
import { checkImage } from "../markdown/images";
import { frontMatterSchema } from "./schema";

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
  featured: "true: đưa lên làm tin nổi bật ở trang chủ.",
  slug: "Đường dẫn bài viết (chữ thường không dấu, số, dấu gạch ngang); bỏ trống thì lấy theo tên tệp.",
};

export function frontMatterJsonSchema(categorySlugs: readonly string[]): Record<string, unknown> {
  const categories = categorySlugs.map((slug) => ({ slug, name: slug }));
  // The JSON Schema describes the input: transforms, and so the photo check, never run here.
  const image = (src: string, alt: string) => checkImage("public", src, alt);
  const schema = z.toJSONSchema(frontMatterSchema({ categories, image }), {
    io: "input",
    unrepresentable: "any",
  }) as {
    properties: Record<string, Record<string, unknown>>;
  } & Record<string, unknown>;
  for (const [key, description] of Object.entries(DESCRIPTIONS)) {
    if (schema.properties[key]) schema.properties[key].description = description;
  }
  return { ...schema, title: "Phần đầu bài viết (front matter)" };
}
