/**
 * An article's preview: the text of the form, as the site's own loader (lib/content) and page data (lib/page-data)
 * would make it once published, beside everything else the editor's clone holds — so the route file renders it with
 * the reader's components, and it is the page readers will see. A draft is shown as published; a scheduled piece as
 * at its hour.
 *
 * Previews are kept in this process for an hour, each under a random name, for the account that asked for it: the
 * preview page shows it at a phone's width and a computer's, in two frames that ask for it again.
 */
import crypto from "node:crypto";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { articleContext, loadArticleFile } from "../content/article-file";
import { ContentIndex } from "../content/content-index";
import type { LoadResult } from "../content/load";
import { formatProblem } from "../content/problems";
import { createMarkdownRenderer } from "../markdown/render";
import { articlePage, type ArticlePageData } from "../page-data";

export type Preview = { ok: true; data: ArticlePageData } | { ok: false; problems: string[] };

/** The article `file` (relative to the content folder) with `text`, among what `loaded` holds of the clone at `dir`. */
export function previewArticle(
  loaded: LoadResult,
  dir: string,
  file: string,
  text: string,
  now: Date,
): Preview {
  const publicDir = path.join(/* turbopackIgnore: true */ dir, "public");
  const context = articleContext(loaded.site, createMarkdownRenderer({ publicDir }), publicDir);
  const result = loadArticleFile(file, new TextEncoder().encode(text), context);
  if (!result.article || !loaded.site) return { ok: false, problems: result.problems.map(formatProblem) };
  const article = { ...result.article, draft: false };
  const at = new Date(Math.max(now.getTime(), article.date.getTime()));
  const others = loaded.articles.filter((other) => !other.draft && other.slug !== article.slug);
  const index = new ContentIndex(loaded.site, [...others, article], loaded.logo, {
    pages: loaded.pages.filter((page) => !page.draft),
    documents: loaded.documents.filter((document) => !document.draft),
  });
  const data = articlePage(index, article.slug, at);
  return data ? { ok: true, data } : { ok: false, problems: [] };
}

interface Kept {
  account: number;
  preview: Preview;
  /** The form it came from, to go back to. */
  file: string;
}

const kept = new LRUCache<string, Kept>({ max: 200, ttl: 60 * 60 * 1000 });

/** A preview kept for an account; its name. */
export function keepPreview(account: number, file: string, preview: Preview): string {
  const name = crypto.randomBytes(16).toString("base64url");
  kept.set(name, { account, preview, file });
  return name;
}

/** The preview of that name, if it is the account's. */
export function keptPreview(account: number, name: string): Kept | null {
  const found = kept.get(name);
  return found && found.account === account ? found : null;
}
