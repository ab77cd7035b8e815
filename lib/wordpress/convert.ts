/**
 * The second pass of the import (lib/wordpress/import.ts): one post's or page's body at a time → its file in the
 * content folder, its problems in the report. What every item shares is here: the body's conversion with its
 * photos and problems, and the writing of a file the import owns — never over a file an editor changed since the
 * last import (unless forced), and moved, not copied, when a newer export puts it elsewhere (a post moved to
 * another year).
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { toIsoVietnam } from "../dates";
import { htmlToMarkdown } from "./body";
import { sha256, writeIfChanged } from "./files";
import type { ImportedPage } from "./pages";
import type { Photos } from "./photos";
import type { Attachment } from "./rehype-shortcodes";
import { addProblem, type ImportReport, type PostProblems } from "./report";
import { viImport } from "./vi";

/** What the import wrote, so that a later run recognizes its own files: `content/wordpress-import.json`. */
export interface Ledger {
  posts: Record<string, { file: string; sha256: string }>;
}

/** The ledger of an earlier import, or an empty one. */
export function readLedger(file: string): Ledger {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Ledger) : { posts: {} };
}

export interface ConverterOptions {
  contentDir: string;
  dryRun?: boolean;
  force?: boolean;
  report: ImportReport;
  ledger: Ledger;
  photos: Photos;
  /** The documents posts link to, copied into public/files/. */
  files: Photos;
  attachments: ReadonlyMap<number, Attachment>;
  /** A link's new address. */
  link: (href: string) => string;
  /** The addresses of pages written by hand in the content folder: never written over. */
  handWritten: ReadonlySet<string>;
}

export type Post = Omit<PostProblems, "problems">;

export function createConverter({
  contentDir,
  dryRun,
  force,
  report,
  ledger,
  photos,
  files,
  attachments,
  link,
  handWritten,
}: ConverterOptions) {
  /**
   * A photo's or a linked document's new address, its file copied; null (reported) when it is missing or refused. A
   * document link that is not one of the old site's uploads is another site's: left as it is, unreported.
   */
  const copyFor =
    (store: Photos, missing: "missing-photo" | "missing-file") =>
    (post: Post) =>
    (url: string): string | null => {
      const src = store.copy(url);
      if (typeof src === "string") return src;
      if (missing === "missing-file" && src.refused === "missing" && !url.includes("/wp-content/uploads/"))
        return null;
      addProblem(
        report,
        post,
        src.refused === "missing" ? { kind: missing, url } : { kind: "unsafe-photo", url, why: src.refused },
      );
      return null;
    };
  const photoFor = copyFor(photos, "missing-photo");
  const fileFor = copyFor(files, "missing-file");

  /** The body as Markdown, its problems reported under the post. */
  function body(content: string, post: Post): string {
    const converted = htmlToMarkdown(content, {
      attachments,
      postId: post.id,
      image: photoFor(post),
      link,
      file: fileFor(post),
    });
    if (converted.removedShortcodes.length)
      addProblem(report, post, { kind: "shortcodes", names: converted.removedShortcodes });
    if (converted.lostSupSub.length)
      addProblem(report, post, { kind: "sup-sub", items: converted.lostSupSub });
    if (converted.fallback)
      addProblem(report, post, {
        kind: "fallback",
        reason: converted.fallback,
        ...(converted.textOnly ? { textOnly: true } : {}),
      });
    return converted.markdown;
  }

  /**
   * Write the item's file (front matter and body), unless an editor changed it since the last import; move it when
   * the export now puts it elsewhere. Whether it was written.
   */
  function write(post: Post & { file: string }, data: Record<string, unknown>, markdown: string): boolean {
    // Given as a file object: a string would be parsed for front matter first (a body opening with a `---` rule
    // would be taken for it) and kept in gray-matter's cache of every text it has parsed.
    const text = matter.stringify({ content: markdown }, data);
    const previous = ledger.posts[String(post.id)];
    const owned = previous ? path.join(contentDir, previous.file) : null;
    const current = owned && fs.existsSync(owned) ? sha256(fs.readFileSync(owned)) : null;
    const edited =
      previous !== undefined && current !== null && current !== previous.sha256 && current !== sha256(text);
    if (edited && !force) {
      addProblem(report, post, { kind: "edited" });
      return false;
    }
    let written = false;
    if (!dryRun) {
      written = writeIfChanged(path.join(contentDir, post.file), text);
      // Moved by a newer export (another year, another parent): the old file goes, so the slug is never twice.
      if (owned && previous!.file !== post.file && fs.existsSync(owned)) {
        fs.rmSync(owned);
        written = true;
      }
    }
    ledger.posts[String(post.id)] = { file: post.file, sha256: sha256(text) };
    return written;
  }

  /** One page → its page file; never over a page written by hand at its address. */
  function page(imported: ImportedPage, content: string) {
    const post = { id: imported.id, title: imported.title, file: imported.file };
    if (handWritten.has(imported.path))
      return addProblem(report, post, { kind: "page-exists", path: imported.path });
    const markdown = body(content, post);
    if (imported.renamedFrom)
      addProblem(report, post, { kind: "page-renamed", from: imported.renamedFrom, path: imported.path });
    const data: Record<string, unknown> = {
      title: imported.title || viImport.untitled(imported.id),
      ...(imported.summary ? { summary: imported.summary } : {}),
      ...(imported.order !== undefined ? { order: imported.order } : {}),
      ...(imported.updated ? { updated: toIsoVietnam(imported.updated) } : {}),
      ...(imported.draft ? { draft: true } : {}),
    };
    const written = write(post, data, markdown);
    report.pages.push({
      id: imported.id,
      path: imported.path,
      file: imported.file,
      draft: imported.draft,
      written,
    });
  }

  return { body, write, page, photo: photoFor };
}
