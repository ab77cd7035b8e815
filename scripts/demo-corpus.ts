/**
 * Writes a synthetic Vietnamese corpus for CONTENT_DIR: a site.yml with every
 * footer field set (clearly marked as demo data), N articles with valid front
 * matter, categories, tags and figures, and as many documents (each with one of
 * the sample's placeholder files under public/files/) and pages as asked.
 * Deterministic: the same numbers give the same files. It never touches content/.
 *
 *   npx tsx scripts/demo-corpus.ts <folder> [N=300] [--documents D] [--pages P]
 *   CONTENT_DIR=<folder> npm run dev
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { stringifyYaml as stringify } from "../lib/content/parse-file";
import { slugify } from "../lib/text";

const CATEGORIES = [
  { slug: "tin-tuc-su-kien", name: "Tin tức - Sự kiện" },
  { slug: "xay-dung-dang", name: "Xây dựng Đảng" },
  { slug: "dan-van", name: "Dân vận" },
  { slug: "kinh-te-xa-hoi", name: "Kinh tế - Xã hội" },
  { slug: "quoc-phong-an-ninh", name: "Quốc phòng - An ninh" },
  // Left empty on purpose: the friendly empty state.
  { slug: "van-hoa-the-thao", name: "Văn hóa - Thể thao" },
];

const SUBJECTS = [
  "Hội nghị",
  "Tập huấn",
  "Hội thảo",
  "Lễ ra quân",
  "Đoàn công tác",
  "Ban Thường vụ",
  "Ủy ban nhân dân xã",
  "Hội Nông dân",
  "Đoàn Thanh niên",
  "Hội Liên hiệp Phụ nữ",
];
const ACTIONS = [
  "triển khai",
  "tổng kết",
  "sơ kết",
  "kiểm tra",
  "đánh giá",
  "hướng dẫn",
  "thúc đẩy",
  "học tập và làm theo",
];
const TOPICS = [
  "phong trào “Dân vận khéo”",
  "xây dựng nông thôn mới",
  "chuyển đổi số",
  "cải cách hành chính",
  "công tác phòng, chống thiên tai",
  "phát triển kinh tế đồi rừng",
  "đảm bảo an ninh trật tự",
  "giảm nghèo bền vững",
  "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "bảo tồn văn hóa dân tộc Tày",
  "khuyến học, khuyến tài",
  "làm đường giao thông nông thôn",
  "chăm sóc sức khỏe ban đầu",
  "trồng cây quế, cây hồi",
  "phòng cháy, chữa cháy rừng",
  "tuyển quân năm mới",
  "bầu cử đại biểu Quốc hội",
  "thu hút đầu tư du lịch hồ Ba Bể",
  "nước sạch vệ sinh môi trường",
  "đền ơn đáp nghĩa",
];
/** Sentences that carry no topic: most of an article's words, as in real news. */
const FILLER = [
  "Hội nghị đã thảo luận, thống nhất nhiều giải pháp cụ thể cho thời gian tới.",
  "Các đại biểu đánh giá cao sự chủ động của cơ sở trong quá trình thực hiện.",
  "Bên cạnh kết quả đạt được, vẫn còn một số khó khăn, hạn chế cần khắc phục.",
  "Lãnh đạo huyện đề nghị các ngành phối hợp chặt chẽ, kịp thời tháo gỡ vướng mắc.",
  "Nhiều hộ gia đình đã mạnh dạn thay đổi cách làm, nâng cao thu nhập.",
  "Công tác tuyên truyền được đẩy mạnh qua loa truyền thanh và các buổi họp thôn.",
  "Đến nay, tỷ lệ hoàn thành kế hoạch đạt trên chín mươi phần trăm.",
  "Người dân tích cực hưởng ứng, hiến đất, góp công lao động.",
  "Đoàn kiểm tra ghi nhận nhiều mô hình hay, cách làm sáng tạo.",
  "Thời gian tới, địa phương tiếp tục rà soát, bổ sung quy hoạch.",
  "Cán bộ, đảng viên gương mẫu đi đầu, tạo sức lan tỏa trong cộng đồng.",
  "Kinh phí thực hiện được huy động từ nhiều nguồn hợp pháp.",
  "Buổi làm việc diễn ra trong không khí cởi mở, dân chủ.",
  "Các tổ chức đoàn thể phát huy vai trò nòng cốt trong vận động hội viên.",
  "Mùa mưa lũ năm nay được dự báo diễn biến phức tạp.",
  "Học sinh vùng cao được tặng sách vở, áo ấm trước thềm năm học mới.",
  "Sản phẩm OCOP của địa phương ngày càng được thị trường đón nhận.",
  "Ủy ban Mặt trận Tổ quốc huyện tổ chức lấy ý kiến nhân dân.",
  "Chi bộ thôn duy trì nền nếp sinh hoạt định kỳ hằng tháng.",
  "Đường liên thôn được bê tông hóa giúp việc đi lại thuận tiện hơn.",
];
const PLACES = [
  "xã Bằng Lũng",
  "xã Nam Cường",
  "xã Yên Thịnh",
  "thôn Nà Pài",
  "các xã vùng cao",
  "toàn huyện",
];
const TAGS = [
  "Dân vận khéo",
  "Nông thôn mới",
  "Chuyển đổi số",
  "Cải cách hành chính",
  "Đề án 06",
  "An ninh trật tự",
  "Giảm nghèo",
  "Thanh niên",
  "Phụ nữ",
  "Nông dân",
  "Đường giao thông",
  "Khuyến học",
];
const PHOTOS = ["/images/2020/09/toan-canh-hoi-nghi.jpg", "/images/2020/09/trao-giay-khen-dan-van-kheo.jpg"];

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paragraph about `topic`: it opens on the topic, then goes on in general words. */
function paragraph(next: () => number, pick: <T>(list: readonly T[]) => T, topic: string): string {
  const sentences = 3 + Math.floor(next() * 3);
  const opening = `${pick(SUBJECTS)} ${pick(PLACES)} đã ${pick(ACTIONS)} ${topic}.`;
  return [opening, ...Array.from({ length: sentences - 1 }, () => pick(FILLER))].join(" ");
}

