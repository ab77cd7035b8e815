/**
 * A WordPress site's pages (`post_type` page) as pages of content/pages/: each keeps its parents as folders, its
 * order (`menu_order`) and its text. A page's address is its slugs from the top (`/gioi-thieu/lich-su`); a page
 * with children is the `index.md` of its folder. A top-level slug the site's own routes take (`van-ban`,
 * `tim-kiem`…) gets `-trang` added, and is reported; two siblings with one slug get `-2`.
 */
import { RESERVED_SEGMENTS } from "../route-paths";
import { slugify } from "../text";
import type { WxrItem } from "./wxr";

export interface ImportedPage {
  id: number;
  /** Its address: `/gioi-thieu/lich-su`. */
  path: string;
  /** Its file under the content folder: `pages/gioi-thieu/lich-su.md`, or `…/index.md` when it has children. */
  file: string;
  title: string;
  summary?: string;
  order?: number;
  updated?: Date;
  draft: boolean;
  /** The slug it would have had, when the site's routes take it. */
  renamedFrom?: string;
}

const SKIPPED_STATUSES = new Set(["trash", "auto-draft", "inherit"]);
const DRAFT_STATUSES = new Set(["draft", "pending", "private", "future"]);

export function importedPages(items: readonly WxrItem[]): ImportedPage[] {
  const pages = items.filter((item) => item.type === "page" && !SKIPPED_STATUSES.has(item.status));
  const byId = new Map(pages.map((page) => [page.id, page]));
  const hasChildren = new Set(pages.map((page) => page.parent).filter((parent) => byId.has(parent)));
  const slugs = new Map<number, string>();
  const renamed = new Map<number, string>();
  // Each page's own slug, unique among its siblings, in the export's order (WordPress keeps them unique too).
  const siblings = new Map<number, Set<string>>();
  for (const page of pages) {
    const parent = byId.has(page.parent) ? page.parent : 0;
    const taken = siblings.get(parent) ?? new Set<string>();
    siblings.set(parent, taken);
    let slug = slugify(page.name || page.title) || `trang-${page.id}`;
    if (parent === 0 && RESERVED_SEGMENTS.has(slug)) {
      renamed.set(page.id, slug);
      slug = `${slug}-trang`;
    }
    const base = slug;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(page.id, slug);
  }
  const pathOf = (page: WxrItem): string[] => {
    const trail: string[] = [];
    const seen = new Set<number>();
    for (let at: WxrItem | undefined = page; at && !seen.has(at.id); at = byId.get(at.parent)) {
      seen.add(at.id);
      trail.unshift(slugs.get(at.id)!);
    }
    return trail;
  };
  return pages.map((page): ImportedPage => {
    const segments = pathOf(page);
    const file = hasChildren.has(page.id)
      ? ["pages", ...segments, "index.md"].join("/")
      : `${["pages", ...segments].join("/")}.md`;
    return {
      id: page.id,
      path: `/${segments.join("/")}`,
      file,
      title: page.title.trim(),
      ...(page.excerpt ? { summary: page.excerpt } : {}),
      ...(page.order ? { order: page.order } : {}),
      ...(page.modified ? { updated: page.modified } : {}),
      draft: DRAFT_STATUSES.has(page.status) || page.password !== "",
      ...(renamed.has(page.id) ? { renamedFrom: renamed.get(page.id) } : {}),
    };
  });
}
