/**
 * Warnings: what pasting from word processors leaves behind. They never stop
 * publishing; `npm run content:check` shows them so editors can tidy up.
 */
import { TYPOGRAPHY_CHECKS } from "../markdown/remark-typography";
import type { ContentProblem } from "./problems";

export const SUMMARY_MAX = 300;

export interface WarningInput {
  file: string;
  title: string;
  titleLine?: number;
  summary?: string;
  summaryLine?: number;
  /** Typographic warnings found in the body (lines relative to it), and the number of file lines before it. */
  typography: readonly { line?: number; message: string }[];
  bodyOffset: number;
  decomposed: boolean;
  /** Body-relative lines of figures without a caption. */
  uncaptioned: readonly number[];
}

export function contentWarnings(input: WarningInput): ContentProblem[] {
  const { file } = input;
  const warnings: ContentProblem[] = [];
  const checkText = (field: string, text: string, line?: number) => {
    for (const check of TYPOGRAPHY_CHECKS)
      if (check.pattern.test(text)) warnings.push({ file, line, field, message: check.message });
  };
  checkText("title", input.title, input.titleLine);
  if (input.summary !== undefined) checkText("summary", input.summary, input.summaryLine);

  for (const t of input.typography) {
    warnings.push({
      file,
      line: t.line === undefined ? undefined : t.line + input.bodyOffset,
      field: "nội dung",
      message: t.message,
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
  for (const line of input.uncaptioned) {
    warnings.push({
      file,
      line: line + input.bodyOffset,
      field: "nội dung",
      message:
        'Ảnh chưa có chú thích: thêm chú thích trong ngoặc kép sau đường dẫn ảnh, ví dụ ![Mô tả](/images/anh.jpg "Chú thích").',
    });
  }
  return warnings;
}
