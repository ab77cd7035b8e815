import type { Article } from "./schema";

/**
 * A window on a newest-first list: the published part of it. Reading a page
 * costs the size of the page, never the size of the list.
 */
export class ArticleList {
  constructor(
    private readonly items: readonly Article[],
    private readonly start: number,
  ) {}

  get length(): number {
    return this.items.length - this.start;
  }

  at(i: number): Article | undefined {
    return i >= 0 ? this.items[this.start + i] : undefined;
  }

  /** Articles `from` (inclusive) to `to` (exclusive), like Array#slice with non-negative bounds. */
  slice(from: number, to: number = this.length): Article[] {
    return this.items.slice(
      this.start + Math.max(0, from),
      this.start + Math.max(0, Math.min(to, this.length)),
    );
  }
}
