/**
 * `npm run content:check`: validate every article with the site's own core; exit 1 on errors. With `--json`, the
 * report is one JSON object on standard output (`articles`, `errors`, `warnings`: file, line, field, message), for
 * the publisher (lib/publish).
 */
import { checkContent } from "../lib/content/check";
import { storeOptionsFromEnv } from "../lib/content/store";

const started = performance.now();
const report = checkContent(storeOptionsFromEnv());
if (process.argv.includes("--json")) {
  const { articles, errors, warnings } = report;
  console.log(JSON.stringify({ articles, errors, warnings }));
  process.exit(report.exitCode);
}
for (const line of report.lines) console.log(line);
console.log(`(${report.articles} bài, ${Math.round(performance.now() - started)} ms)`);
process.exit(report.exitCode);
