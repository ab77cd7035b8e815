/**
 * The documents of content/documents/, newest issued first, with what the library page asks: by slug, filtered by
 * type, issuer and year (each filter a prepared list: the smallest one asked is walked, the others tested per item),
 * the years and counts offered by the filter form, and what replaces or is replaced by what.
 */
import { vietnamYearMonth } from "../dates";
import type { DocumentFilter } from "../routes";
import type { Document } from "./document-schema";

function newestIssuedFirst(a: Document, b: Document): number {
  return b.issued.getTime() - a.issued.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export const documentYear = (document: Document) => vietnamYearMonth(document.issued).year;

/** Whether a document is in effect at `now`: not replaced, not expired, and past its date of effect. */
export type DocumentStatus = "inEffect" | "notYet" | "expired" | "replaced";

export class DocumentLibrary {
  readonly all: readonly Document[];
  private readonly bySlug = new Map<string, Document>();
  private readonly byType = new Map<string, Document[]>();
  private readonly byIssuer = new Map<string, Document[]>();
  private readonly byYear = new Map<number, Document[]>();
  private readonly replacing = new Map<string, Document[]>();

  constructor(documents: readonly Document[]) {
    this.all = [...documents].sort(newestIssuedFirst);
    const push = <K>(map: Map<K, Document[]>, key: K, document: Document) => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(document);
    };
    for (const document of this.all) {
      this.bySlug.set(document.slug, document);
      push(this.byType, document.type.slug, document);
      push(this.byIssuer, document.issuer.slug, document);
      push(this.byYear, documentYear(document), document);
      if (document.replacedBy) push(this.replacing, document.replacedBy, document);
    }
  }

  get size(): number {
    return this.all.length;
  }

  get(slug: string): Document | null {
    return this.bySlug.get(slug) ?? null;
  }

  /** The documents this one replaces. */
  replaces(slug: string): readonly Document[] {
    return this.replacing.get(slug) ?? [];
  }

  /** The years that have documents, newest first, with their counts. */
  years(): { year: number; count: number }[] {
    return [...this.byYear]
      .map(([year, list]) => ({ year, count: list.length }))
      .sort((a, b) => b.year - a.year);
  }

  /** How many documents of each type and issuer there are (for the filter form). */
  countOf(kind: "type" | "issuer", slug: string): number {
    return (kind === "type" ? this.byType : this.byIssuer).get(slug)?.length ?? 0;
  }

  /** The documents a filter keeps, newest issued first. */
  filter({ type, issuer, year }: DocumentFilter): readonly Document[] {
    const lists: (readonly Document[])[] = [];
    if (type !== undefined) lists.push(this.byType.get(type) ?? []);
    if (issuer !== undefined) lists.push(this.byIssuer.get(issuer) ?? []);
    if (year !== undefined) lists.push(this.byYear.get(year) ?? []);
    if (!lists.length) return this.all;
    const [smallest] = [...lists].sort((a, b) => a.length - b.length);
    if (lists.length === 1) return smallest!;
    return smallest!.filter(
      (d) =>
        (type === undefined || d.type.slug === type) &&
        (issuer === undefined || d.issuer.slug === issuer) &&
        (year === undefined || documentYear(d) === year),
    );
  }

  status(document: Document, now: Date): DocumentStatus {
    if (document.replacedBy && this.bySlug.has(document.replacedBy)) return "replaced";
    if (document.expires && document.expires.getTime() <= now.getTime()) return "expired";
    if (document.effective && document.effective.getTime() > now.getTime()) return "notYet";
    return "inEffect";
  }
}
