/**
 * Loading: read every file under the content folder, validate it against
 * the schema, render its body, and collect **every** problem across all
 * files before deciding whether the content can be published.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { lookupImage } from "../markdown/images";
import { createMarkdownRenderer } from "../markdown/render";
import { codeVersion } from "./code-version";
import { openFileCache } from "./file-cache";
import { checkImage } from "../markdown/remark-images";
import { shorten, slugify } from "../text";
import { decodeText, parseContentFile, parseYaml, yamlErrorDetails } from "./parse-file";
import type { ContentProblem } from "./problems";
import { contentWarnings } from "./warnings";
import { frontMatterSchema, siteSchema, type Article, type ArticleImage, type SiteConfig } from "./schema";

export const SITE_FILE = "site.yml";
export const ARTICLES_DIR = "articles";
const SUMMARY_LENGTH = 200;

export interface LoadOptions {
  contentDir: string;
  publicDir: string;
  /** Where rendered Markdown is cached between runs; none when absent. */
  cacheDir?: string | null;
}

export interface LoadResult {
  site: SiteConfig | null;
  /** The site logo's file, measured, when site.yml names one. */
  logo?: ArticleImage;
  /** Every valid article, drafts included, in no particular order. */
  articles: Article[];
  problems: ContentProblem[];
  /** What should be tidied up but does not stop publishing. */
  warnings: ContentProblem[];
}

function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (key: string) => number | undefined,
): ContentProblem[] {
  return issues.flatMap((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path[0]];
    return keys.map((key) => {
      const field =
        key === undefined ? "front matter" : issue.path.length > 1 ? issue.path.join(".") : String(key);
      return { file, line: typeof key === "string" ? lineOf(key) : undefined, field, message: issue.message };
    });
  });
}

interface SiteResult {
  site: SiteConfig | null;
  problems: ContentProblem[];
  /** The text of site.yml, for the cache version ("" when unreadable). */
  source: string;
}

function loadSite(contentDir: string): SiteResult {
  const full = path.join(/* turbopackIgnore: true */ contentDir, SITE_FILE);
  let text: string | null;
  try {
    text = decodeText(fs.readFileSync(full));
  } catch {
    return {
      site: null,
      source: "",
      problems: [
        {
          file: SITE_FILE,
          field: "tệp",
          message: "Không tìm thấy content/site.yml (tên trang, cơ quan chủ quản, chuyên mục).",
        },
      ],
    };
  }
  if (text === null)
    return {
      site: null,
      source: "",
      problems: [{ file: SITE_FILE, field: "tệp", message: "site.yml không phải văn bản UTF-8." }],
    };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const details = yamlErrorDetails(error);
    if (!details) throw error;
    return {
      site: null,
      source: text,
      problems: [
        {
          file: SITE_FILE,
          line: details.line,
          field: "YAML",
          message: `Lỗi cú pháp YAML: ${details.reason}`,
        },
      ],
    };
  }
  const result = siteSchema.safeParse(data ?? {});
  if (result.success) return { site: result.data, problems: [], source: text };
  const lines = text.split("\n");
  const lineOf = (key: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : undefined;
  };
  return { site: null, source: text, problems: issuesToProblems(SITE_FILE, result.error.issues, lineOf) };
}

/** Every `.md` file under `dir`, as paths relative to `contentDir`, sorted for stable output. */
function markdownFiles(contentDir: string): string[] {
  const root = path.join(/* turbopackIgnore: true */ contentDir, ARTICLES_DIR);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".md"))
    .map((entry) =>
      path
        .relative(contentDir, path.join(/* turbopackIgnore: true */ entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** What loading one article file produced: the article (when valid), its problems and warnings. */
interface FileResult {
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
type ImageStamp = [src: string, found: string];

function imageStamp(publicDir: string, src: string): ImageStamp {
  const found = lookupImage(publicDir, src);
  return [src, found.ok ? `${found.image.width}x${found.image.height}` : found.reason];
}

interface FileContext {
  site: SiteConfig | null;
  schema: ReturnType<typeof frontMatterSchema>;
  render: ReturnType<typeof createMarkdownRenderer>;
  publicDir: string;
}

/** Larger files are refused before parsing: no article is that long, and parsing them would stall the build. */
export const MAX_FILE_BYTES = 1_000_000;

function loadArticleFile(
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
function revive(result: FileResult): FileResult {
  const a = result.article as
    (Omit<Article, "date" | "updated"> & { date: string; updated?: string }) | undefined;
  if (!a) return result;
  return {
    ...result,
    article: { ...a, date: new Date(a.date), updated: a.updated ? new Date(a.updated) : undefined },
  };
}

export function loadContent(options: LoadOptions): LoadResult {
  const { site, problems, source } = loadSite(options.contentDir);
  let logo: ArticleImage | undefined;
  if (site?.logo) {
    const checked = checkImage(options.publicDir, site.logo, site.name);
    if (checked.ok) logo = checked.image;
    else problems.push({ file: SITE_FILE, field: "logo", message: checked.message });
  }
  // Without a valid site.yml, categories cannot be checked: accept any, report site.yml alone.
  const context: FileContext = {
    site,
    schema: frontMatterSchema(site?.categories.map((c) => c.slug) ?? []),
    render: createMarkdownRenderer({ publicDir: options.publicDir }),
    publicDir: options.publicDir,
  };
  const cache = openFileCache<FileResult>(options.cacheDir ?? null, cacheVersion(options.publicDir, source));
  const articles: Article[] = [];
  const warnings: ContentProblem[] = [];
  const slugOwners = new Map<string, string>();

  const loadFile = (file: string): FileResult => {
    const full = path.join(/* turbopackIgnore: true */ options.contentDir, file);
    const stat = fs.statSync(full);
    // A photo added, removed or replaced by one of another size since: load the file again.
    const usable = (cached: FileResult) =>
      cached.images.every(([src, found]) => imageStamp(options.publicDir, src)[1] === found);
    const cached = cache.get(file, stat, usable);
    if (cached) return revive(cached);
    const result = loadArticleFile(file, fs.readFileSync(full), context);
    cache.set(file, stat, result);
    return result;
  };

  try {
    for (const file of markdownFiles(options.contentDir)) {
      const result = loadFile(file);
      warnings.push(...result.warnings);
      problems.push(...result.problems);
      if (!result.slug) continue;
      const owner = slugOwners.get(result.slug);
      if (owner) {
        problems.push({
          file,
          line: result.slugLine,
          field: "slug",
          message: `Đường dẫn "${result.slug}" trùng với bài ${owner}. Đổi tên tệp hoặc thêm dòng slug: … khác cho một trong hai bài.`,
        });
        continue;
      }
      slugOwners.set(result.slug, file);
      if (result.article) articles.push(result.article);
    }
  } catch (error) {
    cache.discard();
    throw error;
  }
  cache.save();
  return { site, logo, articles, problems, warnings };
}

/** The cache is valid for the same loading code, renderer, public folder and site.yml. */
function cacheVersion(publicDir: string, siteSource: string): string {
  return crypto.createHash("sha1").update([codeVersion(), publicDir, siteSource].join("\n")).digest("hex");
}

function dedupeTags(names: readonly string[]): Article["tags"] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (!seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ slug, name }));
}
