/**
 * Helpers shared by the benchmarks: start the site's server on 127.0.0.1, wait for
 * it, read the resident memory of a process tree, time a command. Traffic
 * goes to this machine only.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type { StoreOptions } from "../lib/content/store";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { writeDemoCorpus } from "../scripts/demo-corpus";

/**
 * The `next` command of the project, run by Node itself: the figures are Next.js's own, without the ~65 MB of an
 * `npx`/`npm exec` process above it.
 */
export const NEXT = [process.execPath, createRequire(import.meta.url).resolve("next/dist/bin/next")] as const;

export interface Server {
  base: string;
  process: ChildProcess;
  stop(): void;
}

/**
 * The server `npm start` runs (scripts/server.ts) for the project in `dir`, with this environment (CONTENT_DIR,
 * NEXT_DIST_DIR…), in its own process group; `bare`: plain `next start` (a project without the site's server).
 */
export async function startServer(
  port: number,
  env: Record<string, string> = {},
  dir = ".",
  { bare = false } = {},
): Promise<Server> {
  const args = bare
    ? [NEXT[1], "start", dir, "-p", String(port), "-H", "127.0.0.1"]
    : ["--import", "tsx", "scripts/server.ts", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    cwd: bare ? undefined : dir,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const base = `http://127.0.0.1:${port}`;
  const server = {
    base,
    process: child,
    stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
    },
  };
  try {
    await waitFor(base);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** Resident memory of a process and all its descendants (next → its workers), in MB. */
export function rssMB(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const dir of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${dir}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(dir), ppid);
      rss.set(
        Number(dir),
        Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${dir}/status`, "utf8"))?.[1] ?? 0),
      );
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === root) {
        total += kb;
        break;
      }
    }
  }
  return Math.round(total / 1024);
}

/** Run a command to its end: wall time, and the peak resident memory of its process tree (sampled every 100 ms). */
export function timeCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; peakMB: number; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let peakMB = 0;
    const timer = setInterval(() => (peakMB = Math.max(peakMB, rssMB(child.pid!))), 100);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakMB, code, output });
    });
  });
}

export const median = (values: number[]): number =>
  values.length ? [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]! : NaN;

/** A Debian tool: where it is, installed first when missing and this runs as root. */
export function ensureTool(paths: string[], pkg: string): string {
  const found = paths.find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error(`${pkg} is missing: apt-get install ${pkg}`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return paths[0]!;
}

/** nginx with this configuration, in the foreground; returns how to stop it. */
export function startNginx(nginx: string, prefix: string, config: string) {
  fs.mkdirSync(prefix, { recursive: true });
  const file = path.join(prefix, "nginx.conf");
  fs.writeFileSync(file, config);
  execFileSync(nginx, ["-p", prefix, "-c", file, "-t", "-q"], { stdio: "inherit" });
  const child = spawn(nginx, ["-p", prefix, "-c", file, "-g", "daemon off;"], { stdio: "inherit" });
  return () => child.kill("SIGQUIT");
}

/** The deployment's nginx configuration (docs/deploy/nginx.conf) on other ports, without an access log. */
export function deployedNginxConfig(upstreamPort: number, listenPort: number): string {
  const config = fs
    .readFileSync("docs/deploy/nginx.conf", "utf8")
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${upstreamPort};`)
    .replace("listen 8080;", `listen 127.0.0.1:${listenPort};`)
    .replace(/access_log [^;]+;/, "access_log off;");
  if (config.includes(":3000;") || !config.includes(`:${listenPort};`))
    throw new Error("nginx.conf changed shape");
  return config;
}

/** autocannon on one URL: a 2 s warm-up, then `runs` runs of `seconds`; medians, and errors (timeouts included) summed. */
export async function loadTest(url: string, { connections = 32, runs = 3, seconds = 8 } = {}) {
  await autocannon({ url, connections, duration: 2 });
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await autocannon({ url, connections, duration: seconds }));
  return {
    requestsPerSecond: Math.round(median(results.map((r) => r.requests.average))),
    p50Ms: median(results.map((r) => r.latency.p50)),
    p99Ms: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
  };
}

/** A synthetic corpus of `count` articles and an empty content cache, each in a temporary folder. */
export function tempCorpus(count: number, name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-cache-${name}-`));
  writeDemoCorpus(dir, count);
  const options: StoreOptions = {
    contentDir: dir,
    publicDir: path.resolve("public"),
    cacheDir,
    includeDrafts: false,
  };
  return {
    dir,
    cacheDir,
    options,
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/**
 * Lighthouse 12 (mobile, its default; fetched from the npm registry by npx on first use) in the system Chromium,
 * `runs` times on one URL: the median score of each category, and the metrics of the last run.
 */
export function lighthouse(
  url: string,
  runs: number,
  { cpuSlowdown }: { cpuSlowdown?: number } = {},
): Record<string, number | string> {
  const chromium = findChromium();
  if (!chromium) throw new Error("Chromium is missing: apt-get install chromium");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  try {
    const scores: Record<string, number>[] = [];
    let metrics: Record<string, string> = {};
    const benchmarkIndex: number[] = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(out, `${i}.json`);
      execFileSync(
        "npx",
        [
          "--yes",
          "lighthouse@12",
          url,
          "--quiet",
          "--output=json",
          `--output-path=${file}`,
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
          ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : []),
        ],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromium } },
      );
      const report = JSON.parse(fs.readFileSync(file, "utf8"));
      scores.push(
        Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, report.categories[c].score as number])),
      );
      benchmarkIndex.push(Math.round(report.environment?.benchmarkIndex ?? NaN));
      const audit = (id: string) => report.audits[id]?.displayValue ?? "";
      metrics = {
        FCP: audit("first-contentful-paint"),
        LCP: audit("largest-contentful-paint"),
        TBT: audit("total-blocking-time"),
        CLS: audit("cumulative-layout-shift"),
      };
    }
    return {
      ...Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, median(scores.map((r) => r[c]!))])),
      ...metrics,
      // Lighthouse scales its CPU model to the host: its own measure of this one, beside every score.
      benchmarkIndex: benchmarkIndex.join(" / "),
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
