/**
 * The editors' contract for documents (`content/documents/**.md`, văn bản): the single source of the document front
 * matter's shape, of the `Document` type and of the Vietnamese messages. Decree 42/2022/NĐ-CP art. 4 lists what a
 * public body publishes of each: its type, issuing body, number and symbol, dates of issue and effect, summary
 * (trích yếu, the title here) and the file itself.
 */
import { z } from "zod";
import type { DocumentType, Issuer } from "./site-schema";
import { isSlug, slugify } from "../text";
import {
  dateField,
  draftField,
  reviewField,
  reviewNeedsDraft,
  slugField,
  messages,
  optionalText,
  requiredText,
  unknownKeys,
} from "./schema-fields";

export const DOCUMENT_KEYS = [
  "title",
  "number",
  "type",
  "issuer",
  "issued",
  "effective",
  "expires",
  "replacedBy",
  "signer",
  "files",
  "slug",
  "draft",
  "review",
] as const;

/** The file formats a document may carry, by extension, with the name a reader is shown. */
export const DOCUMENT_FORMATS: Readonly<Record<string, string>> = {
  pdf: "PDF",
  doc: "Word",
  docx: "Word",
  xls: "Excel",
  xlsx: "Excel",
  odt: "ODT",
  ods: "ODS",
};

export interface DocumentFile {
  /** Its address under public/: `/files/2025/nghi-quyet-15.pdf`. */
  src: string;
  /** The reader's name for its format: PDF, Word, Excel… */
  format: string;
  bytes: number;
}

export type FileCheck = { ok: true; bytes: number } | { ok: false; message: string };

export interface DocumentContext {
  types: readonly DocumentType[];
  issuers: readonly Issuer[];
  /** Whether the file under public/ exists, and its size. */
  file: (src: string) => FileCheck;
}

/** A slug of one of site.yml's lists (document types, issuers), given as the site's entry. */
function siteList(list: readonly { slug: string; name: string }[], field: string, what: string) {
  const slugs = list.map((entry) => entry.slug);
  const bySlug = new Map(list.map((entry) => [entry.slug, entry]));
  const missing = `Thiếu ${what} (${field === "documentTypes" ? "type" : "issuer"}).`;
  if (!slugs.length)
    return z.string({ error: messages(missing, `${what} phải là slug.`) }).transform((slug, ctx) => {
      ctx.issues.push({
        code: "custom",
        input: slug,
        message: `content/site.yml chưa khai báo ${field}: thêm danh sách đó (slug và name) trước.`,
      });
      return z.NEVER;
    });
  return z
    .enum(slugs as [string, ...string[]], {
      error: (iss) =>
        iss.input === undefined
          ? missing
          : `${what[0]!.toUpperCase()}${what.slice(1)} "${String(iss.input)}" không có trong content/site.yml. Chọn một trong: ${slugs.join(", ")}.`,
    })
    .transform((slug) => bySlug.get(slug)!);
}

const FILE_HINT = "ví dụ /files/2025/nghi-quyet-15.pdf";

export function documentFrontMatterSchema({ types, issuers, file }: DocumentContext) {
  const formats = Object.keys(DOCUMENT_FORMATS);
  const filePath = z
    .string({ error: `Mỗi tệp đính kèm là đường dẫn trong public/files/, ${FILE_HINT}.` })
    .trim()
    .transform((src, ctx): DocumentFile => {
      const extension = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase() ?? "";
      let message: string | null = null;
      if (!/^\/files\/[^\s]+$/.test(src))
        message = `Tệp "${src}" phải nằm trong public/files/, ${FILE_HINT}.`;
      else if (!DOCUMENT_FORMATS[extension])
        message = `Tệp "${src}" có dạng .${extension || "?"} không được nhận: chỉ ${formats.map((f) => `.${f}`).join(", ")}.`;
      else {
        const checked = file(src);
        if (checked.ok) return { src, format: DOCUMENT_FORMATS[extension]!, bytes: checked.bytes };
        message = checked.message;
      }
      ctx.issues.push({ code: "custom", input: src, message });
      return z.NEVER;
    });
  return z
    .strictObject(
      {
        title: requiredText(
          "Thiếu trích yếu (title): nội dung tóm tắt của văn bản.",
          "Trích yếu (title) đang để trống.",
          "Trích yếu (title) phải là chữ.",
        ),
        number: requiredText(
          'Thiếu số, ký hiệu văn bản (number), ví dụ "15-NQ/HU".',
          "Số, ký hiệu văn bản (number) đang để trống.",
          'Số, ký hiệu (number) phải viết trong ngoặc kép, ví dụ "15-NQ/HU".',
        ),
        type: siteList(types, "documentTypes", "loại văn bản"),
        issuer: siteList(issuers, "issuers", "cơ quan ban hành"),
        issued: dateField("Thiếu ngày ban hành (issued), ví dụ 2025-03-15."),
        effective: dateField("").optional(),
        expires: dateField("").optional(),
        replacedBy: z
          .string({ error: "replacedBy phải là slug của văn bản thay thế." })
          .trim()
          .refine(isSlug, {
            error: (iss) => `replacedBy phải là slug của một văn bản, ví dụ "${slugify(String(iss.input))}".`,
          })
          .optional(),
        signer: optionalText("Người ký (signer) phải là chữ."),
        files: z
          .array(filePath, {
            error: messages(
              `Thiếu tệp văn bản (files), ví dụ: files: [/files/2025/nghi-quyet-15.pdf]`,
              `files phải là danh sách tệp, ví dụ: files: [/files/2025/nghi-quyet-15.pdf]`,
            ),
          })
          .min(1, { error: `Cần ít nhất một tệp đính kèm (files), ${FILE_HINT}.` }),
        slug: slugField,
        draft: draftField,
        review: reviewField,
      },
      { error: unknownKeys(DOCUMENT_KEYS) },
    )
    .superRefine((data, ctx) => {
      reviewNeedsDraft(data, ctx);
      if (data.expires && data.issued && data.expires.getTime() < data.issued.getTime())
        ctx.addIssue({
          code: "custom",
          path: ["expires"],
          message: "Ngày hết hiệu lực (expires) sớm hơn ngày ban hành (issued): kiểm tra lại hai ngày này.",
        });
    });
}

export type DocumentFrontMatter = z.output<ReturnType<typeof documentFrontMatterSchema>>;

/** A validated, rendered document. */
export interface Document extends Omit<DocumentFrontMatter, "files" | "slug"> {
  slug: string;
  files: DocumentFile[];
  /** Its full text, when the file has one. */
  html: string;
  text: string;
  file: string;
}
