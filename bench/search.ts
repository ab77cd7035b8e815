/**
 * Search benchmark (not a test): `npm run bench:search [-- N]`.
 * Writes N synthetic articles (default 10,000) to a temporary folder, loads
 * them with the content core, builds the search index, and times 200 varied
 * queries in-process. Prints the figures and writes them as JSON to
 * bench-results/search.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildContentIndex } from "../lib/content/store";
import { parseQuery } from "../lib/search/query";
import { writeDemoCorpus } from "../scripts/demo-corpus";

const count = Number(process.argv[2] ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
writeDemoCorpus(dir, count);

const mb = (bytes: number) => Math.round(bytes / 1e6);
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cache-"));
const options = { contentDir: dir, publicDir: path.resolve("public"), cacheDir, includeDrafts: false };
let t = performance.now();
buildContentIndex(options);
const coldLoadMs = performance.now() - t;
global.gc?.();
const rssStart = process.memoryUsage().rss;
t = performance.now();
// What a server process does at start: load (from the content cache) and index.
const content = buildContentIndex(options);
const loadMs = performance.now() - t;
t = performance.now();
const search = content.search();
const buildMs = performance.now() - t;
global.gc?.();
const rssAfter = process.memoryUsage().rss;

const base = [
  "dân vận khéo",
  "dan van kheo",
  "nông thôn mới",
  "nong thon moi",
  "chuyển đổi số",
  "chuyen doi so",
  "cải cách hành chính",
  "giảm nghèo bền vững",
  "an ninh",
  "đường",
  "duong",
  "văn hoá",
  "văn hóa",
  "thanh niên",
  "phụ nữ xã",
  "hội nghị tổng kết",
  "hoi nghi",
  "tập huấn",
  "tư tưởng đạo đức phong cách hồ chí minh",
  "thiên tai",
  "kinh tế đồi rừng",
  "bảo tồn văn hóa dân tộc tày",
  "ban thường vụ",
  "khuyen hoc",
  "xyz không có",
];
const queries: string[] = [];
for (let i = 0; queries.length < 200; i++) {
  const q = base[i % base.length]!;
  // Vary: whole, NFD, half-typed last word, upper case.
  const variant = [q, q.normalize("NFD"), q.slice(0, Math.max(2, q.length - 3)), q.toUpperCase()][
    Math.floor(i / base.length) % 4
  ]!;
  queries.push(variant);
}
for (const q of queries.slice(0, 20)) search.search(parseQuery(q)); // warm up
const times: number[] = [];
const slowest: [string, number][] = [];
let found = 0;
for (const q of queries) {
  const start = performance.now();
  const r = search.search(parseQuery(q), { limit: 12 });
  const ms = performance.now() - start;
  times.push(ms);
  slowest.push([q, ms]);
  found += r.total > 0 ? 1 : 0;
}
slowest.sort((a, b) => b[1] - a[1]);
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

const result = {
  articles: count,
  coldLoadAndIndexMs: Math.round(coldLoadMs),
  warmLoadAndIndexMs: Math.round(loadMs),
  searchIndexBuildMs: Math.round(buildMs),
  residentMemoryMB: mb(rssAfter),
  residentMemoryGrowthMB: mb(rssAfter - rssStart),
  queries: queries.length,
  queriesWithResults: found,
  p50Ms: Number(pct(50).toFixed(2)),
  p95Ms: Number(pct(95).toFixed(2)),
  maxMs: Number(times.at(-1)!.toFixed(2)),
  node: process.version,
  cpus: os.cpus().length,
};
console.table(result);
console.log(
  "Slowest queries:",
  slowest
    .slice(0, 5)
    .map(([q, ms]) => `${q} (${ms.toFixed(1)} ms)`)
    .join("; "),
);
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/search.json", JSON.stringify(result, null, 2));
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(cacheDir, { recursive: true, force: true });
