/**
 * One article file → what it gives: the article when it is valid, and its problems and warnings. A function of the
 * file's bytes, the site's configuration and the photos under public/ alone: nothing is read here but those
 * photos, so the loader (lib/content/load.ts) can cache the result and decide across files (duplicate slugs).
 */
import path from "node:path";
import { checkImage, lookupImage } from "../markdown/images";
import type { createMarkdownRenderer } from "../markdown/render";
import { shorten, slugify } from "../text";
import { atFileLine, readContentFile } from "./content-file";
import { issuesToProblems, type ContentProblem } from "./problems";
import { frontMatterSchema, type Article, type SiteConfig } from "./schema";
import { contentWarnings } from "./warnings";

const SUMMARY_LENGTH = 200;

export { MAX_FILE_BYTES } from "./content-file";

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

export interface ArticleContext {
  /** Null when site.yml is broken: articles are still checked, but none is made. */
  site: SiteConfig | null;
  render: ReturnType<typeof createMarkdownRenderer>;
  publicDir: string;
}

/** The schema and renderer an article file is read with, built once per load. */
export function articleContext(site: SiteConfig | null, render: ArticleContext["render"], publicDir: string) {
  const schema = frontMatterSchema({
    categories: site?.categories ?? [],
    image: (src, alt) => checkImage(publicDir, src, alt),
  });
  return { site, render, publicDir, schema };
}

export function loadArticleFile(
  file: string,
  bytes: Uint8Array,
  { site, schema, render, publicDir }: ReturnType<typeof articleContext>,
): FileResult {
  const parsed = readContentFile(file, bytes);
  if (!parsed.ok) return { problems: parsed.problems, warnings: [], images: [] };
  const { data, body, bodyOffset, keyLines, decomposed } = parsed.file;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  const checked = schema.safeParse(data);
  if (!checked.success) {
    // Without a valid site.yml the categories are unknown: site.yml alone is reported.
    const issues = site ? checked.error.issues : checked.error.issues.filter((i) => i.path[0] !== "category");
    problems.push(...issuesToProblems(file, issues, (key) => keyLines.get(key)));
  }

  const rendered = render(body);
  // The plugins say which of their messages are errors (`fatal`); the rest are warnings.
  for (const m of rendered.messages) (m.fatal ? problems : warnings).push(atFileLine(file, bodyOffset, m));
  if (typeof data.title === "string") {
    warnings.push(
      ...contentWarnings({
        file,
        title: data.title.normalize("NFC"),
        titleLine: keyLines.get("title"),
        summary: typeof data.summary === "string" ? data.summary : undefined,
        summaryLine: keyLines.get("summary"),
        decomposed,
        ...(checked.success ? { date: checked.data.date, updated: checked.data.updated } : {}),
        updatedLine: keyLines.get("updated"),
      }),
    );
  }

  // In the file's order, for the editor reading the report beside the file (those without a line last).
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));

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
  const result: FileResult = {
    problems,
    warnings,
    slug: slug || undefined,
    slugLine: keyLines.get("slug"),
    images: sources.map((src) => imageStamp(publicDir, src)),
  };
  if (!checked.success || !site || problems.length > 0) return result;

  const fm = checked.data;
  // A cover that is also a photo of the body is that photo, with its own alt text.
  const cover = fm.cover
    ? (rendered.images.find((img) => img.src === fm.cover!.src) ?? fm.cover)
    : rendered.images[0];
  result.article = {
    ...fm,
    slug,
    summary: fm.summary || shorten(rendered.firstParagraph, SUMMARY_LENGTH),
    cover,
    html: rendered.html,
    text: rendered.plainText,
    file,
  };
  return result;
}
