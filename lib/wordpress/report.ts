/**
 * What an import did, and the text that ends every run of `npm run import:wordpress`: the counts first (articles,
 * drafts, items skipped by kind, photos copied, redirects, categories added), then every problem, post by post,
 * each with the old post's id and title, its file, and what to do.
 */
import type { DocumentPart } from "./document-posts";
import { viImport } from "./vi";

export type Problem =
  | { kind: "missing-photo"; url: string }
  | { kind: "missing-file"; url: string }
  | { kind: "unsafe-photo"; url: string; why: "outside" | "symlink" }
  | { kind: "shortcodes"; names: string[] }
  | { kind: "edited" }
  | { kind: "no-date" }
  | { kind: "sup-sub"; items: string[] }
  | { kind: "fallback"; reason: string; textOnly?: true }
  | { kind: "not-imported"; reason: string }
  | { kind: "untitled"; title: string }
  | { kind: "tags-dropped"; names: string[] }
  | { kind: "protected" }
  | { kind: "page-renamed"; from: string; path: string }
  | { kind: "menu-item"; target: string }
  | { kind: "page-exists"; path: string }
  | { kind: "document-not-read"; missing: DocumentPart[] }
  | { kind: "document-date"; issued: string }
  | { kind: "document-issuer"; name: string };

export interface PostProblems {
  id: number;
  title: string;
  /** The article's file in the content folder; none for a post that was not imported. */
  file?: string;
  problems: Problem[];
}

export interface ImportReport {
  articles: { id: number; slug: string; file: string; draft: boolean; written: boolean }[];
  /** The posts of the documents' category (`--documents-category`) now documents of content/documents/. */
  documents: { id: number; slug: string; file: string; draft: boolean; written: boolean }[];
  /** The old site's pages, now pages of content/pages/. */
  pages: { id: number; path: string; file: string; draft: boolean; written: boolean }[];
  /** Items that are not articles, by kind: WordPress's post type (page, attachment, nav_menu_item…), or `trash`. */
  skipped: Record<string, number>;
  /** Photos copied into public/images (or that would be, in a dry run). */
  photos: number;
  /** Documents (PDF, Word…) copied into public/files. */
  files: number;
  /** The old site's menu items kept in site.yml's menu (top level). */
  menu: number;
  /** Old addresses that answer with a redirect (content/redirects.yml). */
  redirects: number;
  newCategories: { slug: string; name: string }[];
  /** Document types the site lacked, added to site.yml for the documents imported. */
  newDocumentTypes: { slug: string; name: string }[];
  /** In the export's order, one entry per post with at least one problem. */
  problems: PostProblems[];
}

export function emptyReport(): ImportReport {
  return {
    articles: [],
    documents: [],
    pages: [],
    skipped: {},
    photos: 0,
    files: 0,
    menu: 0,
    redirects: 0,
    newCategories: [],
    newDocumentTypes: [],
    problems: [],
  };
}

/** Add a problem to its post's entry (the entry is created on the post's first problem). */
export function addProblem(report: ImportReport, post: Omit<PostProblems, "problems">, problem: Problem) {
  let entry = report.problems.at(-1);
  if (entry?.id !== post.id) {
    entry = { ...post, problems: [] };
    report.problems.push(entry);
  }
  // The same problem once per post (a post converted a second time reports its missing photos again).
  if (!entry.problems.some((known) => JSON.stringify(known) === JSON.stringify(problem)))
    entry.problems.push(problem);
}

function problemLine(problem: Problem): string {
  const t = viImport.report;
  switch (problem.kind) {
    case "missing-photo":
      return t.missingPhoto(problem.url);
    case "missing-file":
      return t.missingFile(problem.url);
    case "unsafe-photo":
      return problem.why === "outside" ? t.photoOutside(problem.url) : t.photoSymlink(problem.url);
    case "shortcodes":
      return t.shortcodes(problem.names.map((name) => `[${name}]`).join(", "));
    case "edited":
      return t.edited;
    case "no-date":
      return t.noDate;
    case "sup-sub":
      return t.supSub(problem.items.join(", "));
    case "fallback":
      return problem.textOnly ? t.textOnly(problem.reason) : t.fallback(problem.reason);
    case "not-imported":
      return t.notImported(problem.reason);
    case "untitled":
      return t.untitledProblem(problem.title);
    case "page-exists":
      return t.pageExists(problem.path);
    case "menu-item":
      return t.menuItem(problem.target);
    case "page-renamed":
      return t.pageRenamed(problem.from, problem.path);
    case "protected":
      return t.protectedPost;
    case "document-not-read":
      return t.documentNotRead(problem.missing.map((part) => t.documentParts[part]).join(", "));
    case "document-date":
      return t.documentDate(problem.issued);
    case "document-issuer":
      return t.documentIssuer(problem.name);
    case "tags-dropped":
      return t.tagsDropped(problem.names.length, problem.names.join(", "));
  }
}

/** The report's lines; `where` turns a file of the content folder into the path the operator sees. */
export function reportLines(
  report: ImportReport,
  {
    dryRun = false,
    where = (file: string) => file,
  }: { dryRun?: boolean; where?: (file: string) => string } = {},
): string[] {
  const t = viImport.report;
  const drafts = report.articles.filter((article) => article.draft).length;
  const written = report.articles.filter((article) => article.written).length;
  const lines = [
    ...(dryRun ? [t.dryRun] : []),
    t.articles(report.articles.length, drafts),
    ...(report.pages.length
      ? [t.pages(report.pages.length, report.pages.filter((page) => page.draft).length)]
      : []),
    ...(report.documents.length
      ? [t.documents(report.documents.length, report.documents.filter((d) => d.draft).length)]
      : []),
    ...(dryRun ? [] : [t.written(written, report.articles.length - written)]),
  ];
  const skipped = Object.entries(report.skipped)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${t.kinds[kind as keyof typeof t.kinds] ?? kind}`);
  if (skipped.length) lines.push(t.skipped(skipped.join(", ")));
  lines.push(t.photos(report.photos, dryRun));
  if (report.files) lines.push(t.files(report.files, dryRun));
  if (report.menu) lines.push(t.menu(report.menu));
  lines.push(t.redirects(report.redirects));
  for (const { slug, name } of report.newCategories) lines.push(t.newCategory(slug, name));
  for (const { slug, name } of report.newDocumentTypes) lines.push(t.newDocumentType(slug, name));
  if (!report.problems.length) {
    lines.push(t.noProblems);
    return lines;
  }
  const count = report.problems.reduce((n, post) => n + post.problems.length, 0);
  lines.push("", t.problems(count, report.problems.length));
  for (const post of report.problems) {
    lines.push(t.post(post.id, post.title, post.file ? where(post.file) : undefined));
    for (const problem of post.problems) lines.push(`  - ${problemLine(problem)}`);
  }
  return lines;
}
