/**
 * Loading one article file (lib/content/load.ts reads them all): its size, front matter and body checked, the body
 * rendered, and the article built — or every problem it has. The result is what the content cache keeps.
 */
import path from "node:path";
import { lookupImage } from "../markdown/images";
import type { createMarkdownRenderer } from "../markdown/render";
import { checkImage } from "../markdown/remark-images";
import { shorten, slugify } from "../text";
import { parseContentFile } from "./parse-file";
import { issuesToProblems, type ContentProblem } from "./problems";
import { contentWarnings } from "./warnings";
import type { Article, frontMatterSchema, SiteConfig } from "./schema";

const SUMMARY_LENGTH = 200;

/** What loading one article file produced: the article (when valid), its problems and warnings. */
export interface FileResult {
  article?: Article;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** The slug it claims, and the line that names it (for duplicates). */
  slug?: string;
  slugLine?: number;
  /** Every image path it refers to, with what was found there: a cached result stands while each finds the same. */
  images: ImageStamp[];
}

/** An image path and what was found under public/ for it: the picture's size, or why there is none. */
export type ImageStamp = [src: string, found: string];

export function imageStamp(publicDir: string, src: string): ImageStamp {
  const found = lookupImage(publicDir, src);
  return [src, found.ok ? `${found.image.width}x${found.image.height}` : found.reason];
}

export interface FileContext {
  site: SiteConfig | null;
  schema: ReturnType<typeof frontMatterSchema>;
  render: ReturnType<typeof createMarkdownRenderer>;
  publicDir: string;
}

/** Larger files are refused before parsing: no article is that long, and parsing them would stall the build. */
export const MAX_FILE_BYTES = 1_000_000;

export function loadArticleFile(
  file: string,
  bytes: Uint8Array,
  { site, schema, render, publicDir }: FileContext,
): FileResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    const message = `Tệp nặng ${mb} MB, quá giới hạn 1 MB cho một bài viết. Có thể đã dán nhầm ảnh hoặc dữ liệu vào bài; chia bài hoặc bỏ phần thừa.`;
    return { problems: [{ file, field: "tệp", message }], warnings: [], images: [] };
  }
  const parsed = parseContentFile(bytes);
  if (!parsed.ok) {
    return {
      problems: [{ file, line: parsed.line, field: parsed.field, message: parsed.message }],
      warnings: [],
      images: [],
    };
  }
  const { data, body, bodyOffset, keyLines, decomposed } = parsed.file;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  const checked = schema.safeParse(data);
  if (!checked.success) {
    const issues = site ? checked.error.issues : checked.error.issues.filter((i) => i.path[0] !== "category");
    problems.push(...issuesToProblems(file, issues, (key) => keyLines.get(key)));
  }

  const rendered = render(body);
  if (typeof data.title === "string") {
    warnings.push(
      ...contentWarnings({
        file,
        title: data.title.normalize("NFC"),
        titleLine: keyLines.get("title"),
        summary: typeof data.summary === "string" ? data.summary : undefined,
        summaryLine: keyLines.get("summary"),
        typography: rendered.typography,
        bodyOffset,
        decomposed,
        uncaptioned: rendered.uncaptioned,
      }),
    );
  }
  for (const p of rendered.problems) {
    problems.push({
      file,
      line: p.line === undefined ? undefined : p.line + bodyOffset,
      field: "nội dung",
      message: p.message,
    });
  }

  const baseName = path.posix.basename(file, path.posix.extname(file));
  const slug = checked.success && checked.data.slug ? checked.data.slug : slugify(baseName);
  if (!slug) {
    problems.push({
      file,
      field: "slug",
      message:
        "Tên tệp không có chữ cái hay chữ số nào để làm đường dẫn. Đặt tên tệp như hoi-nghi-tong-ket.md, hoặc thêm dòng slug: …",
    });
  }
  const sources = [...rendered.imageSources, ...(typeof data.cover === "string" ? [data.cover] : [])];
  const images = sources.map((src) => imageStamp(publicDir, src));
  const result: FileResult = {
    problems,
    warnings,
    slug: slug || undefined,
    slugLine: keyLines.get("slug"),
    images,
  };
  if (!checked.success || !site || problems.length > 0) return result;

  const fm = checked.data;
  let cover = rendered.images[0];
  if (fm.cover) {
    const own = checkImage(publicDir, fm.cover, fm.title);
    if (!own.ok) {
      problems.push({ file, line: keyLines.get("cover"), field: "cover", message: own.message });
      return result;
    }
    cover = rendered.images.find((img) => img.src === fm.cover) ?? own.image;
  }
  result.article = {
    ...fm,
    slug,
    category: site.categories.find((c) => c.slug === fm.category)!,
    tags: dedupeTags(fm.tags),
    summary: fm.summary || shorten(rendered.firstParagraph, SUMMARY_LENGTH),
    cover,
    html: rendered.html,
    text: rendered.plainText,
    file,
  };
  return result;
}

/** Dates do not survive JSON: revive an article read from the cache. */
export function revive(result: FileResult): FileResult {
  const a = result.article as
    (Omit<Article, "date" | "updated"> & { date: string; updated?: string }) | undefined;
  if (!a) return result;
  return {
    ...result,
    article: { ...a, date: new Date(a.date), updated: a.updated ? new Date(a.updated) : undefined },
  };
}

function dedupeTags(names: readonly string[]): Article["tags"] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (!seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ slug, name }));
}
