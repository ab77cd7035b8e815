/**
 * Soak test (not part of `npm test`): `npm run soak` after `npm run build`.
 *
 * Starts `next start` with the sample content, sends 10,000 requests and records the server's resident memory;
 * then 256 connections for 60 s — 160 on the seed article, 64 on the home page, 32 on searches (ten different
 * queries), each group with its own autocannon, so that slow searches do not hold back the pages; then, if fewer
 * than 100,000 requests were sent in all, the same mix until there were; and records memory again. Prints the
 * figures and writes them to bench-results/soak.json. Traffic goes to 127.0.0.1 only.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { rssMB, startServer } from "./server";

const PORT = 3199;
const TOTAL = 100_000;
const QUERIES = [
  "dan van kheo",
  "dân vận khéo",
  "hội nghị",
  "de an 06",
  "chợ đồn",
  "tập huấn",
  "ban chấp hành",
  "nông thôn mới",
  "khoe",
  "<script>alert(1)</script>",
];
const MIX = [
  { connections: 160, paths: ["/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo"] },
  { connections: 64, paths: ["/"] },
  { connections: 32, paths: QUERIES.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`) },
];

type Result = Awaited<ReturnType<typeof autocannon>>;

/** The mix in parallel, for a duration or (split by connections) an amount of requests. */
async function run(base: string, opts: { duration?: number; amount?: number }): Promise<Result[]> {
  const all = MIX.reduce((n, m) => n + m.connections, 0);
  return Promise.all(
    MIX.map(({ connections, paths }) =>
      autocannon({
        url: base,
        connections,
        requests: paths.map((path) => ({ method: "GET", path })),
        ...(opts.amount
          ? { amount: Math.ceil((opts.amount * connections) / all) }
          : { duration: opts.duration }),
      }),
    ),
  );
}

const sum = (results: Result[], pick: (r: Result) => number) => results.reduce((n, r) => n + pick(r), 0);

const server = await startServer(PORT);
try {
  const warm = await run(server.base, { amount: 10_000 });
  const rssAfter10k = rssMB(server.process.pid!);
  const soak = await run(server.base, { duration: 60 });
  const sent = sum([...warm, ...soak], (r) => r.requests.total);
  const topUp = sent < TOTAL ? await run(server.base, { amount: TOTAL - sent }) : [];
  const rssAfter = rssMB(server.process.pid!);
  const everything = [...warm, ...soak, ...topUp];
  const result = {
    connections: MIX.reduce((n, m) => n + m.connections, 0),
    warmRequests: sum(warm, (r) => r.requests.total),
    soakRequests60s: sum(soak, (r) => r.requests.total),
    soakRequestsPerSecond: Math.round(sum(soak, (r) => r.requests.average)),
    articleP99Ms: soak[0]!.latency.p99,
    homeP99Ms: soak[1]!.latency.p99,
    searchP50Ms: soak[2]!.latency.p50,
    searchP99Ms: soak[2]!.latency.p99,
    totalRequests: sum(everything, (r) => r.requests.total),
    errors: sum(everything, (r) => r.errors + r.timeouts),
    non2xx: sum(everything, (r) => r.non2xx),
    rssAfter10kMB: rssAfter10k,
    rssAfterAllMB: rssAfter,
    rssGrowthPercent: Number((((rssAfter - rssAfter10k) / rssAfter10k) * 100).toFixed(1)),
  };
  console.table(result);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync("bench-results/soak.json", JSON.stringify(result, null, 2));
} finally {
  server.stop();
}
