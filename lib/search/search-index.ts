/**
 * Full-text search over published articles with MiniSearch. Words of the
 * short fields (title, tags, category, summary) are indexed in two forms:
 * exact (diacritics kept, tone placement made canonical) and folded (no
 * diacritics); the body, which is most of the words, only folded: indexing it
 * twice would double build time and memory.
 *
 * A query word matches either form; an exact match scores both. Articles that
 * contain every query word with its exact diacritics rank first (the body is
 * checked for the leading results only), then by relevance, with a mild
 * boost for recent articles.
 */
import MiniSearch, { type Query, type SearchResult } from "minisearch";
import type { Article } from "../content/schema";
import type { ParsedQuery } from "./query";
import { snippet, type SnippetPart } from "./snippet";
import { containsWord, exactTerm, foldInPlace, foldedTerm, tokenize, toneVariants } from "./vietnamese";
import { siteNow } from "../clock";

/** Indexed fields: the title, the labels (tags and category), and the text (summary and body). */
const FIELDS = ["title", "labels", "text"] as const;
type Field = (typeof FIELDS)[number];

const BOOST: Record<Field, number> = { title: 4, labels: 2.5, text: 1 };
/** How many leading results are re-ranked by an exact check of their body. */
const EXACT_CHECK_LIMIT = 200;
/** Newer articles weigh a little more: up to this factor for today's, fading over years. */
const RECENCY_BOOST = 0.25;

/** Both forms of a word of the title and labels; the folded form alone for the text. */
function indexTerms(term: string, field?: string): string | string[] {
  const folded = foldedTerm(term);
  if (field === "text") return folded;
  const exact = exactTerm(term);
  return exact === folded ? folded : [exact, folded];
}

interface IndexedDocument {
  id: string;
  date: number;
  title: string;
  labels: string;
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
    this.mini = new MiniSearch<IndexedDocument>({
      fields: [...FIELDS],
      storeFields: ["date"],
      // Each body word counts once per article: repeated words add little to relevance and much to build time.
      tokenize: (text, field) => (field === "text" ? [...new Set(tokenize(text))] : tokenize(text)),
      processTerm: indexTerms,
    });
    this.mini.addAll(
      articles.map((a) => ({
        id: a.slug,
        date: a.date.getTime(),
        title: a.title,
        labels: [a.category.name, ...a.tags.map((t) => t.name)].join(" "),
        // The summary is often the first paragraph: each text word is indexed once anyway.
        text: `${a.summary}\n${a.text}`,
      })),
    );
  }

  /** Does the article's body hold this exact word (either tone placement; a word it starts, for the prefix word)? */
  private bodyHas(slug: string, exact: string, isPrefix: boolean): boolean {
    const text = this.bySlug.get(slug)?.text.toLowerCase() ?? "";
    return toneVariants(exact).some((variant) => containsWord(text, variant, isPrefix));
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Search published articles (dated at or before `now`); results newest-best first, one page of them. */
  search(query: ParsedQuery, { now = siteNow(), offset = 0, limit = 10 } = {}): SearchResults {
    if (!query.words.length) return { total: 0, hits: [] };
    const last = query.words.length - 1;
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
        boost: BOOST,
        processTerm: (term) => term,
        filter: (result) => (result.date as number) <= nowMs,
      },
    );
    for (const result of raw)
      result.score *= 1 + RECENCY_BOOST / (1 + Math.max(0, nowMs - (result.date as number)) / YEAR);
    const lastExact = query.words[last]!.exact;
    const needExact = query.words.filter((w) => w.exact !== w.folded).map((w) => w.exact);
    raw.sort((a, b) => b.score - a.score);
    const ranked = raw.map((result, i) => ({
      result,
      // Every word with its diacritics, in the title and labels or (for the leading results) the body.
      exact: needExact.every(
        (term) =>
          isExactMatch(result, term, term === lastExact) ||
          (i < EXACT_CHECK_LIMIT && this.bodyHas(result.id as string, term, term === lastExact)),
      ),
    }));
    ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || b.result.score - a.result.score);

    const folded = query.words.map((w) => w.folded);
    const prefix = query.words[last]!.folded;
    const hits = ranked.slice(offset, offset + limit).map(({ result, exact }) => {
      const article = this.bySlug.get(result.id as string)!;
      const inBody = article.text && folded.some((w) => foldInPlace(article.text).toLowerCase().includes(w));
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
