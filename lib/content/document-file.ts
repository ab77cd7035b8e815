/**
 * One document file (`content/documents/**.md`, year folders welcome) → its document, problems and warnings: a
 * function of the file's bytes, site.yml's document types and issuers, and the files under public/ alone, cached
 * like articles (lib/content/load.ts). Its slug is the `slug` field or the file's name; its attachments must exist.
 */
import fs from "node:fs";
import path from "node:path";
import type { createMarkdownRenderer } from "../markdown/render";
import { slugify } from "../text";
import { imageStamp, type ImageStamp } from "./article-file";
import { atFileLine, readContentFile } from "./content-file";
import { documentFrontMatterSchema, type Document, type FileCheck } from "./document-schema";
import { issuesToProblems, type ContentProblem } from "./problems";
import type { SiteConfig } from "./site-schema";

export const DOCUMENTS_DIR = "documents";

export interface DocumentFileResult {
  document?: Document;
  slug?: string;
  slugLine?: number;
  numberLine?: number;
  replacedByLine?: number;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  images: ImageStamp[];
  /** Each attachment named and its size then ("missing" when absent): a cached result stands while each is the same. */
  attachments: ImageStamp[];
}

/** Whether an attachment exists under public/, and its size. */
export function checkAttachment(publicDir: string, src: string): FileCheck {
  const full = path.join(/* turbopackIgnore: true */ publicDir, ...src.split("/").filter(Boolean));
  if (!full.startsWith(path.join(/* turbopackIgnore: true */ publicDir, "files") + path.sep))
    return { ok: false, message: `Tệp "${src}" phải nằm trong public/files/.` };
  try {
    const stat = fs.statSync(full);
    if (stat.isFile()) return { ok: true, bytes: stat.size };
  } catch {
    // Reported below.
  }
  return {
    ok: false,
    message: `Không tìm thấy tệp public${src}: chép tệp văn bản vào public/files/ (đúng tên, kể cả chữ hoa, chữ thường), hoặc sửa đường dẫn.`,
  };
}

export function attachmentStamp(publicDir: string, src: string): ImageStamp {
  const checked = checkAttachment(publicDir, src);
  return [src, checked.ok ? String(checked.bytes) : "missing"];
}

export function documentContext(
  site: SiteConfig | null,
  render: ReturnType<typeof createMarkdownRenderer>,
  publicDir: string,
) {
  const schema = documentFrontMatterSchema({
    types: site?.documentTypes ?? [],
    issuers: site?.issuers ?? [],
    file: (src) => checkAttachment(publicDir, src),
  });
  return { site, render, publicDir, schema };
}

export function loadDocumentFile(
  file: string,
  bytes: Uint8Array,
  { site, render, publicDir, schema }: ReturnType<typeof documentContext>,
): DocumentFileResult {
  const read = readContentFile(file, bytes);
  if (!read.ok) return { problems: read.problems, warnings: [], images: [], attachments: [] };
  const { data, body, bodyOffset, keyLines } = read.file;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const checked = schema.safeParse(data);
  if (!checked.success) {
    // Without a valid site.yml the types and issuers are unknown: site.yml alone is reported.
    const issues = site
      ? checked.error.issues
      : checked.error.issues.filter((i) => i.path[0] !== "type" && i.path[0] !== "issuer");
    problems.push(...issuesToProblems(file, issues, (key) => keyLines.get(key)));
  }
  const rendered = render(body);
  for (const m of rendered.messages) (m.fatal ? problems : warnings).push(atFileLine(file, bodyOffset, m));
  const named = Array.isArray(data.files) ? data.files.filter((f): f is string => typeof f === "string") : [];
  const slug =
    checked.success && checked.data.slug ? checked.data.slug : slugify(path.posix.basename(file, ".md"));
  if (!slug)
    problems.push({
      file,
      field: "slug",
      message:
        "Tên tệp không có chữ cái hay chữ số nào để làm đường dẫn. Đặt tên như nghi-quyet-15.md, hoặc thêm dòng slug: …",
    });
  const result: DocumentFileResult = {
    problems,
    warnings,
    slug: slug || undefined,
    slugLine: keyLines.get("slug"),
    numberLine: keyLines.get("number"),
    replacedByLine: keyLines.get("replacedBy"),
    images: rendered.imageSources.map((src) => imageStamp(publicDir, src)),
    attachments: named.map((src) => attachmentStamp(publicDir, src.trim())),
  };
  if (!checked.success || !site || problems.length) return result;
  result.document = { ...checked.data, slug, html: rendered.html, text: rendered.plainText, file };
  return result;
}
