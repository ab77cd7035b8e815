/**
 * HTML validity of every kind of reader page, by the W3C's Nu HTML Checker (vnu, Java; fetched by npx from the npm
 * registry on first use): `npm run build && npm run bench:validate`. Not part of `npm test` (it needs Java).
 *
 * Starts the site's server with the sample content, saves each page's HTML, and runs `vnu --errors-only` over them;
 * prints the errors per page (none is the target) and writes bench-results/validate.json.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "./server";

const PORT = 3195;
const PAGES = [
  "/",
  "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo",
  "/chuyen-muc/dan-van",
  "/luu-tru",
  "/tim-kiem?q=ngh%E1%BB%8B+quy%E1%BA%BFt+15",
  "/gioi-thieu",
  "/gioi-thieu/ban-thuong-vu",
  "/lien-he",
  "/english",
  "/van-ban",
  "/van-ban?loai=ke-hoach",
  "/van-ban/ke-hoach-42-kh-hu",
  "/van-ban/nghi-quyet-15-nq-hu",
  "/khong-co-trang-nay",
];

const server = await startServer(PORT);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
const files = new Map<string, string>();
try {
  for (const [i, page] of PAGES.entries()) {
    const html = await (await fetch(`${server.base}${page}`)).text();
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, html);
    files.set(`file:${file}`, page);
  }
} finally {
  server.stop();
}
let report: { messages: { url: string; type: string; message: string; lastLine?: number }[] };
try {
  const out = execFileSync(
    "npx",
    ["--yes", "-p", "vnu-jar", "vnu", "--errors-only", "--format", "json", ...files.keys()].map((a) =>
      a.replace(/^file:/, ""),
    ),
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  report = JSON.parse(out || '{"messages":[]}');
} catch (error) {
  // vnu exits 1 when it found errors, writing its report to standard error.
  const stderr = (error as { stderr?: string }).stderr ?? "";
  report = JSON.parse(stderr || '{"messages":[]}');
}
const byPage = Object.fromEntries(PAGES.map((page) => [page, [] as string[]]));
for (const message of report.messages) {
  const page = files.get(message.url) ?? message.url;
  byPage[page]?.push(`${message.lastLine ?? "?"}: ${message.message}`);
}
const result = { checker: "vnu (npm vnu-jar)", pages: PAGES.length, errors: report.messages.length, byPage };
console.log(JSON.stringify(result, null, 2));
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/validate.json", JSON.stringify(result, null, 2));
fs.rmSync(dir, { recursive: true, force: true });
process.exit(result.errors ? 1 : 0);
