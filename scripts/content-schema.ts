/** `npm run content:schema`: write docs/front-matter.schema.json from the zod schema and site.yml's categories. */
import fs from "node:fs";
import { frontMatterJsonSchema } from "../lib/content/json-schema";
import { loadContent } from "../lib/content/load";
import { storeOptionsFromEnv } from "../lib/content/store";

export const SCHEMA_FILE = "docs/front-matter.schema.json";

const { site } = loadContent(storeOptionsFromEnv());
if (!site) {
  console.error("content/site.yml đang có lỗi: chạy npm run content:check để xem.");
  process.exit(1);
}
fs.writeFileSync(
  SCHEMA_FILE,
  `${JSON.stringify(frontMatterJsonSchema(site.categories.map((c) => c.slug)), null, 2)}\n`,
);
console.log(`Đã ghi ${SCHEMA_FILE}`);
