/**
 * What article HTML may contain: GitHub's default sanitizing schema (the one
 * remark-html applies), extended only with what the site needs: figures with
 * captions, and image dimensions and loading hints.
 */
import { defaultSchema, type Schema } from "hast-util-sanitize";

const defaultImg = defaultSchema.attributes?.img ?? [];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...defaultImg, "width", "height", ["loading", "lazy"], ["decoding", "async"]],
  },
};
