/**
 * Writes the placeholder photos of the sample content. The seed article's
 * photos were not preserved; each placeholder says so in its own pixels.
 * Run once: `npx tsx scripts/make-placeholders.ts` (needs a font with
 * Vietnamese glyphs installed, e.g. Debian's fonts-noto-core).
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { toXml } from "xast-util-to-xml";
import { x } from "xastscript";

interface Placeholder {
  file: string;
  label: string;
}

const placeholders: Placeholder[] = [
  { file: "public/images/2020/09/toan-canh-hoi-nghi.jpg", label: "Toàn cảnh Hội nghị" },
  { file: "public/images/2020/09/trao-giay-khen-dan-van-kheo.jpg", label: "Trao giấy khen “Dân vận khéo”" },
];

/** The placeholder as SVG, built as a tree (xastscript) and serialized by xast-util-to-xml, which escapes the label. */
function svg(label: string, width: number, height: number): string {
  const line = (y: number, fontSize: number, text: string, bold = false) =>
    x("text", { x: "50%", y, "font-size": fontSize, ...(bold ? { "font-weight": 700 } : {}) }, text);
  return toXml(
    x("svg", { xmlns: "http://www.w3.org/2000/svg", width, height }, [
      x("rect", { width: "100%", height: "100%", fill: "#e7e2d8" }),
      x("rect", {
        x: 24,
        y: 24,
        width: width - 48,
        height: height - 48,
        fill: "none",
        stroke: "#9b8f7a",
        "stroke-width": 4,
        "stroke-dasharray": "18 12",
      }),
      x("g", { "font-family": "Noto Sans", "text-anchor": "middle", fill: "#5b5142" }, [
        line(height / 2 - 40, 44, "ẢNH MINH HỌA", true),
        line(height / 2 + 14, 30, label),
        line(height / 2 + 70, 24, "Ảnh gốc của bài viết không còn được lưu giữ"),
      ]),
    ]),
  );
}

for (const { file, label } of placeholders) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg(label, 1200, 675)))
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(file);
  console.log(`Đã tạo ${file}`);
}
