/**
 * `npm run import:wordpress -- <export.xml> --uploads <folder> [--dry-run] [--force]` (scripts/import-wordpress.ts):
 * a WordPress export's posts become articles in the content folder, the photos they use are copied once into
 * `public/images/…` (lib/wordpress/photos.ts), categories the site does not have are added to `content/site.yml`
 * (its comments kept), and every old address goes into `content/redirects.yml`.
 *
 * The export is read twice, streaming (lib/wordpress/wxr.ts), so that what is held is what the import needs and no
 * more. The first pass keeps each item's fields without its body: that is what slugs, the links between posts,
 * the alt texts and captions of attachments, and the redirects need. The second pass converts one post's body at
 * a time and writes its file.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDocument, YAMLSeq } from "yaml";
import { toIsoVietnam, vietnamYearMonth } from "../dates";
import { ContentError } from "../content/problems";
import { mergeRedirects, readRedirects, REDIRECTS_FILE, redirectKey } from "../redirects";
import { slugify } from "../text";
import { routes } from "../routes";
import { createConverter, readLedger } from "./convert";
import { writeIfChanged } from "./files";
import { importedPages } from "./pages";
import { Photos } from "./photos";
import { importedFields, mended, type ImportedFields } from "./posts";
import { documentPosts, type ImportedDocument } from "./document-posts";
import { addProblem, emptyReport, type ImportReport } from "./report";
import { attachmentsOf, existingPagePaths, existingSlugs, header } from "./first-pass";
import { importMenu } from "./menus";
import { OldAddresses } from "./addresses";
import { scanWxr, type WxrItem, type WxrSource } from "./wxr";

export type { ImportReport } from "./report";

export interface ImportOptions {
  /** The export: its text, or a file read in chunks (`wxrFile(path)`). */
  source: WxrSource;
  uploadsDir: string;
  contentDir: string;
  publicDir: string;
  dryRun?: boolean;
  /** Overwrite articles an editor changed since their import (otherwise they are kept and reported). */
  force?: boolean;
  /**
   * The WordPress category (slug) whose posts are the committee's documents: each becomes a document of
   * content/documents/ when its title gives the number and type and the post a file (lib/wordpress/documents.ts).
   */
  documentsCategory?: string;
}

/** What the import wrote, so that a later run recognizes its own files: `content/wordpress-import.json`. */
export const LEDGER_FILE = "wordpress-import.json";

