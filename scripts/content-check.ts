/**
 * `npm run content:check`: validate every article with the site's own core; exit 1 on errors. With `--json`, the
 * report is one JSON object on standard output (`articles`; `errors`, each with file, line, field and message;
 * the number of `warnings`), for the publisher (lib/publish).
 */
import { checkContent } from "../lib/content/check";
import { storeOptionsFromEnv } from "../lib/content/store";

const started = performance.now();
const report = checkContent(storeOptionsFromEnv());
// The exit status is set, not forced: `process.exit` would cut off what is still being written to a pipe.
process.exitCode = report.exitCode;
if (process.argv.includes("--json")) {
  const { articles, errors, warnings } = report;
  console.log(JSON.stringify({ articles, errors, warnings: warnings.length }));
} else {
  for (const line of report.lines) console.log(line);
  console.log(`(${report.articles} bài, ${Math.round(performance.now() - started)} ms)`);
}
