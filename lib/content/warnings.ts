/**
 * Warnings about an article's front matter and file: what pasting from word processors leaves behind in the
 * title and summary, a missing or long summary, decomposed Vietnamese. (The body's warnings come from its remark
 * plugins as vfile messages.) They never stop publishing; `npm run content:check` shows them so editors can tidy
 * up.
 */
import { typographyIssues } from "../typography";
import type { ContentProblem } from "./problems";

export const SUMMARY_MAX = 300;

export interface WarningInput {
  file: string;
  title: string;
  titleLine?: number;
  summary?: string;
  summaryLine?: number;
  decomposed: boolean;
  /** The dates as read (valid ones only), to compare them. */
  date?: Date;
  updated?: Date;
  updatedLine?: number;
}

export function contentWarnings(input: WarningInput): ContentProblem[] {
  const { file } = input;
  const warnings: ContentProblem[] = [];
  const checkText = (field: string, text: string, line?: number) => {
    for (const check of typographyIssues(text)) warnings.push({ file, line, field, message: check.message });
  };
  checkText("title", input.title, input.titleLine);
  if (input.summary !== undefined) checkText("summary", input.summary, input.summaryLine);

  if (input.date && input.updated && input.updated.getTime() < input.date.getTime()) {
    warnings.push({
      file,
      line: input.updatedLine,
      field: "updated",
      message:
        "Ngày cập nhật sớm hơn ngày đăng: có phải gõ nhầm? Sửa lại cho đúng, hoặc bỏ dòng updated nếu bài chưa sửa sau khi đăng.",
    });
  }
  if (input.decomposed) {
    warnings.push({
      file,
      field: "tệp",
      message:
        "Tệp có chữ tiếng Việt ở dạng tổ hợp (NFD, thường do bộ gõ hoặc sao chép). Trang đã tự chuẩn hóa; nên lưu lại tệp ở dạng dựng sẵn (NFC).",
    });
  }
  if (input.summary === undefined) {
    warnings.push({
      file,
      field: "summary",
      message: "Chưa có tóm tắt: trang đang dùng đoạn đầu bài. Nên viết một tóm tắt ngắn (1–2 câu).",
    });
  } else if (input.summary.length > SUMMARY_MAX) {
    warnings.push({
      file,
      line: input.summaryLine,
      field: "summary",
      message: `Tóm tắt dài ${input.summary.length} ký tự: nên dưới ${SUMMARY_MAX} ký tự (1–2 câu).`,
    });
  }
  return warnings;
}
