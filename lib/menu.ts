/**
 * The header's menu (`menu` in site.yml), resolved against the content: each item's address and words — a page's or
 * category's own name when the item gives none — and whether it leaves the site. Without a `menu`, null: the header
 * lists the categories, as it always has.
 */
import type { ContentIndex } from "./content/content-index";
import type { MenuItem } from "./content/site-schema";
import { vi } from "./i18n/vi";
import { routes } from "./routes";

export interface MenuEntry {
  title: string;
  /** Null for a heading that only opens its children. */
  href: string | null;
  /** An address of another site: opened in the same tab, marked as leaving this one. */
  external: boolean;
  children: MenuEntry[];
}

function entry(content: ContentIndex, item: Omit<MenuItem, "children">): MenuEntry {
  const page = item.page !== undefined ? content.pages.get(item.page) : null;
  const category = item.category !== undefined ? content.category(item.category) : null;
  const documentType =
    typeof item.documents === "string"
      ? content.site.documentTypes.find((t) => t.slug === item.documents)
      : null;
  const href =
    item.page ??
    (item.category !== undefined ? routes.category(item.category) : null) ??
    (item.documents !== undefined
      ? routes.documents(documentType ? { type: documentType.slug } : {})
      : null) ??
    (item.archive ? routes.archive() : null) ??
    item.url ??
    null;
  const title = item.title ?? page?.title ?? category?.name ?? documentType?.name ?? vi.documentsTitle;
  return { title, href, external: item.url !== undefined, children: [] };
}

export function resolveMenu(content: ContentIndex): MenuEntry[] | null {
  const { menu } = content.site;
  if (!menu) return null;
  return menu.map((item) => ({
    ...entry(content, item),
    children: (item.children ?? []).map((child) => entry(content, child)),
  }));
}
