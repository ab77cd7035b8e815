/**
 * The building blocks of the editors' schemas (lib/content/schema.ts): fields with their Vietnamese messages, one
 * for a missing value and one for a wrong one.
 */
import { z } from "zod";
import { parseContentDate } from "../dates";
import { isSlug, slugify } from "../text";

type Issue = { code?: string; input?: unknown; keys?: string[] };

/** Build a zod error callback: one message when the field is missing, one when it has the wrong type. */
export function messages(missing: string, wrongType: string) {
  return (issue: Issue) => (issue.input === undefined ? missing : wrongType);
}

export function unknownKeys(allowed: readonly string[]) {
  return (issue: Issue) =>
    issue.code === "unrecognized_keys"
      ? `Trường ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")} không được hỗ trợ (có thể gõ nhầm). Các trường dùng được: ${allowed.join(", ")}.`
      : undefined;
}

export function requiredText(missing: string, empty: string, wrongType: string) {
  return z
    .string({ error: messages(missing, wrongType) })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: empty }));
}

export function optionalText(wrongType: string) {
  return z
    .string({ error: wrongType })
    .transform((s) => s.trim())
    .optional();
}

const DATE_HINT = "Viết theo dạng 2020-09-10 hoặc 2020-09-10 08:30 (giờ Việt Nam).";

export function dateField(missing: string) {
  return z
    .string({ error: messages(missing, `Ngày phải là chữ số dạng năm-tháng-ngày. ${DATE_HINT}`) })
    .transform((text, ctx) => {
      const date = parseContentDate(text);
      if (date) return date;
      ctx.issues.push({
        code: "custom",
        input: text,
        message: `"${text}" không phải là ngày giờ có thật. ${DATE_HINT}`,
      });
      return z.NEVER;
    });
}

export const imagePath = z
  .string({ error: "Ảnh đại diện phải là đường dẫn tới tệp ảnh, ví dụ /images/2020/09/anh.jpg." })
  .trim()
  .regex(/^\/[^\s]+$/, {
    error:
      "Ảnh đại diện phải là đường dẫn trong thư mục public/, bắt đầu bằng /, ví dụ /images/2020/09/anh.jpg.",
  });

/** An optional `slug:` line: lowercase ASCII words joined by `-`, the editor shown the slug their text would make. */
export const slugField = z
  .string({ error: "slug phải là chữ." })
  .trim()
  .refine(isSlug, {
    error: (iss) =>
      `Slug "${String(iss.input)}" chỉ được dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "${slugify(String(iss.input))}".`,
  })
  .optional();

/** `draft: true` keeps a file out of the published site. */
export const draftField = z.boolean({ error: "draft chỉ nhận true hoặc false." }).default(false);

/** `review: true`: a draft its writer has submitted for review (chờ duyệt), in the editor's newsroom. */
export const reviewField = z.boolean({ error: "review chỉ nhận true hoặc false." }).default(false);

/** A piece submitted for review is still a draft: `review: true` without `draft: true` is an error. */
export function reviewNeedsDraft(data: { draft: boolean; review: boolean }, ctx: z.RefinementCtx) {
  if (data.review && !data.draft)
    ctx.addIssue({
      code: "custom",
      path: ["review"],
      message: "review: true (chờ duyệt) chỉ dùng cùng draft: true. Bỏ dòng review khi xuất bản.",
    });
}
