/**
 * The benchmark suite (not a test): `npm run bench [-- --sizes=1000,10000 --runs=3 --seconds=8]`.
 *
 * For each size, writes the synthetic Vietnamese corpus (scripts/demo-corpus.ts) into a temporary folder
 * and measures, each figure the median of RUNS runs:
 *  - loading and indexing the content in a fresh process: cold (empty content cache) and warm; memory;
 *  - `next build`: wall time and peak memory of the process tree, cold (first build of the corpus, empty
 *    caches) and warm (a rebuild, as after an editor's commit);
 *  - the site's server (`npm start`) under load (autocannon, 32 connections; the article also at 64): requests/s, p50, p99,
 *    errors and non-2xx for an article, the home page, a category page and a search;
 *  - first-byte time of old articles never requested before (rendered on demand);
 *  - bytes over the wire (gzip) of an article page: HTML, CSS, JavaScript (the framework's runtime apart);
 *  - the server's resident memory after all that.
 * Prints a table per size and writes everything to bench-results/bench.json. Traffic goes to 127.0.0.1 only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import zlib from "node:zlib";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { buildContentIndex, type StoreOptions } from "../lib/content/store";
import { routes } from "../lib/routes";
import { loadTest, median, NEXT, rssMB, startServer, tempCorpus, timeCommand } from "./server";

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** Child mode: load and index the content once, print time and memory. */
if (process.argv[2] === "--child-load") {
  const options = JSON.parse(process.argv[3]!) as StoreOptions;
  const start = performance.now();
  const content = buildContentIndex(options);
  const ms = performance.now() - start;
  global.gc?.();
  process.stdout.write(
    JSON.stringify({ ms, rssMB: Math.round(process.memoryUsage().rss / 1e6), n: content.all.length }),
  );
  process.exit(0);
}

const SIZES = option("sizes", "1000,10000").split(",").map(Number);
const RUNS = Number(option("runs", "3"));
const SECONDS = Number(option("seconds", "8"));
const DIST = ".next-bench";
const PORT = 3197;
const self = fileURLToPath(import.meta.url);

function loadOnce(options: StoreOptions): { ms: number; rssMB: number } {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", self, "--child-load", JSON.stringify(options)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(out) as { ms: number; rssMB: number };
}

/** GET with gzip accepted: status, bytes on the wire, the decoded body, time to the first byte. */
function get(url: string): Promise<{ status: number; wireBytes: number; body: string; ttfbMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const ttfbMs = performance.now() - start;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
          resolve({
            status: res.statusCode ?? 0,
            wireBytes: raw.length,
            body: body.toString("utf8"),
            ttfbMs,
          });
        });
      })
      .on("error", reject);
  });
}

/**
 * The framework's script files for a page: its runtime (build manifest) and every chunk a framework module
 * needs (client reference manifest); the site's own scripts are the rest.
 */
function frameworkChunks(pageDir: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const chunks = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((f) => `/_next/${f}`));
  const file = path.join(DIST, "server", "app", pageDir, "page_client-reference-manifest.js");
  const sandbox = { globalThis: {} as Record<string, unknown>, self: {} };
  sandbox.self = sandbox.globalThis;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifests = sandbox.globalThis.__RSC_MANIFEST as Record<
    string,
    { entryJSFiles: Record<string, string[]> }
  >;
  for (const { entryJSFiles } of Object.values(manifests))
    for (const [module, files] of Object.entries(entryJSFiles))
      if (module.includes("/node_modules/")) for (const f of files) chunks.add(`/_next/${f}`);
  return chunks;
}

/** Gzipped bytes of an HTML page and the CSS and JavaScript it loads; JavaScript split into framework and site. */
async function pageWeight(base: string, pagePath: string, pageDir: string) {
  const framework = frameworkChunks(pageDir);
  const page = await get(base + pagePath);
  const css = new Set<string>();
  const js = new Set<string>();
  visit(fromHtml(page.body), "element", (node: Element) => {
    const { href, src, rel } = node.properties;
    if (node.tagName === "link" && String(rel).includes("stylesheet") && href) css.add(String(href));
    if (node.tagName === "script" && src && node.properties.noModule === undefined) js.add(String(src));
  });
  const bytes = async (urls: Iterable<string>) => {
    let total = 0;
    for (const url of urls) total += (await get(base + url)).wireBytes;
    return total;
  };
  const isFramework = (url: string) => framework.has(url.split("?")[0]!);
  return {
    htmlGzipBytes: page.wireBytes,
    htmlBytes: Buffer.byteLength(page.body),
    cssGzipBytes: await bytes(css),
    frameworkJsGzipBytes: await bytes([...js].filter(isFramework)),
    siteJsGzipBytes: await bytes([...js].filter((u) => !isFramework(u))),
    siteJsFiles: [...js].filter((u) => !isFramework(u)),
  };
}

