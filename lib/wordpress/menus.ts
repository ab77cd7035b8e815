/**
 * A WordPress site's menu (`nav_menu_item`s) as the site's `menu` in site.yml: the old site's main menu (the one
 * with the most items), in its order, one level of children (deeper ones become children of their top item).
 * Each item points where its target now is: an imported page (`page:`), a category (`category:`), another site
 * (`url:`, https only); a custom item without an address that opens others is a heading; an item to a post, an
 * unknown page or a plain-http address has no place in the menu and is reported. Merged into site.yml: a menu written by hand is never changed; an imported item already there (same
 * target) is not added again, so a second run changes nothing.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap, YAMLSeq } from "yaml";
import type { ImportedPage } from "./pages";
import { addProblem, type ImportReport } from "./report";
import { viImport } from "./vi";
import type { WxrItem } from "./wxr";

export const MENU_META = [
  "_menu_item_type",
  "_menu_item_object",
  "_menu_item_object_id",
  "_menu_item_url",
  "_menu_item_menu_item_parent",
];

export interface MenuEntry {
  title: string;
  page?: string;
  category?: string;
  /** The document library. */
  documents?: true;
  url?: string;
  children?: MenuEntry[];
}

export interface MenuOmission {
  id: number;
  title: string;
  /** What the item pointed at. */
  target: string;
}

type Target = Pick<MenuEntry, "page" | "category" | "documents" | "url">;

export interface MenuContext {
  /** The imported pages, by their WordPress id. */
  pages: ReadonlyMap<number, ImportedPage>;
  /** Categories by WordPress term id, as the site now names them (slug). */
  categories: ReadonlyMap<number, string>;
  /** The documents' category (`--documents-category`), by WordPress term id, when documents came from it. */
  documentsCategory?: number;
  /** The old site's address (a custom link to it is a link inside the site). */
  siteUrl: string;
  /** Where an old address now lives, for custom links to the old site. */
  oldAddress: (url: string) => string | null;
}

