/**
 * Reading one content file: bytes → normalized text → front matter data and
 * body, or problems. Handles BOM, CRLF, NFD text, binary files and YAML
 * syntax errors, and maps each front matter key to its line.
 */
import matter from "gray-matter";
import { type ErrorCode, LineCounter, parseDocument, stringify, visit } from "yaml";
import { nfc } from "../text";
import { YAML_PROBLEMS } from "./yaml-messages";

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

/** A YAML text that cannot be read: the library's error code, and the 1-based line where it was found. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly line?: number,
  ) {
    super(`YAML: ${code}${line === undefined ? "" : ` (line ${line})`}`);
  }
}

/** YAML 1.2's core schema: no date type, so dates stay strings (read as Vietnam time by the content schema). */
const SCHEMA = { schema: "core", version: "1.2" } as const;

/** A YAML text's value; a syntax error, a duplicate key or a bad alias throws a YamlSyntaxError. */
export function parseYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { ...SCHEMA, lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new YamlSyntaxError(error.code, lineCounter.linePos(error.pos[0]).line);
  try {
    // An alias to an anchor never set, or aliases multiplied past the library's limit (a "billion laughs").
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    let line: number | undefined;
    visit(document, {
      Alias(_, alias) {
        if (alias.resolve(document)) return undefined;
        line = alias.range ? lineCounter.linePos(alias.range[0]).line : undefined;
        return visit.BREAK;
      },
    });
    throw new YamlSyntaxError("BAD_ALIAS", line);
  }
}

/** Front matter text for generated files, in the same schema it is read with (dates stay plain strings). */
export function stringifyYaml(data: object): string {
  return stringify(data, { ...SCHEMA, lineWidth: 0, keepUndefined: false });
}

/** A YAML syntax error as an editor reads it: the 1-based line (of the parsed text) and, in Vietnamese, what is wrong. */
export function yamlErrorDetails(error: unknown): { line?: number; reason: string } | null {
  if (!(error instanceof YamlSyntaxError)) return null;
  return { line: error.line, reason: YAML_PROBLEMS[error.code] };
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
