/**
 * Writes the placeholder files of the sample documents (content/documents/): small PDFs that say, in Vietnamese,
 * that they stand in for the real document. Run once after changing the list: `npx tsx scripts/make-sample-pdfs.ts`.
 * The text is set in Be Vietnam Pro (the Google Fonts release on npm, a development dependency), embedded as a
 * subset; the files' dates are fixed, so a second run writes the same bytes.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";

const FILES: { file: string; title: string; lines: string[] }[] = [
  {
    file: "public/files/2025/nghi-quyet-15-nq-hu.pdf",
    title: "Nghị quyết số 15-NQ/HU",
    lines: ["về lãnh đạo thực hiện chuyển đổi số trong hoạt động", "của các cơ quan Đảng trên địa bàn huyện"],
  },
  {
    file: "public/files/2024/chi-thi-08-ct-hu.pdf",
    title: "Chỉ thị số 08-CT/HU",
    lines: [
      "về tăng cường sự lãnh đạo của Đảng đối với công tác",
      "phòng, chống thiên tai mùa mưa bão năm 2024",
    ],
  },
  {
    file: "public/files/2023/ke-hoach-42-kh-hu.pdf",
    title: "Kế hoạch số 42-KH/HU",
    lines: ["tổ chức học tập, quán triệt các nghị quyết", "của Trung ương năm 2023"],
  },
  {
    file: "public/files/2025/ke-hoach-120-kh-hu.pdf",
    title: "Kế hoạch số 120-KH/HU",
    lines: ["tổ chức học tập, quán triệt các nghị quyết", "của Trung ương năm 2025"],
  },
  {
    file: "public/files/2025/tai-lieu-sinh-hoat-chi-bo-thang-3.pdf",
    title: "Tài liệu sinh hoạt chi bộ tháng 3/2025",
    lines: ["Định hướng nội dung sinh hoạt chi bộ", "dành cho các chi bộ trực thuộc Đảng bộ huyện"],
  },
];

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve("@expo-google-fonts/be-vietnam-pro/package.json"));
const regularBytes = fs.readFileSync(path.join(fontDir, "400Regular/BeVietnamPro_400Regular.ttf"));
const boldBytes = fs.readFileSync(path.join(fontDir, "700Bold/BeVietnamPro_700Bold.ttf"));
const FIXED_DATE = new Date("2025-01-01T00:00:00Z");

for (const { file, title, lines } of FILES) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(`${title} (văn bản mẫu)`);
  pdf.setAuthor("Trang tin điện tử Huyện ủy (nội dung mẫu)");
  pdf.setLanguage("vi-VN");
  pdf.setCreator("scripts/make-sample-pdfs.ts");
  pdf.setProducer("pdf-lib");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const page = pdf.addPage([595, 842]);
  const centre = (text: string, y: number, font = regular, size = 13) =>
    page.drawText(text, { x: (595 - font.widthOfTextAtSize(text, size)) / 2, y, size, font });
  centre("ĐẢNG CỘNG SẢN VIỆT NAM", 770, bold, 13);
  centre(title.toUpperCase(), 680, bold, 16);
  lines.forEach((line, i) => centre(line, 650 - i * 20));
  page.drawRectangle({
    x: 60,
    y: 470,
    width: 475,
    height: 110,
    borderColor: rgb(0.6, 0.1, 0.1),
    borderWidth: 2,
  });
  centre("VĂN BẢN MẪU — BẢN GIỮ CHỖ", 545, bold, 18);
  centre("Tệp này chỉ để minh họa thư viện văn bản của trang.", 515);
  centre("Khi dùng thật, thay bằng tệp văn bản đã ký, đóng dấu.", 495);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await pdf.save({ useObjectStreams: true }));
  console.log(`Đã ghi ${file}`);
}