export function importedMenu(items: readonly WxrItem[], context: MenuContext) {
  const menuItems = items.filter((item) => item.type === "nav_menu_item");
  const byMenu = new Map<string, WxrItem[]>();
  for (const item of menuItems) {
    const menu = item.terms.find((term) => term.domain === "nav_menu")?.slug ?? "";
    byMenu.set(menu, [...(byMenu.get(menu) ?? []), item]);
  }
  const main = [...byMenu.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const byId = new Map(main.map((item) => [item.id, item]));
  const omitted: MenuOmission[] = [];

  const targetOf = (item: WxrItem): Target | null | "home" => {
    const type = item.meta.get("_menu_item_type");
    const object = item.meta.get("_menu_item_object");
    const objectId = Number(item.meta.get("_menu_item_object_id"));
    if (type === "post_type" && object === "page") {
      const page = context.pages.get(objectId);
      return page && !page.draft ? { page: page.path } : null;
    }
    if (type === "taxonomy" && object === "category") {
      if (objectId === context.documentsCategory) return { documents: true };
      const category = context.categories.get(objectId);
      return category ? { category } : null;
    }
    if (type === "custom") {
      const url = (item.meta.get("_menu_item_url") ?? "").trim();
      const inside = url.startsWith("/") || url.startsWith(context.siteUrl);
      if (inside) {
        const path = url.startsWith("/") ? url : url.slice(context.siteUrl.length) || "/";
        if (path === "/" || path === "") return "home";
        const now = context.oldAddress(path);
        const page = now && [...context.pages.values()].find((p) => p.path === now);
        if (page) return { page: page.path };
        const category = now && /^\/chuyen-muc\/([^/]+)$/.exec(now)?.[1];
        return category ? { category } : null;
      }
      return /^https:\/\//.test(url) ? { url } : null;
    }
    return null;
  };

  const entryOf = (item: WxrItem): MenuEntry | null | "home" => {
    const target = targetOf(item);
    if (target === "home") return "home";
    if (!target) {
      const object = item.meta.get("_menu_item_object") ?? "";
      const url = item.meta.get("_menu_item_url") ?? "";
      omitted.push({
        id: item.id,
        title: item.title,
        target: url || `${object} ${item.meta.get("_menu_item_object_id") ?? ""}`.trim() || "?",
      });
      return null;
    }
    const title =
      item.title.trim() ||
      (target.page ? [...context.pages.values()].find((p) => p.path === target.page)?.title : "") ||
      "";
    return {
      ...(title
        ? { title }
        : {
            title: target.documents
              ? viImport.documentsMenu
              : (target.url ?? target.page ?? target.category ?? ""),
          }),
      ...target,
    };
  };

  /** The top-level item an item belongs under. */
  const topOf = (item: WxrItem): WxrItem => {
    let at = item;
    const seen = new Set<number>();
    for (;;) {
      const parent = byId.get(Number(at.meta.get("_menu_item_menu_item_parent") ?? 0));
      if (!parent || seen.has(parent.id)) return at;
      seen.add(at.id);
      at = parent;
    }
  };

  const ordered = [...main].sort((a, b) => a.order - b.order || a.id - b.id);
  const entries: MenuEntry[] = [];
  const entryFor = new Map<number, MenuEntry>();
  // A custom item without an address (`#`) that opens others is a heading: its children, no target of its own.
  const parents = new Set(main.map((item) => Number(item.meta.get("_menu_item_menu_item_parent") ?? 0)));
  const heading = (item: WxrItem) =>
    item.meta.get("_menu_item_type") === "custom" &&
    ["", "#"].includes((item.meta.get("_menu_item_url") ?? "").trim()) &&
    parents.has(item.id) &&
    item.title.trim() !== "";
  for (const item of ordered) {
    const top = topOf(item);
    if (top !== item) continue;
    if (heading(item)) {
      const entry: MenuEntry = { title: item.title.trim(), children: [] };
      entries.push(entry);
      entryFor.set(item.id, entry);
      continue;
    }
    const entry = entryOf(item);
    if (entry === "home" || entry === null) continue;
    entries.push(entry);
    entryFor.set(item.id, entry);
  }
  for (const item of ordered) {
    const top = topOf(item);
    if (top === item) continue;
    const parent = entryFor.get(top.id);
    const entry = entryOf(item);
    if (!parent || entry === "home" || entry === null) continue;
    (parent.children ??= []).push(entry);
  }
  // A heading whose children all had no place in the menu goes too.
  return {
    entries: entries.filter(
      (entry) => entry.page || entry.category || entry.documents || entry.url || entry.children?.length,
    ),
    omitted,
  };
}

/** A menu entry's target, as a key: two entries with one target are the same item. */
function targetKey(entry: {
  page?: unknown;
  category?: unknown;
  documents?: unknown;
  url?: unknown;
}): string {
  return JSON.stringify([
    entry.page ?? null,
    entry.category ?? null,
    entry.documents ?? null,
    entry.url ?? null,
  ]);
}

/**
 * site.yml with the imported menu merged in: set when it has none, else each entry whose target is not there yet
 * appended (the items written by hand are left as they are). Whether anything was added.
 */
export function mergeMenu(site: Document, entries: readonly MenuEntry[]): boolean {
  if (!entries.length) return false;
  let menu = site.get("menu");
  if (!isSeq(menu)) {
    menu = new YAMLSeq();
    site.set("menu", menu);
  }
  const seq = menu as YAMLSeq;
  const present = new Set(
    seq.items
      .filter(isMap)
      .map((item) =>
        targetKey(
          Object.fromEntries(
            (item as YAMLMap).items.map((pair) => [
              isScalar(pair.key) ? String(pair.key.value) : "",
              isScalar(pair.value) ? pair.value.value : null,
            ]),
          ),
        ),
      ),
  );
  let added = false;
  for (const entry of entries) {
    if (present.has(targetKey(entry))) continue;
    seq.add(site.createNode(entry));
    added = true;
  }
  return added;
}

/** The old site's menu into site.yml, its items left out reported; whether site.yml changed. */
export function importMenu(
  site: Document,
  report: ImportReport,
  items: readonly WxrItem[],
  context: MenuContext,
) {
  const menu = importedMenu(items, context);
  report.menu = menu.entries.length;
  for (const { id, title, target } of menu.omitted)
    addProblem(report, { id, title }, { kind: "menu-item", target });
  return mergeMenu(site, menu.entries);
}
