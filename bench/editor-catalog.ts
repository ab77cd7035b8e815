/**
 * The editor's list (benchmark, not a test): `npm run bench:editor-list [-- N]`.
 *
 * N synthetic articles (default 10,000, scripts/demo-corpus.ts) in a temporary folder: the content loaded once
 * cold (filling the content cache, as the editor's first start does) and once warm (a later start, or after a
 * save), the catalog built from it, then 200 list requests (kinds, statuses, authors, words, pages) answered from
 * memory. Prints the medians, in milliseconds.
 */
import fs from "node:fs";
import { loadContent } from "../lib/content/load";
import { buildCatalog, KINDS, STATUSES } from "../lib/editor/catalog";
import { tempCorpus } from "./server";

const count = Number(process.argv[2] ?? 10_000);
const corpus = tempCorpus(count, "editor-list");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};
try {
  const options = { ...corpus.options };
  const [, cold] = time(() => loadContent(options));
  const [loaded, warm] = time(() => loadContent(options));
  const [catalog, build] = time(() =>
    buildCatalog(loaded, (file) => fs.readFileSync(`${corpus.dir}/${file}`), new Date()),
  );
  const authors = catalog.authors();
  const words = ["hoi nghi", "dân vận", "nông thôn mới", "tap huan", "2024"];
  const requests = Array.from({ length: 200 }, (_, i) => ({
    kind: i % 4 === 0 ? KINDS[i % KINDS.length] : undefined,
    status: i % 3 === 0 ? STATUSES[i % STATUSES.length] : undefined,
    author: i % 5 === 0 ? authors[i % Math.max(1, authors.length)] : undefined,
    q: i % 2 === 0 ? words[i % words.length] : undefined,
    page: 1 + (i % 7),
  }));
  const lists = requests.map((query) => time(() => catalog.find(query))[1]);
  console.log(
    JSON.stringify(
      {
        articles: loaded.articles.length,
        entries: catalog.entries.length,
        loadColdMs: Math.round(cold),
        loadWarmMs: Math.round(warm),
        buildCatalogMs: Math.round(build),
        listMedianMs: Number(median(lists).toFixed(2)),
        listMaxMs: Number(Math.max(...lists).toFixed(2)),
      },
      null,
      2,
    ),
  );
} finally {
  corpus.remove();
}
