/**
 * Lighthouse (not a test): `npm run bench:lighthouse` after `npm run build`.
 *
 * Starts `next start` on the port of the build's SITE_URL (http://localhost:3000 by default, so that canonical
 * URLs match), runs Lighthouse 12 (mobile, its default) in the system Chromium on the home, a category and the
 * seed article, RUNS times each, and reports the median of each category's score. Lighthouse is fetched from the
 * npm registry by npx on first use. Traffic goes to localhost only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { median, startServer } from "./server";

const RUNS = Number(process.env.RUNS ?? 3);
const SITE = new URL(process.env.SITE_URL ?? "http://localhost:3000");
const PAGES = {
  home: "/",
  category: "/chuyen-muc/dan-van",
  article: "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const chromium = findChromium();
if (!chromium) throw new Error("Chromium is missing: apt-get install chromium");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
const server = await startServer(Number(SITE.port || 80));
try {
  const results: Record<string, Record<string, number | string>> = {};
  for (const [name, pagePath] of Object.entries(PAGES)) {
    const runs: Record<string, number>[] = [];
    let metrics: Record<string, string> = {};
    for (let i = 0; i < RUNS; i++) {
      const file = path.join(out, `${name}-${i}.json`);
      execFileSync(
        "npx",
        [
          "--yes",
          "lighthouse@12",
          new URL(pagePath, SITE).href,
          "--quiet",
          "--output=json",
          `--output-path=${file}`,
          `--only-categories=${CATEGORIES.join(",")}`,
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
        ],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromium } },
      );
      const report = JSON.parse(fs.readFileSync(file, "utf8"));
      runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c].score as number])));
      const audit = (id: string) => report.audits[id]?.displayValue ?? "";
      metrics = {
        FCP: audit("first-contentful-paint"),
        LCP: audit("largest-contentful-paint"),
        TBT: audit("total-blocking-time"),
        CLS: audit("cumulative-layout-shift"),
      };
    }
    results[name] = {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]!))])),
      ...metrics,
    };
  }
  console.table(results);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync("bench-results/lighthouse.json", JSON.stringify({ runs: RUNS, results }, null, 2));
} finally {
  server.stop();
  fs.rmSync(out, { recursive: true, force: true });
}
