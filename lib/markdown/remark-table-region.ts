/**
 * remark plugin: each table (GFM, remark-gfm) is wrapped in a region of its own —
 * `<div class="bang-cuon" role="region" aria-label="Bảng: …" tabindex="0">` — so that on a phone a wide table
 * scrolls inside it, by touch or by keyboard, and never widens the page (WCAG 1.4.10); the label names the table by
 * its header cells. In print the region is shown whole (components/ArticleBody.css). A column's alignment
 * (`:---:`) is a class on its cells (`can-giua`…), not the `align` attribute, which HTML no longer has.
 */
import type { Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { vi } from "../i18n/vi";

export const TABLE_REGION_CLASS = "bang-cuon";
export const ALIGN_CLASSES = { left: "can-trai", center: "can-giua", right: "can-phai" } as const;

/** An mdast node rendered as this element by mdast-util-to-hast. */
interface RegionNode {
  type: "tableRegion";
  data: { hName: "div"; hProperties: Record<string, string | number | string[]> };
  children: RootContent[];
}

/** The table's name: its header cells' words, shortened. */
export function tableLabel(table: Table): string {
  const header = table.children[0];
  const cells = (header?.children ?? []).map((cell) => toString(cell).trim()).filter(Boolean);
  const words = cells.join(", ");
  return vi.tableLabel(words.length > 120 ? `${words.slice(0, 119)}…` : words);
}

export default function remarkTableRegion() {
  return (tree: Root) => {
    visit(tree, "table", (table, index, parent) => {
      if (!parent || index === undefined) return;
      const align = table.align ?? [];
      table.align = null;
      for (const row of table.children)
        row.children.forEach((cell, i) => {
          const side = align[i];
          if (side) cell.data = { ...cell.data, hProperties: { className: [ALIGN_CLASSES[side]] } };
        });
      const region: RegionNode = {
        type: "tableRegion",
        data: {
          hName: "div",
          hProperties: {
            className: [TABLE_REGION_CLASS],
            role: "region",
            ariaLabel: tableLabel(table),
            tabIndex: 0,
          },
        },
        children: [table],
      };
      parent.children[index] = region as unknown as RootContent;
      return "skip";
    });
  };
}
