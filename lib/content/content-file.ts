/**
 * What every kind of content file (article, page, document) shares: the size limit, bytes → front matter and body
 * (parse-file.ts) with its problems, and the body's plugin messages placed at their line in the file.
 */
import type { MarkdownMessage } from "../markdown/render";
import { parseContentFile, type ParsedFile } from "./parse-file";
import type { ContentProblem } from "./problems";

/** Larger files are refused before parsing: no article is that long, and parsing them would stall the build. */
export const MAX_FILE_BYTES = 1_000_000;

/** A file's front matter and body, or the problems that stop it being read. */
export function readContentFile(
  file: string,
  bytes: Uint8Array,
): { ok: true; file: ParsedFile } | { ok: false; problems: ContentProblem[] } {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    const message = `Tệp nặng ${mb} MB, quá giới hạn 1 MB cho một tệp nội dung. Có thể đã dán nhầm ảnh hoặc dữ liệu vào; chia nhỏ hoặc bỏ phần thừa.`;
    return { ok: false, problems: [{ file, field: "tệp", message }] };
  }
  const parsed = parseContentFile(bytes);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [{ file, line: parsed.line, field: parsed.field, message: parsed.message }],
    };
  return { ok: true, file: parsed.file };
}

/** A body message at its line in the file. */
export function atFileLine(file: string, bodyOffset: number, m: MarkdownMessage): ContentProblem {
  return {
    file,
    ...(m.line === undefined ? {} : { line: m.line + bodyOffset }),
    field: "nội dung",
    message: m.message,
  };
}
