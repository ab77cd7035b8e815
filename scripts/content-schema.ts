/**
 * `npm run content:schema`: write the JSON Schemas of the front matter of each kind from their zod schemas and
 * site.yml's lists: docs/front-matter.schema.json (articles), docs/page.schema.json, docs/document.schema.json.
 */
import fs from "node:fs";
import { documentJsonSchema, frontMatterJsonSchema, pageJsonSchema } from "../lib/content/json-schema";
import { loadContent } from "../lib/content/load";
import { storeOptionsFromEnv } from "../lib/content/store";

export const SCHEMA_FILE = "docs/front-matter.schema.json";
export const PAGE_SCHEMA_FILE = "docs/page.schema.json";
export const DOCUMENT_SCHEMA_FILE = "docs/document.schema.json";

const { site } = loadContent(storeOptionsFromEnv());
if (!site) {
  console.error("content/site.yml đang có lỗi: chạy npm run content:check để xem.");
  process.exit(1);
}
const slugs = (list: readonly { slug: string }[]) => list.map((entry) => entry.slug);
for (const [file, schema] of [
  [SCHEMA_FILE, frontMatterJsonSchema(slugs(site.categories))],
  [PAGE_SCHEMA_FILE, pageJsonSchema()],
  [DOCUMENT_SCHEMA_FILE, documentJsonSchema(slugs(site.documentTypes), slugs(site.issuers))],
] as const) {
  fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Đã ghi ${file}`);
}