const DOCUMENT_TYPES = [
  { slug: "nghi-quyet", name: "Nghị quyết", symbol: "NQ" },
  { slug: "chi-thi", name: "Chỉ thị", symbol: "CT" },
  { slug: "ket-luan", name: "Kết luận", symbol: "KL" },
  { slug: "ke-hoach", name: "Kế hoạch", symbol: "KH" },
  { slug: "huong-dan", name: "Hướng dẫn", symbol: "HD" },
  { slug: "thong-bao", name: "Thông báo", symbol: "TB" },
  { slug: "bao-cao", name: "Báo cáo", symbol: "BC" },
];
const ISSUERS = [
  { slug: "ban-chap-hanh", name: "Ban Chấp hành (dữ liệu thử)", symbol: "HU" },
  { slug: "ban-thuong-vu", name: "Ban Thường vụ (dữ liệu thử)", symbol: "HU" },
  { slug: "ban-tuyen-giao", name: "Ban Tuyên giáo (dữ liệu thử)", symbol: "BTGHU" },
];
/** The sample content's placeholder files (scripts/make-sample-pdfs.ts), shared by the demo documents. */
const DOCUMENT_FILES = [
  "/files/2025/nghi-quyet-15-nq-hu.pdf",
  "/files/2024/chi-thi-08-ct-hu.pdf",
  "/files/2025/ke-hoach-120-kh-hu.pdf",
];

export const DEMO_SITE = {
  name: "Cổng thông tin thử nghiệm",
  description: "Dữ liệu mẫu để xem thử giao diện và đo hiệu năng (không phải thông tin thật).",
  organization: "Cơ quan chủ quản mẫu (dữ liệu thử)",
  address: "Địa chỉ mẫu (dữ liệu thử)",
  phone: "000 0000 000",
  email: "lien-he@example.invalid",
  responsible: "Người chịu trách nhiệm mẫu (dữ liệu thử)",
  license: "Giấy phép mẫu (dữ liệu thử)",
  copyrightNotice: "Dữ liệu thử nghiệm, không phát hành lại.",
  pageSize: 12,
  categories: CATEGORIES,
  documentTypes: DOCUMENT_TYPES.map(({ slug, name }) => ({ slug, name })),
  issuers: ISSUERS.map(({ slug, name }) => ({ slug, name })),
};

/** The newest demo article's date; each older one is 9 hours earlier. */
export const DEMO_NEWEST = Date.parse("2026-06-30T09:00:00+07:00");

