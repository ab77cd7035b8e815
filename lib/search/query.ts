/** Reading what a reader typed into the search box, safely. */
import { exactTerm, foldedTerm, tokenize } from "./vietnamese";

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 12;

export interface ParsedQuery {
  /** The query as it will be shown back: trimmed, NFC, at most MAX_QUERY_LENGTH characters. */
  text: string;
  /** True when the reader's text was longer than allowed and was cut. */
  truncated: boolean;
  /** Each word in its exact and folded forms. */
  words: { exact: string; folded: string }[];
}

export function parseQuery(raw: unknown): ParsedQuery {
  const input = (typeof raw === "string" ? raw : Array.isArray(raw) ? String(raw[0] ?? "") : "")
    .normalize("NFC")
    .trim();
  const chars = [...input];
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const text = truncated ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : input;
  const seen = new Set<string>();
  const words = tokenize(text)
    .map((w) => ({ exact: exactTerm(w), folded: foldedTerm(w) }))
    .filter((w) => !seen.has(w.exact) && seen.add(w.exact))
    .slice(0, MAX_QUERY_WORDS);
  return { text, truncated, words };
}
