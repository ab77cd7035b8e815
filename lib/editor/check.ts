/**
 * The content check of one file as the editor is about to save it: the site's own rules (lib/content), with the
 * site.yml and public folder of the editor's clone, so the messages are those of `npm run content:check`, each with
 * its field, to be shown beside it.
 */
import path from "node:path";
import { articleContext, loadArticleFile } from "../content/article-file";
import { documentContext, loadDocumentFile } from "../content/document-file";
import { loadPageFile } from "../content/page-file";
import type { ContentProblem } from "../content/problems";
import { loadSite } from "../content/site-file";
import { createMarkdownRenderer } from "../markdown/render";
import type { Kind } from "./catalog";

/** The kind a content file is, by its folder. */
export function kindOf(file: string): Kind | null {
  if (/^articles\/\d{4}\/[a-z0-9-]+\.md$/.test(file)) return "bai-viet";
  if (/^pages\/([a-z0-9-]+\/)*[a-z0-9-]+\.md$/.test(file)) return "trang";
  if (/^documents\/\d{4}\/[a-z0-9-]+\.md$/.test(file)) return "van-ban";
  return null;
}

/** The errors of a file's text at `file` (relative to the content folder) in a checkout at `dir`. */
export function contentProblems(dir: string, file: string, text: string): ContentProblem[] {
  const contentDir = path.join(/* turbopackIgnore: true */ dir, "content");
  const publicDir = path.join(/* turbopackIgnore: true */ dir, "public");
  const { site } = loadSite(contentDir);
  const render = createMarkdownRenderer({ publicDir });
  const bytes = new TextEncoder().encode(text);
  switch (kindOf(file)) {
    case "bai-viet":
      return loadArticleFile(file, bytes, articleContext(site, render, publicDir)).problems;
    case "trang":
      return loadPageFile(file, bytes, { render, publicDir }).problems;
    case "van-ban":
      return loadDocumentFile(file, bytes, documentContext(site, render, publicDir)).problems;
    default:
      return [];
  }
}
