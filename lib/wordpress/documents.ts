/**
 * `--documents-category <slug>`: the posts of one WordPress category are the committee's documents (văn bản), and
 * each becomes a document of content/documents/ when its title says what a document needs. Read from the title:
 *
 *  - the number and symbol (`15-NQ/HU`, `66-QĐi/TW`, `123/QĐ-UBND`, `30/2020/NĐ-CP`), written as Vietnamese
 *    documents write it (Party documents: Quy định 66-QĐ/TW; state documents: Nghị định 30/2020/NĐ-CP);
 *  - the type, from the symbol's abbreviation (NQ → Nghị quyết), else from the title's first words;
 *  - the date of issue, from `ngày 15/3/2025` or `ngày 15 tháng 3 năm 2025`, else (said in the report) the post's;
 *  - the issuing body, one of site.yml's issuers whose name the title holds, else (said) the first of them;
 *  - the summary (trích yếu): what follows the number, date and issuer, else the whole title.
 *
 * Which file the document carries comes from the post, and a post that cannot be a document is an article:
 * lib/wordpress/document-posts.ts decides that.
 */
import type { DocumentType, Issuer } from "../content/site-schema";
import { slugify } from "../text";

/** Documents' abbreviations (ký hiệu) → the type, as slug and name. Case matters: `QĐi` is not `QĐ`. */
const TYPE_CODES: Readonly<Record<string, { slug: string; name: string }>> = {
  NQ: { slug: "nghi-quyet", name: "Nghị quyết" },
  CT: { slug: "chi-thi", name: "Chỉ thị" },
  KL: { slug: "ket-luan", name: "Kết luận" },
  QĐi: { slug: "quy-dinh", name: "Quy định" },
  QĐ: { slug: "quyet-dinh", name: "Quyết định" },
  QC: { slug: "quy-che", name: "Quy chế" },
  KH: { slug: "ke-hoach", name: "Kế hoạch" },
  HD: { slug: "huong-dan", name: "Hướng dẫn" },
  TB: { slug: "thong-bao", name: "Thông báo" },
  BC: { slug: "bao-cao", name: "Báo cáo" },
  CTr: { slug: "chuong-trinh", name: "Chương trình" },
  TTr: { slug: "to-trinh", name: "Tờ trình" },
  ĐA: { slug: "de-an", name: "Đề án" },
  CV: { slug: "cong-van", name: "Công văn" },
  NĐ: { slug: "nghi-dinh", name: "Nghị định" },
  TT: { slug: "thong-tu", name: "Thông tư" },
  QH: { slug: "luat", name: "Luật" },
};

/**
 * A number and symbol: digits (a year may follow, `30/2020`), then the abbreviation and the issuer's, joined by `-`
 * and `/` in either order (`15-NQ/HU`, `123/QĐ-UBND`). The abbreviation is the first group of letters.
 */
const NUMBER =
  /(?<![\p{L}\p{N}/-])(\d{1,5}[a-z]?(?:\/\d{4})?)([-/])(\p{Lu}[\p{L}]{0,3})((?:[-/][\p{Lu}\d][\p{L}\d]*)+)(?![\p{L}\p{N}])/u;

/** `ngày 15/3/2025`, `ngày 15-03-2025`, `ngày 15.3.2025`, `ngày 15 tháng 3 năm 2025`. */
const DATE = /ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*|\s+tháng\s+(\d{1,2})\s+năm\s+)(\d{4})/iu;

export interface DocumentReading {
  /** The number and symbol, as written. */
  number?: string;
  /** The type: one of the site's, or one the import would add (`added`). */
  type?: { slug: string; name: string; added: boolean };
  /** `YYYY-MM-DD`, when the title gives it. */
  issued?: string;
  /** The site's issuer named in the title, else the site's first one (`guessed`). */
  issuer?: { slug: string; name: string; guessed: boolean };
  /** The summary (trích yếu). */
  title: string;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

/** What a post's title says of the document it is. */
export function readDocumentTitle(
  raw: string,
  site: { types: readonly DocumentType[]; issuers: readonly Issuer[] },
): DocumentReading {
  const title = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  const reading: DocumentReading = { title };
  const folded = slugify(title);

  const number = NUMBER.exec(title);
  let type: { slug: string; name: string } | undefined;
  if (number) {
    reading.number = number[0];
    type = TYPE_CODES[number[3]!];
  }
  // The title's first words: the site's own names first, then the known ones (the longest name that fits).
  if (!type) {
    const names = [...site.types, ...Object.values(TYPE_CODES)].sort((a, b) => b.name.length - a.name.length);
    type = names.find((candidate) => folded.startsWith(slugify(candidate.name)));
  }
  if (type) {
    const own = site.types.find((t) => t.slug === type!.slug || slugify(t.name) === slugify(type!.name));
    reading.type = own ? { slug: own.slug, name: own.name, added: false } : { ...type, added: true };
  }

  const date = DATE.exec(title);
  if (date) reading.issued = validDay(Number(date[4]), Number(date[2] ?? date[3]), Number(date[1]));

  const named = [...site.issuers]
    .sort((a, b) => b.name.length - a.name.length)
    .find((issuer) => folded.includes(slugify(issuer.name)));
  const issuer = named ?? site.issuers[0];
  if (issuer) reading.issuer = { slug: issuer.slug, name: issuer.name, guessed: !named };

  // The summary: what follows the number, its date and its issuer (`… số 15-NQ/HU ngày 10/3/2025 của Ban Thường vụ
  // Huyện ủy về …` → `Về …`), when that is more than a word; else the whole title.
  if (number) {
    let rest = title.slice(number.index + number[0].length);
    const skip = (pattern: RegExp) => {
      const m = pattern.exec(rest);
      if (m) rest = rest.slice(m[0].length);
    };
    skip(/^[\s,]*/u);
    const afterDate = DATE.exec(rest);
    if (afterDate?.index === 0) rest = rest.slice(afterDate[0].length);
    skip(/^[\s,]*/u);
    if (named && slugify(rest).startsWith(`cua-${slugify(named.name)}`)) {
      // "của " and the issuer's name, as many words as the name has.
      const words = named.name.split(/\s+/).length + 1;
      rest = rest.split(/\s+/).slice(words).join(" ");
    }
    rest = rest.replace(/^[\s,:;.–—-]+/u, "").trim();
    if (rest.split(/\s+/).length >= 2) reading.title = capitalize(rest);
  }
  return reading;
}
