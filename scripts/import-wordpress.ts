/**
 * `npm run import:wordpress -- <export.xml> --uploads <folder> [--documents-category <slug>] [--dry-run] [--force]`:
 * bring a WordPress site's posts, pages, menu and (from the category named) documents in (lib/wordpress/import.ts).
 * Writes into CONTENT_DIR (default content/) and PUBLIC_DIR (default public/) and ends with the report
 * (lib/wordpress/report.ts): the counts, then every problem with what to do. Exit status 1 when the export cannot
 * be read, is not a WXR, or holds nothing to import (nothing is written then); 2 for wrong usage.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentError } from "../lib/content/problems";
import { importWordpress } from "../lib/wordpress/import";
import { reportLines } from "../lib/wordpress/report";
import { viImport } from "../lib/wordpress/vi";
import { WxrError, wxrFile } from "../lib/wordpress/wxr";

const { values, positionals } = parseArgs({
  options: {
    uploads: { type: "string" },
    "documents-category": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
if (positionals.length !== 1 || !values.uploads) {
  console.error(viImport.usage);
  process.exit(2);
}
const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? "public");
const [exportFile] = positionals as [string];
const uploadsDir = path.resolve(values.uploads);
try {
  for (const required of [exportFile, uploadsDir])
    if (!fs.existsSync(required)) throw Object.assign(new Error(), { code: "ENOENT", path: required });
  const dryRun = values["dry-run"];
  const report = await importWordpress({
    source: wxrFile(exportFile),
    uploadsDir,
    contentDir,
    publicDir,
    dryRun,
    force: values.force,
    documentsCategory: values["documents-category"],
  });
  const where = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));
  for (const line of reportLines(report, { dryRun, where })) console.log(line);
  if (!report.articles.length && !report.documents.length && !report.pages.length) {
    console.error(viImport.nothingToImport);
    process.exitCode = 1;
  } else console.log(viImport.next);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "ENOENT")
    console.error(viImport.notFound(String((error as NodeJS.ErrnoException).path)));
  else if (error instanceof WxrError || error instanceof ContentError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}
