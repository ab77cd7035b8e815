/**
 * The committee's whole site against its news alone (issue 24's targets; not part of `npm test`):
 * `npm run bench:kinds [-- --runs=3 --seconds=8]`.
 *
 * Two synthetic corpora (scripts/demo-corpus.ts), the same 10,000 articles in both: A alone, B with 2,000 documents
 * (each with one file) and 50 pages. Measured side by side, A then B in each run, medians of RUNS:
 *  - loading and indexing the content in a fresh process, with an empty content cache (cold) and a full one (warm);
 *  - `next build` with a warm content cache (a rebuild, as after an editor's commit), and its peak memory;
 *  - with B's build served: the article page and the document library filtered (`?loai=…&nam=…`), each at 32
 *    connections (autocannon): requests/s and p99;
 *  - search over all three kinds in one process: p50/p95 of 200 different queries (numbers, types, topics), each
 *    asked once.
 * Prints the table and writes bench-results/kinds.json. Traffic goes to 127.0.0.1 only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildContentIndex, type StoreOptions } from "../lib/content/store";
import { routes } from "../lib/routes";
import { parseQuery } from "../lib/search/query";
import { writeDemoCorpus } from "../scripts/demo-corpus";
import { loadTest, median, NEXT, startServer, timeCommand } from "./server";

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === "--child-load") {
  const options = JSON.parse(process.argv[3]!) as StoreOptions;
  const start = performance.now();
  const content = buildContentIndex(options);
  content.search();
  process.stdout.write(
    JSON.stringify({ ms: performance.now() - start, rssMB: Math.round(process.memoryUsage().rss / 1e6) }),
  );
  process.exit(0);
}

const RUNS = Number(option("runs", "3"));
const SECONDS = Number(option("seconds", "8"));
const PORT = 3196;
const ARTICLES = 10_000;

interface Corpus {
  name: string;
  options: StoreOptions;
  dist: string;
  env: Record<string, string>;
}

function corpus(name: string, documents: number, pages: number): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-kinds-${name}-`));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-kinds-cache-${name}-`));
  writeDemoCorpus(dir, ARTICLES, { documents, pages });
  // One build folder for both, built in turn (A, then B): B's last build is the one served. Its name is the one
  // tsconfig.json already lists, so a build does not rewrite that file.
  const dist = ".next-bench";
  return {
    name,
    options: { contentDir: dir, publicDir: path.resolve("public"), cacheDir, includeDrafts: false },
    dist,
    env: { CONTENT_DIR: dir, CONTENT_CACHE_DIR: cacheDir, NEXT_DIST_DIR: dist },
  };
}

function loadOnce(options: StoreOptions): { ms: number; rssMB: number } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", self, "--child-load", JSON.stringify(options)],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(out) as { ms: number; rssMB: number };
}

const corpora = [corpus("A", 0, 0), corpus("B", 2_000, 50)];
const figures = new Map<string, Record<string, number[]>>(corpora.map((c) => [c.name, {}]));
const add = (c: Corpus, key: string, value: number) => (figures.get(c.name)![key] ??= []).push(value);

for (let run = 0; run < RUNS; run++) {
  for (const c of corpora) {
    fs.rmSync(c.options.cacheDir!, { recursive: true, force: true });
    add(c, "loadColdMs", loadOnce(c.options).ms);
    const warm = loadOnce(c.options);
    add(c, "loadWarmMs", warm.ms);
    add(c, "loadWarmRssMB", warm.rssMB);
    fs.rmSync(c.dist, { recursive: true, force: true });
    const build = await timeCommand(NEXT[0], [NEXT[1], "build"], c.env);
    if (build.code !== 0) throw new Error(`next build failed:\n${build.output}`);
    add(c, "buildMs", build.ms);
    add(c, "buildPeakMB", build.peakMB);
    console.log(
      `run ${run + 1}, ${c.name}: load ${Math.round(warm.ms)} ms warm, build ${Math.round(build.ms)} ms`,
    );
  }
}

// Serving, with B's build: an article against the filtered document library.
const b = corpora[1]!;
const content = buildContentIndex(b.options);
const server = await startServer(PORT, b.env);
let serving: Record<string, unknown> = {};
try {
  const article = `${server.base}${routes.article(content.latest().at(500)!.slug)}`;
  const library = `${server.base}${routes.documents({ type: "ke-hoach", year: 2026 })}`;
  const articleLoad = await loadTest(article, { runs: RUNS, seconds: SECONDS });
  const libraryLoad = await loadTest(library, { runs: RUNS, seconds: SECONDS });
  serving = {
    article: articleLoad,
    documentsFiltered: libraryLoad,
    libraryShareOfArticle: Number((libraryLoad.requestsPerSecond / articleLoad.requestsPerSecond).toFixed(2)),
  };
} finally {
  server.stop();
}

// Search over all kinds: 200 different queries, each once.
const search = content.search();
const documents = content.documents.all;
const queries = [
  ...documents.slice(0, 60).map((d) => d.number),
  ...documents.slice(60, 120).map((d) => d.number.replace(/[-/]/g, " ").toLowerCase()),
  ...documents.slice(120, 160).map((d) => `${d.type.name} ${d.number.split("-")[0]}`),
  ...content
    .latest()
    .slice(0, 40)
    .map((a) => a.title.split(" ").slice(0, 3).join(" ")),
];
const times = queries.map((q) => {
  const start = performance.now();
  search.search(parseQuery(q), { limit: 12 });
  return performance.now() - start;
});
times.sort((x, y) => x - y);
const pct = (p: number) =>
  Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2));

const summary = Object.fromEntries(
  [...figures].map(([name, values]) => [
    name,
    Object.fromEntries(Object.entries(values).map(([key, list]) => [key, Math.round(median(list))])),
  ]),
);
const a = summary.A!;
const bFig = summary.B!;
const result = {
  runs: RUNS,
  corpora: { A: `${ARTICLES} articles`, B: `${ARTICLES} articles, 2000 documents, 50 pages` },
  ...summary,
  ratios: {
    loadCold: Number((bFig.loadColdMs! / a.loadColdMs!).toFixed(2)),
    loadWarm: Number((bFig.loadWarmMs! / a.loadWarmMs!).toFixed(2)),
    build: Number((bFig.buildMs! / a.buildMs!).toFixed(2)),
  },
  serving,
  search: { queries: queries.length, p50Ms: pct(50), p95Ms: pct(95), maxMs: pct(100) },
};
console.log(JSON.stringify(result, null, 2));
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync("bench-results/kinds.json", JSON.stringify(result, null, 2));
for (const c of corpora) {
  fs.rmSync(c.dist, { recursive: true, force: true });
  fs.rmSync(c.options.contentDir, { recursive: true, force: true });
  fs.rmSync(c.options.cacheDir!, { recursive: true, force: true });
}
