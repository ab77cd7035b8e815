/**
 * Full-text search over published articles, documents and pages, one index for all three. Every word of the title,
 * the labels (an article's category and tags; a document's type, issuer and signer; a page's parents) and the text
 * (summary and body) is indexed in its folded form (`duong`) and, when that differs, its exact form (`đường`, tone
 * placement made canonical), in a compact BM25 index (`term-index.ts`); a document's number and symbol
 * (`15-NQ/HU`: `15`, `nq`, `hu`) is a field of its own, weighed most.
 *
 * A query finds the entries that have every one of its words, folded (the last word may be half-typed). A document
 * whose number holds the query's numbers comes first (`15 nq hu`, `nghị quyết 15`); then entries that have every
 * word with its exact diacritics, then by relevance, with a mild boost for recent articles and documents, then
 * newest first.
 */
import type { Document } from "../content/document-schema";
import type { Page } from "../content/page-schema";
import type { Article } from "../content/schema";
import { fieldsOf, snippetSource, type SearchEntry } from "./entries";

export type { SearchEntry } from "./entries";
import type { ParsedQuery } from "./query";
import { LRUCache } from "lru-cache";
import { snippet, type SnippetPart } from "./snippet";
import { TermIndex, type Postings } from "./term-index";
import { exactTerm, foldInPlace, foldedTerm, tokenize } from "./vietnamese";
import { siteNow } from "../clock";

/** The fields and their weights: title, labels, text (summary and body), a document's number and symbol. */
const BOOSTS = [4, 2.5, 1, 10];
/** Exact forms are kept apart from folded ones by this mark (folded terms are plain letters and digits). */
const EXACT = "=";
/** A half-typed last word is matched by at most this many words it starts. */
const MAX_PREFIX_TERMS = 500;
/** Newer articles weigh a little more: up to this factor for today's, fading over years. */
const RECENCY_BOOST = 0.25;
const YEAR = 365.25 * 24 * 3600_000;

/** The index terms of a word: folded, and exact when that differs. */
function wordTerms(word: string): readonly string[] {
  const folded = foldedTerm(word);
  const exact = exactTerm(word);
  return exact === folded ? [folded] : [folded, EXACT + exact];
}

/** A digits-only word: what a document's number is looked up by. */
const DIGITS = /^\d+$/;

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** Every word matched with its exact diacritics. */
  exact: boolean;
  snippet: SnippetPart[];
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

/** Query answers kept in memory (see `search`). */
const RESULTS_KEPT = 1000;

export interface SearchSources {
  pages?: readonly Page[];
  documents?: readonly Document[];
  /** A page's parents' titles (its labels). */
  parents?: (page: Page) => string[];
}

export class SearchIndex {
  private readonly index: TermIndex;
  private readonly entries: SearchEntry[];
  /** Each entry's date (ms), by entry number: an article is hidden before it; NaN for pages. */
  private readonly dates: Float64Array;
  /** Whether an entry is hidden until its date (articles only). */
  private readonly scheduled: Uint8Array;
  /** A document's number's words (folded), by entry number. */
  private readonly numbers = new Map<number, ReadonlySet<string>>();

  /** `articles` newest first: entry numbers follow their order (then documents, then pages), and break ties. */
  constructor(
    articles: readonly Article[],
    { pages = [], documents = [], parents = () => [] }: SearchSources = {},
  ) {
    const builder = TermIndex.builder(BOOSTS);
    this.entries = [
      ...articles.map((article): SearchEntry => ({ kind: "article", article })),
      ...documents.map((document): SearchEntry => ({ kind: "document", document })),
      ...pages.map((page): SearchEntry => ({ kind: "page", page })),
    ];
    this.dates = new Float64Array(this.entries.length);
    this.scheduled = new Uint8Array(this.entries.length);
    // A site has a few thousand distinct words and millions of occurrences: work out each word's terms once.
    const known = new Map<string, readonly string[]>();
    const fieldTerms = (text: string) => {
      const terms: string[] = [];
      for (const word of tokenize(text)) {
        let forms = known.get(word);
        if (!forms) known.set(word, (forms = wordTerms(word)));
        for (const term of forms) terms.push(term);
      }
      return terms;
    };
    for (const entry of this.entries) {
      const [title, labels, text, number] = fieldsOf(entry, parents);
      const doc = builder.add([fieldTerms(title), fieldTerms(labels), fieldTerms(text), fieldTerms(number)]);
      if (entry.kind === "article") {
        this.dates[doc] = entry.article.date.getTime();
        this.scheduled[doc] = 1;
      } else if (entry.kind === "document") {
        this.dates[doc] = entry.document.issued.getTime();
        this.numbers.set(doc, new Set(tokenize(number).map(foldedTerm)));
      } else this.dates[doc] = Number.NaN;
    }
    this.index = builder.build();
  }

