/**
 * A snippet of text around the first match, cut into plain and matched
 * parts. Components render matched parts as `<mark>`: no HTML is built here.
 */
import { shorten } from "../text";
import { foldInPlace } from "./vietnamese";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Is this (folded) word one of the query's folded words, or does it start with the prefix word? */
function matches(folded: string, words: readonly string[], prefix: string | null): boolean {
  return words.includes(folded) || (prefix !== null && prefix.length > 0 && folded.startsWith(prefix));
}

/**
 * @param foldedWords the query's words, folded
 * @param prefix the last query word, folded, when it may be half-typed
 */
export function snippet(
  text: string,
  foldedWords: readonly string[],
  prefix: string | null,
  length = 220,
): SnippetPart[] {
  const source = text.normalize("NFC");
  const folded = foldInPlace(source).toLowerCase();
  let start = 0;
  for (const m of folded.matchAll(WORD)) {
    if (matches(m[0], foldedWords, prefix)) {
      start = m.index;
      break;
    }
  }
  // Begin a little before the match, on a word boundary.
  let from = Math.max(0, start - 60);
  if (from > 0) {
    const space = source.indexOf(" ", from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  const window = shorten(source.slice(from), length);
  const windowFolded = foldInPlace(window).toLowerCase();
  const parts: SnippetPart[] = [];
  let last = 0;
  const push = (text: string, match: boolean) => {
    if (text) parts.push({ text, match });
  };
  if (from > 0) push("…", false);
  for (const m of windowFolded.matchAll(WORD)) {
    if (!matches(m[0], foldedWords, prefix)) continue;
    push(window.slice(last, m.index), false);
    push(window.slice(m.index, m.index + m[0].length), true);
    last = m.index + m[0].length;
  }
  push(window.slice(last), false);
  return parts;
}