async function benchSize(size: number) {
  const corpus = tempCorpus(size, `corpus-${size}`);
  const { dir, cacheDir, options } = corpus;
  const env = { CONTENT_DIR: dir, CONTENT_CACHE_DIR: cacheDir, NEXT_DIST_DIR: DIST };
  try {
    console.log(`\n${size} articles: content load`);
    const coldLoad = [];
    for (let i = 0; i < RUNS; i++) {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      coldLoad.push(loadOnce(options));
    }
    const warmLoad = [];
    for (let i = 0; i < RUNS; i++) warmLoad.push(loadOnce(options));

    console.log(`${size} articles: next build ×${2 * RUNS}`);
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      fs.rmSync(DIST, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
      const run = await timeCommand(NEXT[0], [NEXT[1], "build"], env);
      if (run.code !== 0) throw new Error(`next build failed:\n${run.output}`);
      cold.push(run);
    }
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await timeCommand(NEXT[0], [NEXT[1], "build"], env);
      if (run.code !== 0) throw new Error(`next build failed:\n${run.output}`);
      warm.push(run);
    }
    const prerendered = fs
      .readdirSync(path.join(DIST, "server", "app", "bai-viet"))
      .filter((f) => f.endsWith(".html")).length;

    console.log(`${size} articles: npm start under load`);
    const content = buildContentIndex(options);
    const latest = content.latest();
    const server = await startServer(PORT, env);
    try {
      const base = server.base;
      // Old articles, never requested: rendered on demand.
      const old = [0, 1, 2, 3, 4].map((i) => latest.at(latest.length - 1 - i * 7)!);
      const ttfb = [];
      for (const article of old) {
        const r = await get(base + routes.article(article.slug));
        if (r.status !== 200) throw new Error(`${article.slug}: ${r.status}`);
        ttfb.push(r.ttfbMs);
      }
      const article = routes.article(latest.at(3)!.slug);
      const category = routes.category(content.site.categories[0]!.slug);
      const search = `${routes.search()}?q=${encodeURIComponent("nông thôn mới")}`;
      const result = {
        articles: size,
        contentLoadColdMs: Math.round(median(coldLoad.map((r) => r.ms))),
        contentLoadWarmMs: Math.round(median(warmLoad.map((r) => r.ms))),
        contentLoadWarmRssMB: median(warmLoad.map((r) => r.rssMB)),
        buildColdMs: Math.round(median(cold.map((r) => r.ms))),
        buildColdPeakMB: median(cold.map((r) => r.peakMB)),
        buildWarmMs: Math.round(median(warm.map((r) => r.ms))),
        buildWarmPeakMB: median(warm.map((r) => r.peakMB)),
        prerenderedArticles: prerendered,
        oldArticleFirstByteMs: Number(median(ttfb).toFixed(1)),
        load: {
          article: await loadTest(base + article, { connections: 32, runs: RUNS, seconds: SECONDS }),
          article64: await loadTest(base + article, { connections: 64, runs: RUNS, seconds: SECONDS }),
          home: await loadTest(base + "/", { connections: 32, runs: RUNS, seconds: SECONDS }),
          category: await loadTest(base + category, { connections: 32, runs: RUNS, seconds: SECONDS }),
          search: await loadTest(base + search, { connections: 32, runs: RUNS, seconds: SECONDS }),
        },
        weight: await pageWeight(base, article, path.join("bai-viet", "[slug]")),
        serverRssMB: rssMB(server.process.pid!),
      };
      return result;
    } finally {
      server.stop();
    }
  } finally {
    corpus.remove();
  }
}

const results = [];
for (const size of SIZES) {
  const r = await benchSize(size);
  results.push(r);
  const { load: l, weight, ...rest } = r;
  console.table(rest);
  console.table(l);
  console.table(weight);
}
fs.rmSync(DIST, { recursive: true, force: true });
fs.mkdirSync("bench-results", { recursive: true });
fs.writeFileSync(
  "bench-results/bench.json",
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs: RUNS, results },
    null,
    2,
  ),
);
console.log("Written to bench-results/bench.json");
