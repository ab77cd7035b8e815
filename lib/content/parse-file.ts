/**
 * Reading one content file: bytes → normalized text → front matter data and
 * body, or problems. Handles BOM, CRLF, NFD text, binary files and YAML
 * syntax errors, and maps each front matter key to its line.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { nfc } from "../text";

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines of the file before the body starts (body line n is file line n + bodyOffset). */
  bodyOffset: number;
  /** 1-based line of each top-level front matter key. */
  keyLines: Map<string, number>;
  /** The file held decomposed (NFD) text, now normalized to NFC. */
  decomposed: boolean;
}

export type ParseResult =
  { ok: true; file: ParsedFile } | { ok: false; line?: number; field: string; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8 (with or without BOM) and normalize line endings to LF; `null` for binary or invalid bytes. */
function decodeRaw(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
  } catch {
    return null;
  }
}

/** Decode UTF-8 (with or without BOM), normalize line endings to LF and text to NFC. */
export function decodeText(bytes: Uint8Array): string | null {
  const raw = decodeRaw(bytes);
  return raw === null ? null : nfc(raw);
}

/** YAML with the core schema: dates stay strings, so the schema can read them as Vietnam time. */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

/** Front matter text for generated files, in the same schema it is read with (dates stay plain strings). */
export function stringifyYaml(data: object): string {
  return yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, skipInvalid: true });
}

/** A YAML syntax error as an editor reads it: the 1-based line (of the parsed text) and what went wrong. */
export function yamlErrorDetails(error: unknown): { line?: number; reason: string } | null {
  if (!(error instanceof yaml.YAMLException)) return null;
  return { line: error.mark ? error.mark.line + 1 : undefined, reason: error.reason };
}

function parseFrontMatterYaml(source: string): object {
  return (parseYaml(source) as object | null) ?? {};
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
  const raw = decodeRaw(bytes);
  const text = raw === null ? null : nfc(raw);
  if (raw === null || text === null) {
    return {
      ok: false,
      field: "tệp",
      message:
        "Tệp không phải văn bản UTF-8 (có thể là ảnh hoặc tệp Word bị đặt đuôi .md). Lưu lại dưới dạng văn bản UTF-8.",
    };
  }
  if (text.trim() === "") {
    return {
      ok: false,
      field: "tệp",
      message: "Tệp rỗng. Một bài viết cần phần đầu (front matter) giữa hai dòng --- và nội dung bài.",
    };
  }
  if (!text.startsWith("---\n")) {
    return {
      ok: false,
      line: 1,
      field: "front matter",
      message:
        "Bài viết phải bắt đầu bằng dòng --- rồi đến title, date, category…, đóng lại bằng một dòng --- nữa.",
    };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      ok: false,
      line: 1,
      field: "front matter",
      message: "Phần đầu bài (front matter) chưa được đóng bằng một dòng ---.",
    };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: parseFrontMatterYaml } });
  } catch (error) {
    const details = yamlErrorDetails(error);
    if (!details) throw error;
    return {
      ok: false,
      line: details.line,
      field: "front matter",
      message: `Lỗi cú pháp YAML (${details.reason}). Thường do thiếu dấu cách sau dấu hai chấm, thụt lề sai, hoặc giá trị có dấu hai chấm mà không đặt trong ngoặc kép.`,
    };
  }

  const data = parsed.data as unknown;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false,
      line: 2,
      field: "front matter",
      message: "Phần đầu bài phải là các dòng dạng tên: giá trị (ví dụ title: …).",
    };
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
      decomposed: raw !== text,
    },
  };
}
