/**
 * A document's file uploaded from the editor (PDF and the office formats the site lists, lib/content/document-schema
 * DOCUMENT_FORMATS), its type read from its bytes, never from its name: a PDF's header; an Office Open XML or
 * OpenDocument package (a zip) by the parts it holds; an older Word or Excel file (a compound file) by its main
 * stream's name. Saved as `files/<year>/<slug>-<hash>.<ext>` under `public/`, the name the editor's.
 */
import crypto from "node:crypto";
import { slugify } from "../text";
import { MAX_PHOTO_BYTES } from "./photos";

export type AttachmentType = "pdf" | "doc" | "docx" | "xls" | "xlsx" | "odt" | "ods";

export interface Attachment {
  /** Under `public/`: `files/2026/nghi-quyet-15-nq-hu-3f2a9c1b.pdf`. */
  path: string;
  src: string;
  bytes: Buffer;
}

const has = (bytes: Buffer, text: string, encoding: BufferEncoding = "latin1", within = 1 << 20) =>
  bytes.subarray(0, within).includes(Buffer.from(text, encoding));

/** The type a file's bytes say it is, if one the site takes. */
export function attachmentType(bytes: Buffer): AttachmentType | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    // OpenDocument: its first part is `mimetype`, stored, holding the type.
    if (bytes.subarray(30, 38).toString("latin1") === "mimetype") {
      const type = bytes.subarray(38, 38 + 60).toString("latin1");
      if (type.startsWith("application/vnd.oasis.opendocument.text")) return "odt";
      if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
      return null;
    }
    if (!has(bytes, "[Content_Types].xml")) return null;
    if (has(bytes, "word/")) return "docx";
    if (has(bytes, "xl/")) return "xlsx";
    return null;
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    if (has(bytes, "WordDocument", "utf16le", bytes.length)) return "doc";
    if (has(bytes, "Workbook", "utf16le", bytes.length) || has(bytes, "Book", "utf16le", bytes.length))
      return "xls";
  }
  return null;
}

export function prepareAttachment(
  bytes: Buffer,
  name: string,
  now: Date,
): { ok: true; attachment: Attachment } | { ok: false; problem: "not-document" | "too-big" } {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, problem: "too-big" };
  const type = attachmentType(bytes);
  if (!type) return { ok: false, problem: "not-document" };
  const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const stem = (slugify(name) || "van-ban").slice(0, 60).replace(/-+$/, "");
  const path = `files/${now.getUTCFullYear()}/${stem}-${hash}.${type}`;
  return { ok: true, attachment: { path, src: `/${path}`, bytes } };
}
