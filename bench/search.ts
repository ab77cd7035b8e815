/**
 * Search benchmark (not a test): `npm run bench:search [-- N [RUNS]]`.
 *
 * Writes N synthetic articles (default 10,000) to a temporary folder and
 * loads them once with the content core (cold: this fills the content cache,
 * as `next build` does). Then, RUNS times (default 3), a fresh process does
 * what a server does when it starts — load the content (warm, from the cache)
 * and build the search index — and times 200 varied queries in-process, and
 * reports its resident memory. Prints the medians and writes every figure as
 * JSON to bench-results/search.json.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { buildContentIndex, type StoreOptions } from "../lib/content/store";
import { parseQuery } from "../lib/search/query";
import { tempCorpus } from "./server";

const BASE_QUERIES = [
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

/** 200 queries: each base query whole, in NFD, with its last word half-typed, and in upper case. */
function queries(): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < 200; i++) {
    const q = BASE_QUERIES[i % BASE_QUERIES.length]!;
    const variants = [q, q.normalize("NFD"), q.slice(0, Math.max(2, q.length - 3)), q.toUpperCase()];
    out.push(variants[Math.floor(i / BASE_QUERIES.length) % variants.length]!);
  }
  return out;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Measure {
  loadMs: number;
  indexBuildMs: number;
  residentMemoryMB: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  queriesWithResults: number;
  slowest: string[];
}

/** One server-like process: warm load, index build, queries, memory. */
function measure(options: StoreOptions): Measure {
  let t = performance.now();
  const content = buildContentIndex(options);
  const loadMs = performance.now() - t;
  t = performance.now();
  const search = content.search();
  const indexBuildMs = performance.now() - t;

  const list = queries();
  const times: [string, number][] = [];
  let found = 0;
  // Each query is answered once: no warm-up, no repeats (a repeat would only measure the CPU's caches).
  for (const q of list) {
    const start = performance.now();
    const r = search.search(parseQuery(q), { limit: 12 });
    times.push([q, performance.now() - start]);
    found += r.total > 0 ? 1 : 0;
  }
  global.gc?.();
  const residentMemoryMB = mb(process.memoryUsage().rss);
  const sorted = times.map(([, ms]) => ms).sort((a, b) => a - b);
  const pct = (p: number) =>
    Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
  return {
    loadMs: Math.round(loadMs),
    indexBuildMs: Math.round(indexBuildMs),
    residentMemoryMB,
    p50Ms: pct(50),
    p95Ms: pct(95),
    maxMs: pct(100),
    queriesWithResults: found,
    slowest: [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([q, ms]) => `${q} (${ms.toFixed(1)} ms)`),
  };
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "--child") {
  process.stdout.write(JSON.stringify(measure(JSON.parse(args[0]!) as StoreOptions)));
} else {
  const count = Number(mode ?? 10_000);
  const runs = Number(args[0] ?? 3);
  const corpus = tempCorpus(count, "search");
  const { options } = corpus;
  try {
    const t = performance.now();
    buildContentIndex(options);
    const coldLoadMs = Math.round(performance.now() - t);

    const self = fileURLToPath(import.meta.url);
    const measures: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(
        process.execPath,
        ["--expose-gc", "--import", "tsx", self, "--child", JSON.stringify(options)],
        {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        },
      );
      measures.push(JSON.parse(out) as Measure);
    }
    const pick = (key: keyof Omit<Measure, "slowest">) => median(measures.map((m) => m[key]));
    const result = {
      articles: count,
      runs,
      coldLoadMs,
      warmLoadMs: pick("loadMs"),
      indexBuildMs: pick("indexBuildMs"),
      residentMemoryMB: pick("residentMemoryMB"),
      queries: queries().length,
      queriesWithResults: pick("queriesWithResults"),
      p50Ms: pick("p50Ms"),
      p95Ms: pick("p95Ms"),
      maxMs: pick("maxMs"),
      node: process.version,
      cpus: os.cpus().length,
    };
    console.table(result);
    console.log("Slowest queries (last run):", measures.at(-1)!.slowest.join("; "));
    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync("bench-results/search.json", JSON.stringify({ ...result, measures }, null, 2));
  } finally {
    corpus.remove();
  }
}