  get size(): number {
    return this.index.documentCount;
  }

  private postings(term: string, prefix: boolean): Postings[] {
    return (prefix ? this.index.termsWithPrefix(term, MAX_PREFIX_TERMS) : [term]).map((t) =>
      this.index.postings(t),
    );
  }

  /** Search published articles (dated at or before `now`); results best first, one page of them. */
  /**
   * Results for a query, newest-relevant first. Readers ask the same few queries again and again: each answer is
   * kept for the minute it was asked in (at most RESULTS_KEPT of them, least recently used out first), so a
   * repeated query costs a lookup. The minute is part of the key, so scheduled articles still appear on time.
   */
  search(query: ParsedQuery, { now = siteNow(), offset = 0, limit = 10 } = {}): SearchResults {
    const minute = Math.floor(now.getTime() / 60_000);
    const key = `${minute} ${offset} ${limit} ${query.words.map((w) => `${w.exact}\u0000${w.folded}`).join("\u0001")}`;
    let results = this.recent.get(key);
    if (!results) this.recent.set(key, (results = this.compute(query, { now, offset, limit })));
    return results;
  }

  private readonly recent = new LRUCache<string, SearchResults>({ max: RESULTS_KEPT });

  private compute(query: ParsedQuery, { now, offset, limit }: { now: Date; offset: number; limit: number }) {
    const words = query.words;
    if (!words.length) return { total: 0, hits: [] };
    const n = this.index.documentCount;
    const last = words.length - 1;
    // The last word may be half-typed.
    const isPrefix = (i: number) => i === last && words[i]!.folded.length >= 2;
    const score = new Float64Array(n);

    // How many query words each document has (folded), in query order: a document counts only
    // when it had every earlier word.
    const matched = new Uint8Array(n);
    words.forEach((word, i) => accumulate(this.postings(word.folded, isPrefix(i)), matched, i, score));

    // The same with the exact forms, for the words whose exact form says more than the folded one.
    const exactCount = new Uint8Array(n);
    let needExact = 0;
    words.forEach((word, i) => {
      if (word.exact === word.folded) return;
      accumulate(this.postings(EXACT + word.exact, isPrefix(i)), exactCount, needExact++, score);
    });

    // Every matching document is in the postings of the first word.
    const nowMs = now.getTime();
    const found: number[] = [];
    for (const { docs } of this.postings(words[0]!.folded, isPrefix(0))) {
      for (const doc of docs) {
        if (matched[doc] !== words.length) continue;
        matched[doc] = 0;
        const date = this.dates[doc]!;
        if (this.scheduled[doc] && date > nowMs) continue;
        if (!Number.isNaN(date))
          score[doc] = score[doc]! * (1 + RECENCY_BOOST / (1 + Math.max(0, nowMs - date) / YEAR));
        found.push(doc);
      }
    }
    // A document whose number holds every number of the query: what a reader typing one looks for.
    const numbers = words.map((w) => w.folded).filter((w) => DIGITS.test(w));
    const byNumber = (doc: number) => {
      const own = numbers.length ? this.numbers.get(doc) : undefined;
      return own !== undefined && numbers.every((n) => own.has(n));
    };
    const isExact = (doc: number) => exactCount[doc] === needExact;
    found.sort(
      (a, b) =>
        Number(byNumber(b)) - Number(byNumber(a)) ||
        Number(isExact(b)) - Number(isExact(a)) ||
        score[b]! - score[a]! ||
        a - b,
    );

    const folded = words.map((w) => w.folded);
    const prefix = isPrefix(last) ? words[last]!.folded : null;
    const hits = found.slice(offset, offset + limit).map((doc) => {
      const entry = this.entries[doc]!;
      const { text, fallback } = snippetSource(entry);
      const body = foldInPlace(text).toLowerCase();
      const inBody = folded.some((w) => body.includes(w));
      return {
        entry,
        score: score[doc]!,
        exact: isExact(doc),
        snippet: snippet(inBody ? text : fallback, folded, prefix),
      };
    });
    return { total: found.length, hits };
  }
}

/**
 * Count the `i`-th query word for the documents in these postings (one list per form of the word) that had
 * the `i` words before it, and add the weights to their scores.
 */
function accumulate(lists: readonly Postings[], counts: Uint8Array, i: number, score: Float64Array): void {
  for (const { docs, weights } of lists) {
    for (let j = 0; j < docs.length; j++) {
      const doc = docs[j]!;
      const count = counts[doc];
      if (count === i) counts[doc] = i + 1;
      else if (count !== i + 1) continue;
      score[doc] = score[doc]! + weights[j]!;
    }
  }
}
