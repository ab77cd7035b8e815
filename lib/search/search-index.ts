/**
 * Full-text search over published articles with MiniSearch. Every text field
 * is indexed twice: in its exact form (diacritics kept, tone placement made
 * canonical) and folded (no diacritics). A query word matches either form;
 * articles that match every word with its exact diacritics rank first, then
 * by relevance, with a mild boost for recent articles.
 */
import MiniSearch, { type Query, type SearchResult } from "minisearch";
import type { Article } from "../content/schema";
import type { ParsedQuery } from "./query";
import { snippet, type SnippetPart } from "./snippet";
import { exactTerm, foldedTerm, tokenize } from "./vietnamese";

const TEXT_FIELDS = ["title", "tags", "category", "summary", "text"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const BOOST: Record<TextField, number> = { title: 5, tags: 3, category: 2, summary: 1.5, text: 1 };
/** Exact-form fields weigh more than their folded twins. */
const EXACT_WEIGHT = 2;

const FOLDED = (field: string) => `${field}_f`;

interface IndexedDocument {
  id: string;
  date: number;
  title: string;
  tags: string;
  category: string;
  summary: string;
  text: string;
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

const YEAR = 365.25 * 24 * 3600_000;

export class SearchIndex {
  private readonly mini: MiniSearch<IndexedDocument>;
  private readonly bySlug: Map<string, Article>;

  constructor(articles: readonly Article[]) {
    this.bySlug = new Map(articles.map((a) => [a.slug, a]));
    const fields = TEXT_FIELDS.flatMap((f) => [f, FOLDED(f)]);
    this.mini = new MiniSearch<IndexedDocument>({
      fields,
      storeFields: ["date"],
      tokenize: (text) => tokenize(text),
      processTerm: (term, field) => (field?.endsWith("_f") ? foldedTerm(term) : exactTerm(term)),
      // A folded field reads the same text as its exact twin.
      extractField: (doc, field) => String(doc[field.replace(/_f$/, "") as keyof IndexedDocument] ?? ""),
    });
    this.mini.addAll(
      articles.map((a) => ({
        id: a.slug,
        date: a.date.getTime(),
        title: a.title,
        tags: a.tags.map((t) => t.name).join(" "),
        category: a.category.name,
        summary: a.summary,
        text: a.text,
      })),
    );
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Search published articles (dated at or before `now`); results newest-best first, one page of them. */
  search(query: ParsedQuery, { now = new Date(), offset = 0, limit = 10 } = {}): SearchResults {
    if (!query.words.length) return { total: 0, hits: [] };
    const last = query.words.length - 1;
    const boost: Record<string, number> = {};
    for (const f of TEXT_FIELDS) {
      boost[f] = BOOST[f] * EXACT_WEIGHT;
      boost[FOLDED(f)] = BOOST[f];
    }
    const queries: Query[] = query.words.map((word, i) => ({
      combineWith: "OR",
      // The last word may be half-typed.
      prefix: i === last && word.folded.length >= 2,
      queries: word.exact === word.folded ? [word.folded] : [word.exact, word.folded],
    }));
    const nowMs = now.getTime();
    const raw = this.mini.search(
      { combineWith: "AND", queries },
      {
        boost,
        processTerm: (term) => term,
        filter: (result) => (result.date as number) <= nowMs,
        boostDocument: (_id, _term, stored) => 1 + 0.25 / (1 + (nowMs - Number(stored?.date ?? 0)) / YEAR),
      },
    );
    const lastExact = query.words[last]!.exact;
    const needExact = query.words.filter((w) => w.exact !== w.folded).map((w) => w.exact);
    const ranked = raw
      .map((result) => ({
        result,
        exact: needExact.every((term) => isExactMatch(result, term, term === lastExact)),
      }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || b.result.score - a.result.score);

    const folded = query.words.map((w) => w.folded);
    const prefix = query.words[last]!.folded;
    const hits = ranked.slice(offset, offset + limit).map(({ result, exact }) => {
      const article = this.bySlug.get(result.id as string)!;
      const inBody = article.text && folded.some((w) => foldedTerm(article.text).includes(w));
      return {
        article,
        score: result.score,
        exact,
        snippet: snippet(inBody ? article.text : article.summary, folded, prefix),
      };
    });
    return { total: ranked.length, hits };
  }
}

/** Did this result match the exact form (or, for the prefix word, an exact-form term it starts)? */
function isExactMatch(result: SearchResult, exact: string, isPrefix: boolean): boolean {
  return result.terms.some(
    (term) =>
      (term === exact || (isPrefix && term.startsWith(exact))) &&
      result.match[term]?.some((f) => !f.endsWith("_f")),
  );
}