export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  // The redirects already there (an earlier import, lines written by hand) are kept: a file the site could not
  // read is fixed first, before anything is written.
  const existing = readRedirects(options.contentDir);
  if (existing.problems.length) throw new ContentError(existing.problems);
  // First pass: every item's fields, without bodies (but those of the posts that may be documents).
  const documentsCategory = options.documentsCategory ? slugify(options.documentsCategory) : null;
  const inDocuments = (item: WxrItem) =>
    documentsCategory !== null &&
    item.terms.some((term) => term.domain === "category" && slugify(term.slug) === documentsCategory);
  const items: WxrItem[] = [];
  const channel = await scanWxr(options.source, (item) =>
    items.push(header(item, item.type === "post" && inDocuments(item))),
  );
  const ledgerFile = path.join(options.contentDir, LEDGER_FILE);
  const ledger = readLedger(ledgerFile);
  const earlier = new Map(
    Object.entries(ledger.posts).map(([id, entry]) => [Number(id), path.basename(entry.file, ".md")]),
  );
  const taken = existingSlugs(options.contentDir);
  for (const slug of earlier.values()) taken.delete(slug);
  const imported = importedFields({ ...channel, items }, taken, earlier);
  const { skipped } = imported;
  const byId = new Map(items.map((item) => [item.id, item]));
  const attachments = attachmentsOf(items);
  const report = emptyReport();
  for (const { id, type, reason } of skipped) {
    if (reason === "no-date") addProblem(report, { id, title: byId.get(id)!.title }, { kind: "no-date" });
    const kind = reason === "trash" ? "trash" : type;
    if (reason !== "no-date") report.skipped[kind] = (report.skipped[kind] ?? 0) + 1;
  }
  // Nothing to import: nothing is written (the command says so and exits 1).
  if (!imported.articles.length && !items.some((item) => item.type === "page")) return report;

  const addresses = new OldAddresses(channel.siteUrl);
  const { redirects } = addresses;
  const siteFile = path.join(options.contentDir, "site.yml");
  const site = parseDocument(fs.readFileSync(siteFile, "utf8"));
  const photos = new Photos({ ...options, siteUrl: channel.siteUrl, redirects });
  const files = new Photos({ ...options, siteUrl: channel.siteUrl, redirects, folder: "files" });

  // The posts of the documents' category: documents where their title and files allow, else articles (reported).
  const documentIds = new Set(imported.articles.filter((a) => inDocuments(byId.get(a.id)!)).map((a) => a.id));
  const { documents, notDocuments } = documentPosts(
    imported.articles.filter((a) => documentIds.has(a.id)),
    { ...options, ledger, site, report, byId, attachments, files },
  );
  const articles = imported.articles.filter((article) => !documents.has(article.id));
  for (const id of documentIds) byId.get(id)!.content = "";

  for (const article of articles)
    addresses.item(
      [byId.get(article.id)!.link, `/?p=${article.id}`],
      routes.article(article.slug),
      article.draft,
    );
  for (const document of documents.values())
    addresses.item(
      [byId.get(document.id)!.link, `/?p=${document.id}`],
      routes.document(document.slug),
      document.draft,
    );
  const pages = importedPages(items);
  for (const page of pages)
    addresses.item([byId.get(page.id)!.link, `/?page_id=${page.id}`], routes.page(page.path), page.draft);

  const categories = site.get("categories") as YAMLSeq;
  const slugOf = (node: unknown) => String((node as { get(key: string): unknown }).get("slug"));
  const known = new Set(categories.items.map(slugOf));
  // Archives of the old site → the site's listings, known before the bodies are converted (their links use them):
  // a category the site has (or gets from this import) → its listing; one it does not → the tag of that name.
  const listed = new Set([...known, ...articles.flatMap((a) => (a.category ? [a.category.slug] : []))]);
  for (const article of articles)
    for (const term of byId.get(article.id)!.terms) {
      if (term.domain === "post_tag")
        redirects.set(redirectKey(`/tag/${term.slug}`), routes.tag(slugify(term.name)));
      if (term.domain === "category")
        redirects.set(
          redirectKey(`/category/${term.slug}`),
          listed.has(slugify(term.slug))
            ? routes.category(slugify(term.slug))
            : routes.tag(slugify(term.name)),
        );
    }
  // The documents' category, where it held documents, is the document library now.
  if (documentsCategory && documents.size)
    for (const category of channel.categories)
      if (slugify(category.slug) === documentsCategory && !listed.has(documentsCategory))
        redirects.set(redirectKey(`/category/${category.slug}`), routes.documents());
  const converter = createConverter({
    ...options,
    report,
    ledger,
    photos,
    files,
    attachments,
    link: addresses.link,
    handWritten: existingPagePaths(
      options.contentDir,
      new Set(Object.values(ledger.posts).map((e) => e.file)),
    ),
  });

  /** One post → its article file (unless an editor changed that file since the last import). */
  function convert(article: ImportedFields, content: string) {
    const file = path.join("articles", String(vietnamYearMonth(article.date).year), `${article.slug}.md`);
    const post = { id: article.id, title: article.title, file };
    if (notDocuments.has(article.id)) addProblem(report, post, notDocuments.get(article.id)!);
    const markdown = converter.body(content, post);
    let category = article.category?.slug;
    if (article.category && !known.has(article.category.slug)) {
      known.add(article.category.slug);
      categories.add(site.createNode({ slug: article.category.slug, name: article.category.name }));
      report.newCategories.push(article.category);
    }
    category ??= slugOf(categories.items[0]);
    const cover = article.cover ? converter.photo(post)(article.cover.attachmentUrl) : null;
    const { title, tags, problems } = mended(article);
    for (const problem of problems) addProblem(report, post, problem);
    const data: Record<string, unknown> = {
      title,
      date: toIsoVietnam(article.date),
      ...(article.updated ? { updated: toIsoVietnam(article.updated) } : {}),
      category,
      ...(tags.length ? { tags } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.summary ? { summary: article.summary } : {}),
      ...(cover ? { cover } : {}),
      ...(article.draft ? { draft: true } : {}),
    };
    const written = converter.write(post, data, markdown);
    report.articles.push({ id: article.id, slug: article.slug, file, draft: article.draft, written });
  }

  /** One post of the documents' category → its document. */
  function convertDocument(document: ImportedDocument, content: string) {
    const post = { id: document.id, title: document.title, file: document.file };
    for (const problem of document.problems) addProblem(report, post, problem);
    const markdown = converter.body(content, post);
    const written = converter.write(post, document.data, markdown);
    report.documents.push({
      id: document.id,
      slug: document.slug,
      file: document.file,
      draft: document.draft,
      written,
    });
  }

  // Second pass: one body at a time, in the export's order.
  const byPost = new Map(articles.map((article) => [article.id, article]));
  const byPage = new Map(pages.map((page) => [page.id, page]));
  await scanWxr(options.source, (item) => {
    const article = item.type === "post" ? byPost.get(item.id) : undefined;
    const document = item.type === "post" ? documents.get(item.id) : undefined;
    const page = item.type === "page" ? byPage.get(item.id) : undefined;
    if (!article && !document && !page) return;
    // One item never stops the run: what goes wrong with it is reported under it, and the others go on.
    try {
      if (article) convert(article, item.content);
      else if (document) convertDocument(document, item.content);
      else converter.page(page!, item.content);
    } catch (error) {
      addProblem(
        report,
        { id: item.id, title: item.title },
        { kind: "not-imported", reason: error instanceof Error ? error.message : String(error) },
      );
    }
  });
  report.photos = photos.copied;
  report.files = files.copied;
  // The old site's menu, merged into site.yml's (a hand-written one is never changed).
  const menuAdded = importMenu(site, report, items, {
    pages: new Map(pages.map((page) => [page.id, page])),
    categories: new Map(
      channel.categories.filter((c) => listed.has(slugify(c.slug))).map((c) => [c.id, slugify(c.slug)]),
    ),
    siteUrl: channel.siteUrl,
    documentsCategory:
      documentsCategory && documents.size
        ? channel.categories.find((c) => slugify(c.slug) === documentsCategory)?.id
        : undefined,
    oldAddress: (url) => addresses.now(url),
  });
  if (!options.dryRun && (report.newCategories.length || menuAdded))
    writeIfChanged(siteFile, site.toString());
  const redirectsFile = path.join(options.contentDir, REDIRECTS_FILE);
  report.redirects = redirects.size;
  if (!options.dryRun) {
    const entries = Object.entries(ledger.posts).sort(([a], [b]) => Number(a) - Number(b));
    writeIfChanged(ledgerFile, `${JSON.stringify({ posts: Object.fromEntries(entries) }, null, 2)}\n`);
    // Merged into what the file already holds (an earlier import, lines and comments written by hand).
    const before = fs.existsSync(redirectsFile) ? fs.readFileSync(redirectsFile, "utf8") : null;
    writeIfChanged(redirectsFile, mergeRedirects(before, redirects));
  }
  return report;
}
