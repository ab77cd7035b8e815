import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { attachmentType, prepareAttachment } from "@/lib/editor/attachments";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date("2026-12-03T09:00:00Z");

/** A zip of stored (uncompressed) parts, as office packages are laid out: the parts in the order given. */
function zip(parts: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(zlib.crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(zlib.crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(Buffer.byteLength(name), 28);
    entry.writeUInt32LE(offset, 42);
    const local = Buffer.concat([header, Buffer.from(name), data]);
    locals.push(local);
    central.push(Buffer.concat([entry, Buffer.from(name)]));
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The start of a compound file holding one stream of that name (UTF-16 in its directory). */
const compound = (stream: string) =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(1024),
    Buffer.from(stream, "utf16le"),
    Buffer.alloc(512),
  ]);

describe("a document's file, told by its bytes", () => {
  it("a PDF", () => {
    const pdf = fs.readFileSync(
      path.join(ROOT, "tests/fixtures/wordpress/uploads/2021/03/nghi-quyet-27-nq-hu.pdf"),
    );
    expect(attachmentType(pdf)).toBe("pdf");
    const prepared = prepareAttachment(pdf, "15-NQ/HU Nghị quyết về chuyển đổi số", NOW);
    expect(prepared.ok && prepared.attachment.path).toMatch(
      /^files\/2026\/15-nq-hu-nghi-quyet-ve-chuyen-doi-so-[0-9a-f]{10}\.pdf$/,
    );
  });

  it("Word and Excel packages by the parts they hold; OpenDocument by its mimetype", () => {
    const types = '<?xml version="1.0"?><Types/>';
    expect(
      attachmentType(
        zip([
          ["[Content_Types].xml", types],
          ["word/document.xml", "<w:document/>"],
        ]),
      ),
    ).toBe("docx");
    expect(
      attachmentType(
        zip([
          ["[Content_Types].xml", types],
          ["xl/workbook.xml", "<workbook/>"],
        ]),
      ),
    ).toBe("xlsx");
    expect(
      attachmentType(
        zip([
          ["mimetype", "application/vnd.oasis.opendocument.text"],
          ["content.xml", "<x/>"],
        ]),
      ),
    ).toBe("odt");
    expect(
      attachmentType(
        zip([
          ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
          ["content.xml", "<x/>"],
        ]),
      ),
    ).toBe("ods");
    expect(attachmentType(compound("WordDocument"))).toBe("doc");
    expect(attachmentType(compound("Workbook"))).toBe("xls");
  });

  it("refuses what is none of them, whatever its name: a zip of other things, a presentation, HTML, an image", () => {
    for (const bytes of [
      zip([["readme.txt", "xin chào"]]),
      zip([["mimetype", "application/vnd.oasis.opendocument.presentation"]]),
      zip([
        ["[Content_Types].xml", "<Types/>"],
        ["ppt/presentation.xml", "<p/>"],
      ]),
      Buffer.from("<html><script>alert(1)</script></html>"),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      compound("PowerPoint Document"),
    ]) {
      expect(attachmentType(bytes)).toBeNull();
      expect(prepareAttachment(bytes, "x", NOW)).toEqual({ ok: false, problem: "not-document" });
    }
    expect(
      prepareAttachment(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(21 * 1024 * 1024)]), "x", NOW),
    ).toEqual({ ok: false, problem: "too-big" });
  });
});
