/**
 * What article HTML may contain: GitHub's default sanitizing schema (the one
 * remark-html applies; it has tables, `del` and cell alignment), extended only
 * with what the site needs: figures with captions, image dimensions and loading
 * hints, a table's scrolling region (lib/markdown/remark-table-region.ts) and a gallery's grid (remark-gallery.ts).
 */
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { GALLERY_CLASS } from "./remark-gallery";
import { ALIGN_CLASSES, TABLE_REGION_CLASS } from "./remark-table-region";

const alignClass = ["className", ...Object.values(ALIGN_CLASSES)] as [string, ...string[]];

const defaultImg = defaultSchema.attributes?.img ?? [];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...defaultImg, "width", "height", ["loading", "lazy"], ["decoding", "async"]],
    div: [
      ...(defaultSchema.attributes?.div ?? []),
      ["className", TABLE_REGION_CLASS, GALLERY_CLASS],
      ["role", "region"],
      "ariaLabel",
      ["tabIndex", 0, "0"],
    ],
    td: [alignClass],
    th: [alignClass],
  },
};
