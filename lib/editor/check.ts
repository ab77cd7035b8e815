/**
 * The content check of one article as the editor is about to save it: the site's own rules (lib/content), with the
 * site.yml and public folder of the editor's clone, so the messages are those of `npm run content:check`.
 */
import path from "node:path";
import { articleContext, loadArticleFile } from "../content/article-file";
import { formatProblem } from "../content/problems";
import { loadSite } from "../content/site-file";
import { createMarkdownRenderer } from "../markdown/render";

/** The errors of an article's text at `file` (relative to the content folder) in a checkout at `dir`. */
export function articleProblems(dir: string, file: string, text: string): string[] {
  const contentDir = path.join(/* turbopackIgnore: true */ dir, "content");
  const publicDir = path.join(/* turbopackIgnore: true */ dir, "public");
  const { site } = loadSite(contentDir);
  const context = articleContext(site, createMarkdownRenderer({ publicDir }), publicDir);
  return loadArticleFile(file, new TextEncoder().encode(text), context).problems.map(formatProblem);
}
