/**
 * Screenshots of pages at phone (390 px) and desktop (1280 px) widths, for
 * looking at what readers see: `npx tsx scripts/screenshots.ts [base] path…`
 * (base defaults to http://localhost:3000). Files go to tests/.output/screens/.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium.mjs";

const args = process.argv.slice(2);
const base = args[0]?.startsWith("http") ? args.shift()! : "http://localhost:3000";
const paths = args.length ? args : ["/"];
const outDir = "tests/.output/screens";
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of paths) {
    await page.goto(base + p);
    const name = `${outDir}/${(p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home").slice(0, 60)}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await page.close();
}
await browser.close();
