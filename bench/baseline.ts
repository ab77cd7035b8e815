/**
 * The framework's floor on this machine (not a test): `npm run bench:baseline`.
 *
 * Builds the bare Next.js page in bench/baseline (a root layout, a heading and a sentence: nothing of the site)
 * and measures it as the site is measured — `next start` under autocannon at 32 and 64 connections (medians of
 * RUNS runs of SECONDS) and Lighthouse mobile (medians of RUNS) — so that the site's figures can be read against
 * what Next.js itself costs here. Writes bench-results/baseline.json. Traffic goes to 127.0.0.1 only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lighthouse, loadTest, startServer } from "./server";

const RUNS = Number(process.env.RUNS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 8);
const PORT = 3198;

// Outside the project, with its own packages: inside it, Next.js finds the site's instrumentation and configuration.
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "bench-baseline-"));
fs.cpSync("bench/baseline", DIR, { recursive: true });
const version = (name: string) =>
  (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string }).version;
const run = (args: string[]) =>
  execFileSync("npx", args, {
    cwd: DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
run([
  "--yes",
  "npm",
  "install",
  "--no-audit",
  "--no-fund",
  "--prefer-offline",
  ...["next", "react", "react-dom"].map((name) => `${name}@${version(name)}`),
]);
run(["next", "build"]);
const server = await startServer(PORT, {}, DIR, { bare: true });
try {
  const url = `${server.base}/`;
  const results = {
    "32 connections": await loadTest(url, { connections: 32, runs: RUNS, seconds: SECONDS }),
    "64 connections": await loadTest(url, { connections: 64, runs: RUNS, seconds: SECONDS }),
  };
  console.table(results);
  const scores = lighthouse(url, RUNS);
  console.table({ "bare page": scores });
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync(
    "bench-results/baseline.json",
    JSON.stringify({ runs: RUNS, seconds: SECONDS, load: results, lighthouse: scores }, null, 2),
  );
} finally {
  server.stop();
  fs.rmSync(DIR, { recursive: true, force: true });
}
