/**
 * Loading: read every file under the content folder, validate it against
 * the schema, render its body, and collect **every** problem across all
 * files before deciding whether the content can be published.
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { lookupImage } from "../markdown/images";
import { createMarkdownRenderer, RENDERER_VERSION, type RenderedMarkdown } from "../markdown/render";
import { openRenderCache } from "../markdown/render-cache";
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
      const field = key === undefined ? "front matter" : issue.path.length > 1 ? issue.path.join(".") : String(key);
      return { file, line: typeof key === "string" ? lineOf(key) : undefined, field, message: issue.message };
    });
  });
}

function loadSite(contentDir: string): { site: SiteConfig | null; problems: ContentProblem[] } {
  const full = path.join(contentDir, SITE_FILE);
  let text: string | null;
  try {
    text = decodeText(fs.readFileSync(full));
  } catch {
    return { site: null, problems: [{ file: SITE_FILE, field: "tệp", message: "Không tìm thấy content/site.yml (tên trang, cơ quan chủ quản, chuyên mục)." }] };
  }
  if (text === null) return { site: null, problems: [{ file: SITE_FILE, field: "tệp", message: "site.yml không phải văn bản UTF-8." }] };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const details = yamlErrorDetails(error);
    if (!details) throw error;
    return { site: null, problems: [{ file: SITE_FILE, line: details.line, field: "YAML", message: `Lỗi cú pháp YAML: ${details.reason}` }] };
  }
  const result = siteSchema.safeParse(data ?? {});
  if (result.success) return { site: result.data, problems: [] };
  const lines = text.split("\n");
  const lineOf = (key: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : undefined;
  };
  return { site: null, problems: issuesToProblems(SITE_FILE, result.error.issues, lineOf) };
}

/** Every `.md` file under `dir`, as paths relative to `contentDir`, sorted for stable output. */
function markdownFiles(contentDir: string): string[] {
  const root = path.join(contentDir, ARTICLES_DIR);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".md"))
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export function loadContent(options: LoadOptions): LoadResult {
  const { site, problems } = loadSite(options.contentDir);
  let logo: ArticleImage | undefined;
  if (site?.logo) {
    const checked = checkImage(options.publicDir, site.logo, site.name);
    if (checked.ok) logo = checked.image;
    else problems.push({ file: SITE_FILE, field: "logo", message: checked.message });
  }
  const categorySlugs = site?.categories.map((c) => c.slug);
  // Without a valid site.yml, categories cannot be checked: accept any, report site.yml alone.
  const schema = frontMatterSchema(categorySlugs ?? []);
  const renderer = createMarkdownRenderer({ publicDir: options.publicDir });
  const cache = openRenderCache(options.cacheDir ?? null, `${RENDERER_VERSION}:${options.publicDir}`);
  const render = (body: string): RenderedMarkdown => {
    const hit = cache.get(body);
    if (hit && hit.images.every((img) => lookupImage(options.publicDir, img.src).ok)) return { ...hit, problems: [] };
    const rendered = renderer(body);
    if (rendered.problems.length === 0) {
      const { problems: _none, ...entry } = rendered;
      void _none;
      cache.set(body, entry);
    }
    return rendered;
  };
  const articles: Article[] = [];
  const warnings: ContentProblem[] = [];
  const slugOwners = new Map<string, string>();

  for (const file of markdownFiles(options.contentDir)) {
    const parsed = parseContentFile(fs.readFileSync(path.join(options.contentDir, file)));
    if (!parsed.ok) {
      problems.push({ file, line: parsed.line, field: parsed.field, message: parsed.message });
      continue;
    }
    const { data, body, bodyOffset, keyLines, decomposed } = parsed.file;
    const fileProblems: ContentProblem[] = [];

    const checked = schema.safeParse(data);
    if (!checked.success) {
      const issues = categorySlugs ? checked.error.issues : checked.error.issues.filter((i) => i.path[0] !== "category");
      fileProblems.push(...issuesToProblems(file, issues, (key) => keyLines.get(key)));
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
      fileProblems.push({ file, line: p.line === undefined ? undefined : p.line + bodyOffset, field: "nội dung", message: p.message });
    }

    const baseName = path.posix.basename(file, path.posix.extname(file));
    const slug = checked.success && checked.data.slug ? checked.data.slug : slugify(baseName);
    if (!slug) {
      fileProblems.push({ file, field: "slug", message: "Tên tệp không có chữ cái hay chữ số nào để làm đường dẫn. Đặt tên tệp như hoi-nghi-tong-ket.md, hoặc thêm dòng slug: …" });
    } else {
      const owner = slugOwners.get(slug);
      if (owner) {
        fileProblems.push({
          file,
          line: keyLines.get("slug"),
          field: "slug",
          message: `Đường dẫn "${slug}" trùng với bài ${owner}. Đổi tên tệp hoặc thêm dòng slug: … khác cho một trong hai bài.`,
        });
      } else {
        slugOwners.set(slug, file);
      }
    }

    if (checked.success && site && fileProblems.length === 0) {
      const fm = checked.data;
      let cover = rendered.images[0];
      if (fm.cover) {
        const own = checkImage(options.publicDir, fm.cover, fm.title);
        if (own.ok) cover = rendered.images.find((img) => img.src === fm.cover) ?? own.image;
        else fileProblems.push({ file, line: keyLines.get("cover"), field: "cover", message: own.message });
      }
      if (fileProblems.length === 0) {
        const tags = dedupeTags(fm.tags);
        articles.push({
          ...fm,
          slug,
          category: site.categories.find((c) => c.slug === fm.category)!,
          tags,
          summary: fm.summary || shorten(rendered.firstParagraph, SUMMARY_LENGTH),
          cover,
          html: rendered.html,
          text: rendered.plainText,
          file,
        });
      }
    }
    problems.push(...fileProblems);
  }
  cache.save();
  return { site, logo, articles, problems, warnings };
}

function dedupeTags(names: readonly string[]): Article["tags"] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (!seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ slug, name }));
}
