/**
 * `npm run publish -- <deploy-folder> [--rollback]`: publish the newest commit of the idle checkout's `origin`
 * branch, or switch back to the previous build (lib/publish/publish.ts; docs/deploy.md "Publishing").
 * Exit status: 0 published, nothing new, queued behind a running publication, or rolled back; 1 failed; 2 usage.
 */
import { parseArgs } from "node:util";
import { publish, rollback } from "../lib/publish/publish";

const { values, positionals } = parseArgs({
  options: { rollback: { type: "boolean", default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("Cách dùng: npm run publish -- <thư-mục-triển-khai> [--rollback]");
  process.exit(2);
}
const log = (line: string) => console.log(`xuất bản: ${line}`);
try {
  const outcome = await (values.rollback ? rollback : publish)(positionals[0]!, { log });
  process.exit(outcome === "failed" ? 1 : 0);
} catch (error) {
  console.error(`xuất bản: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
