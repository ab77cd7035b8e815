/**
 * The Vietnamese term processor of the search: what readers type and what
 * articles say are brought to the same terms.
 *
 *  - NFC, lowercase;
 *  - old and new tone-mark placement made equal (`hóa`/`hoá`, `khỏe`/`khoẻ`,
 *    `thủy`/`thuỷ`): the tone of `oa`, `oe`, `uy` always sits on the second vowel;
 *  - a folded form with no marks at all, `đ` → `d` (`đường` → `duong`).
 */
import { foldVietnamese } from "../text";

/** The five tone marks, as combining characters. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** What separates words: anything but letters, marks and digits. */
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/** Words: runs of letters, marks and digits. The text must already be NFC (the content core stores it so). */
export function tokenize(text: string): string[] {
  const words = text.split(SEPARATOR);
  if (words[0] === "") words.shift();
  if (words.at(-1) === "") words.pop();
  return words;
}

/**
 * One spelling per word: `hóa` and `hoá` both become `hoá`. Tone marks on
 * `o` before `a`/`e`, or on `u` before `y`, move to the second vowel.
 */
export function canonicalTone(word: string): string {
  const chars = [...word.normalize("NFD")];
  for (let i = 0; i < chars.length - 2; i++) {
    const base = chars[i];
    const tone = chars[i + 1]!;
    const next = chars[i + 2];
    if (!TONE.test(tone)) continue;
    const pair = (base === "o" && (next === "a" || next === "e")) || (base === "u" && next === "y");
    // Only plain a/e/y: `uyê`, `oă` and the like keep their own placement.
    if (pair && !/[\u0300-\u036f]/.test(chars[i + 3] ?? "")) {
      chars.splice(i + 1, 1);
      chars.splice(i + 2, 0, tone);
    }
  }
  return chars.join("").normalize("NFC");
}

/**
 * Remember the forms of words already seen: a language has few distinct
 * words, an index has millions of occurrences. Bounded, so hostile input
 * cannot grow it without end.
 */
function memoize(fn: (word: string) => string, max = 200_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = fn(word);
      if (cache.size >= max) cache.clear();
      cache.set(word, value);
    }
    return value;
  };
}

/** The exact form of a word: NFC, lowercase, canonical tone placement. */
export const exactTerm = memoize((word) => canonicalTone(word.normalize("NFC").toLowerCase()));

/** The folded form of a word: lowercase ASCII (`Đường` → `duong`). */
export const foldedTerm = memoize((word) => foldVietnamese(word.normalize("NFC")).toLowerCase());

/** Folding that keeps every character in place: the folded text has the same length as the NFC input. */
export function foldInPlace(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = foldedTerm(ch);
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
