/**
 * Loading: read every file under the content folder — articles, pages, documents — and collect **every** problem
 * across all files before deciding whether the content can be published. This module orchestrates; each job is
 * elsewhere: `site.yml` (site-file.ts), one file of each kind → its result (article-file.ts, page-file.ts,
 * document-file.ts, pure functions of the file), the on-disk cache of those results (file-cache.ts). What only the
 * whole folder can tell is decided here (slugs are unique) and in cross-checks.ts (pages' addresses, documents'
 * numbers and replacements, the menu).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { checkImage } from "../markdown/images";
import { createMarkdownRenderer } from "../markdown/render";
import { articleContext, imageStamp, loadArticleFile, type FileResult } from "./article-file";
import { codeVersion } from "./code-version";
import { crossCheck } from "./cross-checks";
import {
  attachmentStamp,
  documentContext,
  DOCUMENTS_DIR,
  loadDocumentFile,
  type DocumentFileResult,
} from "./document-file";
import type { Document } from "./document-schema";
import { openFileCache } from "./file-cache";
import { loadPageFile, PAGES_DIR, type PageFileResult } from "./page-file";
import type { Page } from "./page-schema";
import type { ContentProblem } from "./problems";
import type { Article, ArticleImage, SiteConfig } from "./schema";
import { loadSite, SITE_FILE } from "./site-file";

export { MAX_FILE_BYTES } from "./article-file";
export { SITE_FILE } from "./site-file";
export const ARTICLES_DIR = "articles";

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
  /** Every valid page and document, drafts included. */
  pages: Page[];
  documents: Document[];
  problems: ContentProblem[];
  /** What should be tidied up but does not stop publishing. */
  warnings: ContentProblem[];
}

/** Every `.md` file under `dir` (`articles/`…), as paths relative to `contentDir`, sorted for stable output. */
function markdownFiles(contentDir: string, dir: string): string[] {
  const root = path.join(/* turbopackIgnore: true */ contentDir, dir);
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

/** What the cache keeps for a file of any kind. */
type CachedResult = FileResult | PageFileResult | DocumentFileResult;

/** Dates do not survive JSON: the named fields of `value`, dates again. */
function reviveDates<T extends object>(value: T | undefined, fields: readonly string[]): T | undefined {
  if (!value) return value;
  const copy = { ...value } as Record<string, unknown>;
  for (const field of fields)
    if (typeof copy[field] === "string") copy[field] = new Date(copy[field] as string);
  return copy as T;
}

/** A result read from the cache, its dates revived. */
function revive(result: CachedResult): CachedResult {
  if ("article" in result && result.article)
    return { ...result, article: reviveDates(result.article, ["date", "updated"]) };
  if ("page" in result && result.page) return { ...result, page: reviveDates(result.page, ["updated"]) };
  if ("document" in result && result.document)
    return { ...result, document: reviveDates(result.document, ["issued", "effective", "expires"]) };
  return result;
}

/** The cache is valid for the same loading code, renderer, public folder and site.yml. */
function cacheVersion(publicDir: string, siteSource: string): string {
  return crypto.createHash("sha1").update([codeVersion(), publicDir, siteSource].join("\n")).digest("hex");
}

export function loadContent(options: LoadOptions): LoadResult {
  const { site, problems, source } = loadSite(options.contentDir);
  let logo: ArticleImage | undefined;
  if (site?.logo) {
    const checked = checkImage(options.publicDir, site.logo, site.name);
    if (checked.ok) logo = checked.image;
    else problems.push({ file: SITE_FILE, field: "logo", message: checked.message });
  }
  const render = createMarkdownRenderer({ publicDir: options.publicDir });
  const context = articleContext(site, render, options.publicDir);
  const documentsContext = documentContext(site, render, options.publicDir);
  const cache = openFileCache<CachedResult>(
    options.cacheDir ?? null,
    cacheVersion(options.publicDir, source),
  );
  const articles: Article[] = [];
  const pageResults: { file: string; result: PageFileResult }[] = [];
  const documentResults: { file: string; result: DocumentFileResult }[] = [];
  const warnings: ContentProblem[] = [];
  const slugOwners = new Map<string, string>();

  function loadFile<T extends CachedResult>(file: string, load: (bytes: Uint8Array) => T): T {
    const full = path.join(/* turbopackIgnore: true */ options.contentDir, file);
    const stat = fs.statSync(full);
    // A photo or attachment added, removed or replaced since: load the file again.
    const usable = (cached: CachedResult) =>
      cached.images.every(([src, found]) => imageStamp(options.publicDir, src)[1] === found) &&
      (!("attachments" in cached) ||
        cached.attachments.every(([src, found]) => attachmentStamp(options.publicDir, src)[1] === found));
    const cached = cache.get(file, stat, usable);
    if (cached) return revive(cached) as T;
    const result = load(fs.readFileSync(full));
    cache.set(file, stat, result);
    return result;
  }

  try {
    for (const file of markdownFiles(options.contentDir, PAGES_DIR)) {
      const result = loadFile(file, (bytes) =>
        loadPageFile(file, bytes, { render, publicDir: options.publicDir }),
      );
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      pageResults.push({ file, result });
    }
    for (const file of markdownFiles(options.contentDir, DOCUMENTS_DIR)) {
      const result = loadFile(file, (bytes) => loadDocumentFile(file, bytes, documentsContext));
      problems.push(...result.problems);
      warnings.push(...result.warnings);
      documentResults.push({ file, result });
    }
    for (const file of markdownFiles(options.contentDir, ARTICLES_DIR)) {
      const result = loadFile(file, (bytes) => loadArticleFile(file, bytes, context));
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
  const checked = crossCheck({ site, pages: pageResults, documents: documentResults });
  problems.push(...checked.problems);
  return { site, logo, articles, pages: checked.pages, documents: checked.documents, problems, warnings };
}
