import fs from "node:fs";
import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { figureMarkdown, preparePhoto, photoType, withFigure } from "@/lib/editor/photos";
import { createMarkdownRenderer } from "@/lib/markdown/render";
import { turnedPhotoFile, uprightPhonePhoto } from "../phone-photos";

const NOW = new Date("2026-12-03T09:00:00Z");

/** A PNG whose header claims `width`×`height`, its one row of data tiny: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("a photo from a phone", () => {
  it("is turned upright, scaled to 2,560 px, stripped of every metadata (GPS included), named by the editor", async () => {
    const original = uprightPhonePhoto();
    const before = await sharp(original).metadata();
    expect(before).toMatchObject({ width: 4208, height: 3120, orientation: 6 });
    expect(before.exif?.includes(Buffer.from("XIAOMI"))).toBe(true);

    const result = await preparePhoto(original, "Hội nghị Ban Chấp hành Đảng bộ huyện", NOW);
    if (!result.ok) throw new Error(result.problem);
    const { photo } = result;
    expect(photo.path).toMatch(/^images\/2026\/12\/hoi-nghi-ban-chap-hanh-dang-bo-huyen-[0-9a-f]{10}\.jpg$/);
    expect(photo.src).toBe(`/${photo.path}`);
    const after = await sharp(photo.bytes).metadata();
    // Upright: the phone held it portrait, so it is taller than wide; the longest side 2,560.
    expect([after.width, after.height]).toEqual([1898, 2560]);
    expect([photo.width, photo.height]).toEqual([1898, 2560]);
    expect(after.format).toBe("jpeg");
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(photo.bytes.includes(Buffer.from("XIAOMI"))).toBe(false);
  });

  it("a camera's photo stored turned (orientation 8) is turned back; the same photo twice is the same file", async () => {
    const bytes = fs.readFileSync(turnedPhotoFile);
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 640, height: 480, orientation: 8 });
    const first = await preparePhoto(bytes, "Ảnh", NOW);
    const second = await preparePhoto(bytes, "Ảnh", NOW);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect([first.photo.width, first.photo.height]).toEqual([480, 640]);
    expect(second.photo.path).toBe(first.photo.path);
    expect(first.photo.path).toMatch(/^images\/2026\/12\/anh-[0-9a-f]{10}\.jpg$/);
  });

  it("PNG and WebP keep their type; nothing is enlarged", async () => {
    const small = sharp({ create: { width: 300, height: 200, channels: 3, background: "#c00" } });
    for (const [type, bytes] of [
      ["png", await small.clone().png().toBuffer()],
      ["webp", await small.clone().webp().toBuffer()],
    ] as const) {
      const result = await preparePhoto(bytes, "Cờ", NOW);
      if (!result.ok) throw new Error(result.problem);
      expect(result.photo.path.endsWith(`.${type}`)).toBe(true);
      expect([result.photo.width, result.photo.height]).toEqual([300, 200]);
    }
  });
});

describe("what is refused, by its bytes", () => {
  it("text named .jpg, an SVG, a GIF and a PDF are not photos", async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    for (const bytes of [
      Buffer.from("không phải ảnh"),
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
      gif,
      Buffer.from("%PDF-1.7\n"),
    ]) {
      expect(photoType(bytes)).toBeNull();
      expect(await preparePhoto(bytes, "x", NOW)).toEqual({ ok: false, problem: "not-image" });
    }
  });

  it("a JPEG's beginning on something else, and a cut-off JPEG, are unreadable", async () => {
    const jpeg = uprightPhonePhoto();
    expect(await preparePhoto(Buffer.concat([jpeg.subarray(0, 3), Buffer.alloc(5000)]), "x", NOW)).toEqual({
      ok: false,
      problem: "unreadable",
    });
    expect(await preparePhoto(jpeg.subarray(0, jpeg.length / 2), "x", NOW)).toEqual({
      ok: false,
      problem: "unreadable",
    });
  });

  it("a header claiming 60,000 × 60,000 pixels is refused before it is decoded", async () => {
    const bomb = pngClaiming(60_000, 60_000);
    expect(bomb.length).toBeLessThan(1000);
    expect(await preparePhoto(bomb, "x", NOW)).toEqual({ ok: false, problem: "too-many-pixels" });
  });

  it("more than 20 MB is too big", async () => {
    const big = Buffer.concat([uprightPhonePhoto(), Buffer.alloc(20 * 1024 * 1024)]);
    expect(await preparePhoto(big, "x", NOW)).toEqual({ ok: false, problem: "too-big" });
  });
});

describe("the figure's Markdown", () => {
  it("is the site's captioned figure, whatever the words hold", () => {
    const figure = figureMarkdown(
      "/images/2026/12/a-1.jpg",
      "Đại biểu [bỏ phiếu] *kín*",
      'Ảnh: "Trần Văn A"',
    );
    const html = createMarkdownRenderer({ publicDir: "public" })(figure).html;
    expect(html).toContain("<figure>");
    expect(html).toContain('alt="Đại biểu [bỏ phiếu] *kín*"');
    expect(html).toContain('<figcaption>Ảnh: "Trần Văn A"</figcaption>');
    expect(withFigure("Đoạn một.\n\n", figure)).toBe(`Đoạn một.\n\n${figure}\n`);
    expect(withFigure("", figure)).toBe(`${figure}\n`);
  });
});
