/**
 * Full-text search over published articles. Every word of the title, the
 * labels (category and tags) and the text (summary and body) is indexed in
 * its folded form (`duong`) and, when that differs, its exact form (`đường`,
 * tone placement made canonical), in a compact BM25 index (`term-index.ts`).
 *
 * A query finds the articles that have every one of its words, folded (the
 * last word may be half-typed). Articles that have every word with its exact
 * diacritics rank first, then by relevance, with a mild boost for recent
 * articles, then newest first.
 */
import type { Article } from "../content/schema";
import type { ParsedQuery } from "./query";
import { LRUCache } from "lru-cache";
import { snippet, type SnippetPart } from "./snippet";
import { TermIndex, type Postings } from "./term-index";
import { exactTerm, foldInPlace, foldedTerm, tokenize } from "./vietnamese";
import { siteNow } from "../clock";

/** The fields and their weights: title, labels (category and tags), text (summary and body). */
const BOOSTS = [4, 2.5, 1];
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

/** The summary is usually the body's first paragraph, shortened: index it only when it says something else. */
function searchableText(article: Article): string {
  const summary = article.summary.replace(/…$/u, "");
  return article.text.includes(summary) ? article.text : `${article.summary}\n${article.text}`;
}

export interface SearchHit {
  article: Article;
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

export class SearchIndex {
  private readonly index: TermIndex;
  /** Each document's date (ms), by document number. */
  private readonly dates: Float64Array;

  /** `articles` newest first: document numbers follow their order, and break ties. */
  constructor(private readonly articles: readonly Article[]) {
    const builder = TermIndex.builder(BOOSTS);
    this.dates = new Float64Array(articles.length);
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
    for (const article of articles) {
      const doc = builder.add([
        fieldTerms(article.title),
        fieldTerms([article.category.name, ...article.tags.map((t) => t.name)].join(" ")),
        fieldTerms(searchableText(article)),
      ]);
      this.dates[doc] = article.date.getTime();
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
        if (date > nowMs) continue;
        score[doc] = score[doc]! * (1 + RECENCY_BOOST / (1 + Math.max(0, nowMs - date) / YEAR));
        found.push(doc);
      }
    }
    const isExact = (doc: number) => exactCount[doc] === needExact;
    found.sort((a, b) => Number(isExact(b)) - Number(isExact(a)) || score[b]! - score[a]! || a - b);

    const folded = words.map((w) => w.folded);
    const prefix = isPrefix(last) ? words[last]!.folded : null;
    const hits = found.slice(offset, offset + limit).map((doc) => {
      const article = this.articles[doc]!;
      const body = foldInPlace(article.text).toLowerCase();
      const inBody = folded.some((w) => body.includes(w));
      return {
        article,
        score: score[doc]!,
        exact: isExact(doc),
        snippet: snippet(inBody ? article.text : article.summary, folded, prefix),
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
