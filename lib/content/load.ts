/**
 * Loading: read every file under the content folder, validate it against
 * the schema, render its body, and collect **every** problem across all
 * files before deciding whether the content can be published. One file's
 * loading is lib/content/load-article.ts.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createMarkdownRenderer } from "../markdown/render";
import { checkImage } from "../markdown/remark-images";
import { codeVersion } from "./code-version";
import { openFileCache } from "./file-cache";
import { imageStamp, loadArticleFile, revive, type FileContext, type FileResult } from "./load-article";
import { decodeText, parseYaml, yamlErrorDetails } from "./parse-file";
import { issuesToProblems, type ContentProblem } from "./problems";
import { frontMatterSchema, siteSchema, type Article, type ArticleImage, type SiteConfig } from "./schema";

export const SITE_FILE = "site.yml";
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
