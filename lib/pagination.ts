/** Page numbers in URLs, and the page of a list they ask for. */
import type { Article } from "./content/schema";
import type { ArticleList } from "./content/content-index";

export interface Page {
  items: Article[];
  /** 1-based. */
  page: number;
  totalPages: number;
  totalItems: number;
}

/** `"2"` → 2. Anything that is not a plain positive whole number → `null`. */
export function parsePageNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

/**
 * Page `page` of `list`, or `null` when that page does not exist. The first
 * page always exists, empty for an empty list, so it can say so kindly.
 */
export function paginate(list: ArticleList, page: number, size: number): Page | null {
  const totalPages = Math.max(1, Math.ceil(list.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: list.slice((page - 1) * size, page * size), page, totalPages, totalItems: list.length };
}
