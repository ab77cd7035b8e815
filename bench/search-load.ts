/**
 * The search page under load (not a test): `npm run bench:search-load -- <base URL>` against a running server
 * (`npm start`, any content). Ten different queries in turn at 32 connections for SECONDS (requests/s, p50, p99,
 * errors, non-2xx; medians of RUNS); a query never asked before on every request, at 32 connections (nothing can
 * be answered from memory); then 200 varied queries never asked before, one at a time: p50 and p95 from request
 * to response. Traffic goes to the given base, which must be on this machine.
 */
import autocannon from "autocannon";
import { median } from "./server";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(base))
  throw new Error(`not a local server: ${base}`);
const RUNS = Number(process.env.RUNS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 8);

const TEN = [
  "dân vận",
  "nông thôn mới",
  "dan van kheo",
  "hội nghị",
  "an ninh trật tự",
  "giảm nghèo",
  "chuyển đổi số",
  "xây dựng đảng",
  "kinh te",
  "tập huấn",
];
const WORDS = [
  "huyện",
  "xã",
  "đảng",
  "cán bộ",
  "nhân dân",
  "phát triển",
  "kinh tế",
  "văn hóa",
  "thôn",
  "rừng",
];
const search = (q: string) => `/tim-kiem?q=${encodeURIComponent(q)}`;

const runs = [];
await autocannon({
  url: base,
  connections: 32,
  duration: 2,
  requests: TEN.map((q) => ({ path: search(q) })),
});
for (let i = 0; i < RUNS; i++)
  runs.push(
    await autocannon({
      url: base,
      connections: 32,
      duration: SECONDS,
      requests: TEN.map((q) => ({ path: search(q) })),
    }),
  );

// A query no earlier request asked, every time: what rendering costs when nothing is kept.
let counter = 0;
const fresh = await autocannon({
  url: base,
  connections: 32,
  duration: SECONDS,
  requests: [
    { setupRequest: (request) => ({ ...request, path: search(`xã ${WORDS[counter % 10]} ${counter++}`) }) },
  ],
});

const times: number[] = [];
for (let i = 0; i < 200; i++) {
  // Two words and a number: a query no earlier request asked.
  const q = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${1000 + i}`;
  const start = performance.now();
  const response = await fetch(base + search(q));
  await response.arrayBuffer();
  times.push(performance.now() - start);
  if (response.status !== 200) throw new Error(`${q}: ${response.status}`);
}
times.sort((a, b) => a - b);
console.table({
  "ten queries, 32 connections": {
    "req/s": Math.round(median(runs.map((r) => r.requests.average))),
    "p50 ms": median(runs.map((r) => r.latency.p50)),
    "p99 ms": median(runs.map((r) => r.latency.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  },
  "a new query every request, 32 connections": {
    "req/s": Math.round(fresh.requests.average),
    "p50 ms": fresh.latency.p50,
    "p99 ms": fresh.latency.p99,
    errors: fresh.errors,
    non2xx: fresh.non2xx,
  },
  "200 new queries, one at a time": {
    "p50 ms": Math.round(times[99]! * 10) / 10,
    "p95 ms": Math.round(times[189]! * 10) / 10,
  },
});
