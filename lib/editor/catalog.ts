/**
 * The editor's list of everything (articles, pages, documents), built once from a load of its clone's content
 * folder (lib/content/load.ts, drafts and files with errors included) and answered from memory: by kind, status
 * and author, and by words of the title or file name (Vietnamese folded, so `hoi nghi` finds `Hội nghị`), newest
 * first, a page at a time.
 *
 * A piece's status is read from its file: `draft: true` is a draft (nháp), with `review: true` submitted for review
 * (chờ duyệt); a published piece dated after now is scheduled (đã hẹn giờ), else published (đã đăng). A file the
 * check refuses is listed too, with its number of problems, from what its front matter says.
 */
import type { LoadResult } from "../content/load";
import { readContentFile } from "../content/content-file";
import { parseContentDate } from "../dates";
import { foldVietnamese } from "../text";

export const KINDS = ["bai-viet", "trang", "van-ban"] as const;
export type Kind = (typeof KINDS)[number];
export const STATUSES = ["nhap", "cho-duyet", "hen-gio", "da-dang"] as const;
export type Status = (typeof STATUSES)[number];

export interface CatalogEntry {
  kind: Kind;
  /** Relative to the content folder: `articles/2026/hoi-nghi.md`. */
  file: string;
  title: string;
  status: Status;
  author: string | null;
  /** The article's date or the document's date of issue, ISO; null for a page. */
  date: string | null;
  /** How many problems the check finds in it (a piece with any cannot be published). */
  problems: number;
}

export interface CatalogQuery {
  kind?: Kind;
  status?: Status;
  author?: string;
  /** Words of the title or file name. */
  q?: string;
  page?: number;
}

export const PER_PAGE = 50;

const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();

function statusOf(draft: boolean, review: boolean, date: Date | null, now: Date): Status {
  if (draft) return review ? "cho-duyet" : "nhap";
  return date && date.getTime() > now.getTime() ? "hen-gio" : "da-dang";
}

const kindOfFile = (file: string): Kind =>
  file.startsWith("pages/") ? "trang" : file.startsWith("documents/") ? "van-ban" : "bai-viet";

export class Catalog {
  readonly entries: readonly CatalogEntry[];
  private readonly folded: readonly string[];

  constructor(entries: CatalogEntry[]) {
    // Newest first; pages (no date) after, by title.
    this.entries = entries.sort(
      (a, b) =>
        (b.date ?? "").localeCompare(a.date ?? "") ||
        a.title.localeCompare(b.title, "vi") ||
        a.file.localeCompare(b.file),
    );
    this.folded = this.entries.map((entry) => fold(`${entry.title} ${entry.file}`));
  }

  /** The authors named in the pieces, for the filter. */
  authors(): string[] {
    return [...new Set(this.entries.flatMap((entry) => (entry.author ? [entry.author] : [])))].sort((a, b) =>
      a.localeCompare(b, "vi"),
    );
  }

  find({ kind, status, author, q, page = 1 }: CatalogQuery): { entries: CatalogEntry[]; total: number } {
    const words = q ? fold(q).split(" ").filter(Boolean) : [];
    const matches: CatalogEntry[] = [];
    this.entries.forEach((entry, i) => {
      if (kind && entry.kind !== kind) return;
      if (status && entry.status !== status) return;
      if (author && entry.author !== author) return;
      if (words.length && !words.every((word) => this.folded[i]!.includes(word))) return;
      matches.push(entry);
    });
    const start = (Math.max(1, page) - 1) * PER_PAGE;
    return { entries: matches.slice(start, start + PER_PAGE), total: matches.length };
  }
}

/**
 * The catalog of a load. `read` gives a refused file's bytes (its front matter is read as it is, to list it).
 */
export function buildCatalog(loaded: LoadResult, read: (file: string) => Uint8Array, now: Date): Catalog {
  const entries: CatalogEntry[] = [];
  const problems = new Map<string, number>();
  for (const problem of loaded.problems) problems.set(problem.file, (problems.get(problem.file) ?? 0) + 1);
  for (const article of loaded.articles)
    entries.push({
      kind: "bai-viet",
      file: article.file,
      title: article.title,
      status: statusOf(article.draft, article.review, article.date, now),
      author: article.author ?? null,
      date: article.date.toISOString(),
      problems: 0,
    });
  for (const page of loaded.pages)
    entries.push({
      kind: "trang",
      file: page.file,
      title: page.title,
      status: statusOf(page.draft, page.review, null, now),
      author: null,
      date: null,
      problems: 0,
    });
  for (const document of loaded.documents)
    entries.push({
      kind: "van-ban",
      file: document.file,
      title: `${document.type.name} ${document.number}: ${document.title}`,
      status: statusOf(document.draft, document.review, null, now),
      author: null,
      date: document.issued.toISOString(),
      problems: 0,
    });
  // The files the check refuses: listed from their front matter as written.
  for (const [file, count] of problems) {
    if (!file.endsWith(".md")) continue;
    let data: Record<string, unknown> = {};
    try {
      const parsed = readContentFile(file, read(file));
      if (parsed.ok) data = parsed.file.data as Record<string, unknown>;
    } catch {
      // Unreadable: listed by its name.
    }
    const date = typeof data.date === "string" ? parseContentDate(data.date) : null;
    entries.push({
      kind: kindOfFile(file),
      file,
      title: typeof data.title === "string" && data.title.trim() ? data.title.trim() : file,
      status: statusOf(data.draft === true, data.review === true, date, now),
      author: typeof data.author === "string" ? data.author : null,
      date: date?.toISOString() ?? null,
      problems: count,
    });
  }
  return new Catalog(entries);
}