/** `count` documents, newest first, each issued 3 days before the next; every 7th replaced by the one after it. */
function writeDocuments(dir: string, count: number, pick: <T>(list: readonly T[]) => T) {
  for (let i = 0; i < count; i++) {
    const type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length]!;
    const issuer = ISSUERS[i % ISSUERS.length]!;
    const issued = new Date(DEMO_NEWEST - i * 3 * 24 * 3600_000);
    const year = String(new Date(issued.getTime() + 7 * 3600_000).getUTCFullYear());
    const number = `${count - i}-${type.symbol}/${issuer.symbol}`;
    const slug = slugify(`${type.name} ${number}`);
    const replacedBy =
      i % 7 === 6
        ? slugify(
            `${DOCUMENT_TYPES[(i - 1) % DOCUMENT_TYPES.length]!.name} ${count - i + 1}-${DOCUMENT_TYPES[(i - 1) % DOCUMENT_TYPES.length]!.symbol}/${ISSUERS[(i - 1) % ISSUERS.length]!.symbol}`,
          )
        : undefined;
    const frontMatter = {
      title: `Về ${pick(TOPICS)} (dữ liệu thử)`,
      number,
      type: type.slug,
      issuer: issuer.slug,
      issued: issued.toISOString(),
      ...(replacedBy ? { replacedBy } : {}),
      signer: "Người ký mẫu (dữ liệu thử)",
      files: [DOCUMENT_FILES[i % DOCUMENT_FILES.length]!],
    };
    fs.mkdirSync(path.join(dir, "documents", year), { recursive: true });
    fs.writeFileSync(path.join(dir, "documents", year, `${slug}.md`), `---\n${stringify(frontMatter)}---\n`);
  }
}

/** `count` pages: sections of up to 9 children each. */
function writePages(dir: string, count: number, next: () => number, pick: <T>(list: readonly T[]) => T) {
  for (let i = 0; i < count; i++) {
    const section = `muc-${Math.floor(i / 10) + 1}`;
    const file = i % 10 === 0 ? path.join(section, "index.md") : path.join(section, `trang-${i % 10}.md`);
    const title =
      i % 10 === 0 ? `Mục ${Math.floor(i / 10) + 1} (dữ liệu thử)` : `Trang ${i} về ${pick(TOPICS)}`;
    const body = [paragraph(next, pick, pick(TOPICS)), paragraph(next, pick, pick(TOPICS))].join("\n\n");
    fs.mkdirSync(path.join(dir, "pages", section), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "pages", file),
      `---\n${stringify({ title, order: i % 10 })}---\n\n${body}\n`,
    );
  }
}

export function writeDemoCorpus(dir: string, count: number, { documents = 0, pages = 0 } = {}): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "articles"), { recursive: true });
  fs.writeFileSync(path.join(dir, "site.yml"), stringify(DEMO_SITE));
  const next = random(20200910);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const date = new Date(DEMO_NEWEST - i * 9 * 3600_000);
    const topic = pick(TOPICS);
    const title = `${pick(SUBJECTS)} ${pick(PLACES)} ${pick(ACTIONS)} ${topic}`;
    let slug = slugify(title);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(title)}-${n}`;
    used.add(slug);
    const tags = [...new Set([pick(TAGS), pick(TAGS)])];
    const frontMatter = {
      title,
      date: date.toISOString(),
      // Every category but the last gets articles; article 0 in the first category.
      category: CATEGORIES[i % (CATEGORIES.length - 1)]!.slug,
      tags,
      author: i % 3 === 0 ? "Phóng viên (dữ liệu thử)" : undefined,
      slug,
    };
    const photo = pick(PHOTOS);
    const body = [
      paragraph(next, pick, topic),
      `![Ảnh minh họa: ${title}](${photo} "Ảnh minh họa cho bài viết số ${i + 1}")`,
      paragraph(next, pick, topic),
      paragraph(next, pick, topic),
    ].join("\n\n");
    const year = String(new Date(date.getTime() + 7 * 3600_000).getUTCFullYear());
    fs.mkdirSync(path.join(dir, "articles", year), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "articles", year, `${slug}.md`),
      `---\n${stringify(frontMatter)}---\n\n${body}\n`,
    );
  }
  writeDocuments(dir, documents, pick);
  writePages(dir, pages, next, pick);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values, positionals } = parseArgs({
    options: { documents: { type: "string", default: "0" }, pages: { type: "string", default: "0" } },
    allowPositionals: true,
  });
  const [dir, n = "300"] = positionals;
  if (!dir || ![n, values.documents, values.pages].every((v) => /^\d+$/.test(v))) {
    console.error("Cách dùng: npx tsx scripts/demo-corpus.ts <thư mục> [số bài] [--documents N] [--pages N]");
    process.exit(2);
  }
  if (path.resolve(dir) === path.resolve("content")) {
    console.error("Không ghi đè thư mục content/ của trang.");
    process.exit(2);
  }
  writeDemoCorpus(dir, Number(n), { documents: Number(values.documents), pages: Number(values.pages) });
  console.log(`Đã viết ${n} bài, ${values.documents} văn bản, ${values.pages} trang thử vào ${dir}`);
}
