/**
 * Which posts of the documents' category (`--documents-category`) become documents of content/documents/: those
 * whose title gives the number and type (lib/wordpress/documents.ts) and that carry a file, attached to the post or
 * linked from its body (PDF, Word, Excel, ODT, ODS), copied into public/files/. The others are articles, and the
 * report says under each what was missing. The site's document types gain those the documents use and it lacks.
 */
import path from "node:path";
import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { isSeq, YAMLSeq, type Document } from "yaml";
import { DOCUMENTS_DIR } from "../content/document-file";
import { DOCUMENT_FORMATS } from "../content/document-schema";
import type { DocumentType, Issuer } from "../content/site-schema";
import { toIsoVietnam } from "../dates";
import { slugify } from "../text";
import type { Ledger } from "./convert";
import { readDocumentTitle, type DocumentReading } from "./documents";
import { existingSlugs } from "./first-pass";
import type { Photos } from "./photos";
import { uniqueSlug, type ImportedFields } from "./posts";
import type { Attachment } from "./rehype-shortcodes";
import type { ImportReport, Problem } from "./report";
import type { WxrItem } from "./wxr";

export type DocumentPart = "number" | "type" | "issuer" | "file";

/** What a document needs and the title (or the site, for the issuer) did not give. */
function missingFromTitle(reading: DocumentReading): DocumentPart[] {
  return (["number", "type", "issuer"] as const).filter((part) => !reading[part]);
}

/** Whether a URL names a file a document may carry (PDF, Word, Excel, ODT, ODS), by its extension. */
function documentFile(url: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/)[0]!)?.[1]?.toLowerCase() ?? "";
  return extension in DOCUMENT_FORMATS;
}

/** The document files a post's body links to, in order. */
export function linkedDocumentFiles(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const urls: string[] = [];
  visit(tree, "element", (node) => {
    const href = node.tagName === "a" ? node.properties.href : undefined;
    if (typeof href === "string" && documentFile(href)) urls.push(href);
  });
  return urls;
}

export interface ImportedDocument {
  id: number;
  title: string;
  slug: string;
  /** Its file in the content folder: `documents/<year issued>/<slug>.md`. */
  file: string;
  draft: boolean;
  /** The front matter. */
  data: Record<string, unknown>;
  /** What the editor should check (the issuer or the date guessed). */
  problems: Problem[];
}

interface DocumentContext {
  types: readonly DocumentType[];
  issuers: readonly Issuer[];
  /** The files the post links to (from its body) and those attached to it, in that order. */
  files: (post: ImportedFields) => string[];
  /** A file's new address, copied into public/files/; null when it is not there. */
  copy: (url: string) => string | null;
  /** Document slugs in use (existing documents and this import's), added to. */
  taken: Set<string>;
  /** The slug an earlier import gave each document, by post id: kept. */
  earlier: ReadonlyMap<number, string>;
}

/**
 * The posts of the documents' category that read as documents, and the others with what was missing (each is
 * imported as an article). The types the site lacks are given with the documents that use them.
 */
function importedDocuments(posts: readonly ImportedFields[], context: DocumentContext) {
  const documents: ImportedDocument[] = [];
  const articles: { post: ImportedFields; problem: Problem }[] = [];
  const addedTypes = new Map<string, string>();
  for (const post of posts) {
    const reading = readDocumentTitle(post.title, context);
    const missing = missingFromTitle(reading);
    // The files are copied only for a post that is otherwise a document.
    const files = missing.length
      ? []
      : [
          ...new Set(
            context
              .files(post)
              .map(context.copy)
              .filter((src) => src !== null && documentFile(src)),
          ),
        ];
    if (!files.length && !missing.length) missing.push("file");
    if (missing.length) {
      articles.push({ post, problem: { kind: "document-not-read", missing } });
      continue;
    }
    const { number, type, issuer } = reading as Required<DocumentReading>;
    if (type.added) addedTypes.set(type.slug, type.name);
    const issued = reading.issued ?? toIsoVietnam(post.date).slice(0, 10);
    const slug = context.earlier.get(post.id) ?? uniqueSlug(slugify(`${type.slug} ${number}`), context.taken);
    const problems: Problem[] = [];
    if (!reading.issued) problems.push({ kind: "document-date", issued });
    if (issuer.guessed) problems.push({ kind: "document-issuer", name: issuer.name });
    documents.push({
      id: post.id,
      title: post.title,
      slug,
      file: `documents/${issued.slice(0, 4)}/${slug}.md`,
      draft: post.draft,
      data: {
        title: reading.title,
        number,
        type: type.slug,
        issuer: issuer.slug,
        issued,
        files,
        ...(post.draft ? { draft: true } : {}),
      },
      problems,
    });
  }
  return { documents, articles, addedTypes };
}

export interface DocumentPostsOptions {
  contentDir: string;
  ledger: Ledger;
  /** site.yml: its document types and issuers are read, and the types the documents lack added. */
  site: Document;
  report: ImportReport;
  /** The items of the export, by id (the bodies of the documents' category kept). */
  byId: ReadonlyMap<number, WxrItem>;
  attachments: ReadonlyMap<number, Attachment>;
  /** The store of public/files/. */
  files: Photos;
}

/**
 * The posts of the documents' category split: the documents (by post id), and why each other post is an article
 * (told under it in the report).
 */
export function documentPosts(posts: readonly ImportedFields[], options: DocumentPostsOptions) {
  const { ledger, site, report, byId, attachments, files } = options;
  const earlier = new Map(
    Object.entries(ledger.posts)
      .filter(([, entry]) => entry.file.startsWith(`${DOCUMENTS_DIR}/`))
      .map(([id, entry]) => [Number(id), path.basename(entry.file, ".md")]),
  );
  const taken = existingSlugs(options.contentDir, DOCUMENTS_DIR);
  for (const slug of earlier.values()) taken.delete(slug);
  const lists = site.toJS() as { documentTypes?: DocumentType[]; issuers?: Issuer[] };
  const read = importedDocuments(posts, {
    types: lists.documentTypes ?? [],
    issuers: lists.issuers ?? [],
    files: (post) => [
      ...linkedDocumentFiles(byId.get(post.id)!.content),
      ...[...attachments.values()]
        .filter((a) => a.parent === post.id)
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .map((a) => a.url),
    ],
    copy: (url) => {
      const src = files.copy(url);
      return typeof src === "string" ? src : null;
    },
    taken,
    earlier,
  });
  if (read.addedTypes.size) {
    if (!isSeq(site.get("documentTypes"))) site.set("documentTypes", new YAMLSeq());
    const types = site.get("documentTypes") as YAMLSeq;
    for (const [slug, name] of read.addedTypes) {
      types.add(site.createNode({ slug, name }));
      report.newDocumentTypes.push({ slug, name });
    }
  }
  return {
    documents: new Map(read.documents.map((document) => [document.id, document])),
    notDocuments: new Map<number, Problem>(read.articles.map(({ post, problem }) => [post.id, problem])),
  };
}
