/**
 * Lighthouse (not a test): `npm run bench:lighthouse` after `npm run build`.
 *
 * Starts the site's server on the port of the build's SITE_URL (http://localhost:3000 by default, so that canonical
 * URLs match), runs Lighthouse 12 (mobile, its default) in the system Chromium on the home, a category, the seed
 * article, a search, the search form, a page, the filtered document library and a document, RUNS times each, and reports the median of each category's score with the host's
 * `benchmarkIndex`. `CPU_SLOWDOWN=20` models a low-end phone (`--throttling.cpuSlowdownMultiplier`). Traffic
 * goes to localhost only.
 * The same measurement of a bare Next.js page is `npm run bench:baseline`.
 */
import fs from "node:fs";
import { lighthouse, startServer } from "./server";

const RUNS = Number(process.env.RUNS ?? 3);
const SITE = new URL(process.env.SITE_URL ?? "http://localhost:3000");
const ALL: Record<string, string> = {
  home: "/",
  category: "/chuyen-muc/dan-van",
  article: "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo",
  search: "/tim-kiem?q=dan+van",
  // The form: results are noindex on purpose (Lighthouse's SEO "is-crawlable" then fails), the form page is not.
  "search form": "/tim-kiem",
  page: "/gioi-thieu/ban-thuong-vu",
  documents: "/van-ban?loai=ke-hoach",
  document: "/van-ban/ke-hoach-42-kh-hu",
};
/** `PAGES=page,documents,document` to measure some of them. */
const PAGES = Object.fromEntries(
  Object.entries(ALL).filter(([name]) => !process.env.PAGES || process.env.PAGES.split(",").includes(name)),
);
const CPU_SLOWDOWN = process.env.CPU_SLOWDOWN ? Number(process.env.CPU_SLOWDOWN) : undefined;

const server = await startServer(Number(SITE.port || 80));
try {
  const results: Record<string, Record<string, number | string>> = {};
  for (const [name, pagePath] of Object.entries(PAGES))
    results[name] = lighthouse(new URL(pagePath, SITE).href, RUNS, { cpuSlowdown: CPU_SLOWDOWN });
  console.table(results);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync(
    `bench-results/lighthouse${CPU_SLOWDOWN ? `-cpu${CPU_SLOWDOWN}` : ""}.json`,
    JSON.stringify({ runs: RUNS, cpuSlowdown: CPU_SLOWDOWN ?? 4, results }, null, 2),
  );
} finally {
  server.stop();
}
