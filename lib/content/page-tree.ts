/**
 * The pages of content/pages/ as a tree by address: a page's parent is the page at its address's folder, its
 * children are the pages one level under it, ordered by `order` (those without one after, by title). Built once;
 * each question is a map lookup.
 */
import type { Page } from "./page-schema";

function byOrder(a: Page, b: Page): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  return ao - bo || a.title.localeCompare(b.title, "vi");
}

function parentPath(path: string): string | null {
  const at = path.lastIndexOf("/");
  return at > 0 ? path.slice(0, at) : null;
}

export class PageTree {
  private readonly byPath = new Map<string, Page>();
  private readonly childrenOf = new Map<string, Page[]>();
  /** Pages with no parent page, in order. */
  readonly top: readonly Page[];

  constructor(pages: readonly Page[]) {
    for (const page of pages) this.byPath.set(page.path, page);
    const top: Page[] = [];
    for (const page of pages) {
      // The nearest existing ancestor is the parent: a folder without its own index.md is skipped.
      let parent = parentPath(page.path);
      while (parent !== null && !this.byPath.has(parent)) parent = parentPath(parent);
      if (parent === null) top.push(page);
      else {
        let list = this.childrenOf.get(parent);
        if (!list) this.childrenOf.set(parent, (list = []));
        list.push(page);
      }
    }
    for (const list of this.childrenOf.values()) list.sort(byOrder);
    this.top = top.sort(byOrder);
  }

  get size(): number {
    return this.byPath.size;
  }

  get(path: string): Page | null {
    return this.byPath.get(path) ?? null;
  }

  all(): IterableIterator<Page> {
    return this.byPath.values();
  }

  children(path: string): readonly Page[] {
    return this.childrenOf.get(path) ?? [];
  }

  /** The pages above this one, the top first. */
  ancestors(path: string): Page[] {
    const trail: Page[] = [];
    for (let parent = parentPath(path); parent !== null; parent = parentPath(parent)) {
      const page = this.byPath.get(parent);
      if (page) trail.unshift(page);
    }
    return trail;
  }
}
