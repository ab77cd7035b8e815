/**
 * The editors' contract for pages (`content/pages/**.md`): the single source of the page front matter's shape, of
 * the `Page` type and of the Vietnamese messages. A page's address is its file's path (lib/content/page-file.ts).
 */
import { z } from "zod";
import {
  dateField,
  draftField,
  optionalText,
  requiredText,
  reviewField,
  reviewNeedsDraft,
  unknownKeys,
} from "./schema-fields";

export const PAGE_KEYS = ["title", "summary", "updated", "order", "lang", "draft", "review"] as const;

/** The languages a page may be written in: Vietnamese, and English for the page ND 42 art. 7 asks for. */
export const PAGE_LANGUAGES = ["vi", "en"] as const;

export const pageFrontMatterSchema = z
  .strictObject(
    {
      title: requiredText(
        "Thiếu tiêu đề trang. Thêm dòng: title: Tên trang",
        "Tiêu đề trang đang để trống.",
        "Tiêu đề trang phải là chữ.",
      ),
      summary: optionalText("Tóm tắt phải là chữ."),
      updated: dateField("").optional(),
      /** Its place among its siblings (smaller first); pages without one come after, by title. */
      order: z
        .number({ error: "order phải là một số nguyên, ví dụ 1, 2, 3 (nhỏ đứng trước)." })
        .int({ error: "order phải là một số nguyên, ví dụ 1, 2, 3 (nhỏ đứng trước)." })
        .optional(),
      lang: z
        .enum(PAGE_LANGUAGES, {
          error: `lang chỉ nhận ${PAGE_LANGUAGES.join(" hoặc ")} (vi: tiếng Việt, en: tiếng Anh).`,
        })
        .default("vi"),
      draft: draftField,
      review: reviewField,
    },
    { error: unknownKeys(PAGE_KEYS) },
  )
  .superRefine(reviewNeedsDraft);

export type PageFrontMatter = z.output<typeof pageFrontMatterSchema>;

/** A validated, rendered page. */
export interface Page extends PageFrontMatter {
  /** Its address: `/gioi-thieu`, `/gioi-thieu/lich-su-dang-bo`. */
  path: string;
  /** Given in front matter, or the first paragraph as plain text. */
  summary: string;
  html: string;
  text: string;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
}
