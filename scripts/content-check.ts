/** `npm run content:check`: validate every article with the site's own core; exit 1 on errors. */
import { checkContent } from "../lib/content/check";
import { storeOptionsFromEnv } from "../lib/content/store";

const started = performance.now();
const report = checkContent(storeOptionsFromEnv());
for (const line of report.lines) console.log(line);
console.log(`(${report.articles} bài, ${Math.round(performance.now() - started)} ms)`);
process.exit(report.exitCode);
