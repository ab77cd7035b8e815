/**
 * Loading: read every file under the content folder and collect **every** problem across all files before
 * deciding whether the content can be published. This module orchestrates; each job is elsewhere:
 * `site.yml` (site-file.ts), one article file → its result (article-file.ts, a pure function of the file), the
 * on-disk cache of those results (file-cache.ts). What only the whole folder can tell is decided here: slugs are
 * unique.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { checkImage } from "../markdown/images";
import { createMarkdownRenderer } from "../markdown/render";
import { articleContext, imageStamp, loadArticleFile, type FileResult } from "./article-file";
import { codeVersion } from "./code-version";
import { openFileCache } from "./file-cache";
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
  problems: ContentProblem[];
  /** What should be tidied up but does not stop publishing. */
  warnings: ContentProblem[];
}

/** Every `.md` file under `articles/`, as paths relative to `contentDir`, sorted for stable output. */
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
  const context = articleContext(
    site,
    createMarkdownRenderer({ publicDir: options.publicDir }),
    options.publicDir,
  );
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
