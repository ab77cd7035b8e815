/**
 * Text helpers shared by the content core: Unicode normalization, Vietnamese
 * folding, slugs and plain-text shortening.
 */

/** NFC-normalize text (editors paste decomposed text from some keyboards). */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * Fold Vietnamese to plain ASCII letters: tones and vowel marks removed,
 * `đ`/`Đ` to `d`/`D` (NFD decomposition alone leaves `đ` untouched).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase ASCII words joined by `-`, Vietnamese folded. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** Collapse every run of white space (line breaks included) to one space. */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Shorten plain text to at most `max` characters, cutting on a word boundary
 * and marking the cut with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  const clean = squashSpaces(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.–-]+$/u, "")}…`;
}
