/**
 * Reading one content file: bytes → normalized text → front matter data and
 * body, or problems. Handles BOM, CRLF, NFD text, binary files and YAML
 * syntax errors, and maps each front matter key to its line.
 */
import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { nfc } from "../text";

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines of the file before the body starts (body line n is file line n + bodyOffset). */
  bodyOffset: number;
  /** 1-based line of each top-level front matter key. */
  keyLines: Map<string, number>;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; line?: number; field: string; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8 (with or without BOM), normalize line endings to LF and text to NFC. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return nfc(utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  } catch {
    return null;
  }
}

/** YAML 1.2 core schema: dates stay strings, so the schema can read them as Vietnam time. */
function parseFrontMatterYaml(source: string): object {
  return (parseYaml(source, { schema: "core" }) as object | null) ?? {};
}

function keyLines(matterText: string): Map<string, number> {
  const lines = new Map<string, number>();
  // matterText starts with the rest of the opening `---` line: its line i + 1 is the file's line i + 1.
  matterText.split("\n").forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, i + 1);
  });
  return lines;
}

export function parseContentFile(bytes: Uint8Array): ParseResult {
  const text = decodeText(bytes);
  if (text === null) {
    return { ok: false, field: "tệp", message: "Tệp không phải văn bản UTF-8 (có thể là ảnh hoặc tệp Word bị đặt đuôi .md). Lưu lại dưới dạng văn bản UTF-8." };
  }
  if (text.trim() === "") {
    return { ok: false, field: "tệp", message: "Tệp rỗng. Một bài viết cần phần đầu (front matter) giữa hai dòng --- và nội dung bài." };
  }
  if (!text.startsWith("---\n")) {
    return {
      ok: false,
      line: 1,
      field: "front matter",
      message: "Bài viết phải bắt đầu bằng dòng --- rồi đến title, date, category…, đóng lại bằng một dòng --- nữa.",
    };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { ok: false, line: 1, field: "front matter", message: "Phần đầu bài (front matter) chưa được đóng bằng một dòng ---." };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: parseFrontMatterYaml } });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const first = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return {
        ok: false,
        line: error.linePos?.[0]?.line,
        field: "front matter",
        message: `Lỗi cú pháp YAML (${first}). Thường do thiếu dấu cách sau dấu hai chấm, thụt lề sai, hoặc giá trị có dấu hai chấm mà không đặt trong ngoặc kép.`,
      };
    }
    throw error;
  }

  const data = parsed.data as unknown;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, line: 2, field: "front matter", message: "Phần đầu bài phải là các dòng dạng tên: giá trị (ví dụ title: …)." };
  }
  const body = parsed.content;
  const prefix = text.slice(0, text.length - body.length);
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      body,
      bodyOffset: prefix.split("\n").length - 1,
      keyLines: keyLines(parsed.matter),
    },
  };
}
