/**
 * Soak test (not part of `npm test`): `npm run soak [-- --direct]` after `npm run build`.
 *
 * Starts the site's server (`npm start`) with the sample content behind nginx configured as the deployment is
 * (docs/deploy/nginx.conf; `--direct`: the server alone), sends 10,000 requests and records the resident memory
 * of the server's process tree;
 * then 256 connections for 60 s — 160 on the seed article, 64 on the home page, 32 on searches (ten different
 * queries), each group with its own autocannon, so that slow searches do not hold back the pages; then, if fewer
 * than 100,000 requests were sent in all, the same mix until there were; and records memory again. Prints the
 * figures and writes them to bench-results/soak.json. Traffic goes to 127.0.0.1 only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { deployedNginxConfig, ensureTool, rssMB, startNginx, startServer } from "./server";

const PORT = 3199;
const PROXY_PORT = 8199;
const DIRECT = process.argv.includes("--direct");
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
const work = fs.mkdtempSync(path.join(os.tmpdir(), "soak-"));
fs.chmodSync(work, 0o755);
const stopNginx = DIRECT
  ? () => {}
  : startNginx(
      ensureTool(["/usr/sbin/nginx", "/usr/bin/nginx"], "nginx-light"),
      work,
      deployedNginxConfig(PORT, PROXY_PORT),
    );
const base = DIRECT ? server.base : `http://127.0.0.1:${PROXY_PORT}`;
try {
  await new Promise((r) => setTimeout(r, 500));
  const warm = await run(base, { amount: 10_000 });
  const rssAfter10k = rssMB(server.process.pid!);
  const soak = await run(base, { duration: 60 });
  const sent = sum([...warm, ...soak], (r) => r.requests.total);
  // A little over what is missing: each group's share is rounded.
  const topUp = sent < TOTAL ? await run(base, { amount: TOTAL - sent + 100 }) : [];
  const rssAfter = rssMB(server.process.pid!);
  const everything = [...warm, ...soak, ...topUp];
  const result = {
    setup: DIRECT ? "npm start" : "nginx (docs/deploy/nginx.conf) → npm start",
    connections: MIX.reduce((n, m) => n + m.connections, 0),
    warmRequests: sum(warm, (r) => r.requests.total),
    soakRequests60s: sum(soak, (r) => r.requests.total),
    soakRequestsPerSecond: Math.round(sum(soak, (r) => r.requests.average)),
    articleP99Ms: soak[0]!.latency.p99,
    homeP99Ms: soak[1]!.latency.p99,
    searchP50Ms: soak[2]!.latency.p50,
    searchP99Ms: soak[2]!.latency.p99,
    totalRequests: sum(everything, (r) => r.requests.total),
    // autocannon counts timeouts among errors.
    errors: sum(everything, (r) => r.errors),
    timeouts: sum(everything, (r) => r.timeouts),
    errorsByGroup: MIX.map((_, i) =>
      everything.filter((__, j) => j % MIX.length === i).reduce((n, r) => n + r.errors, 0),
    ).join(" / "),
    non2xx: sum(everything, (r) => r.non2xx),
    rssAfter10kMB: rssAfter10k,
    rssAfterAllMB: rssAfter,
    rssGrowthPercent: Number((((rssAfter - rssAfter10k) / rssAfter10k) * 100).toFixed(1)),
  };
  console.table(result);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync(`bench-results/soak${DIRECT ? "-direct" : ""}.json`, JSON.stringify(result, null, 2));
} finally {
  stopNginx();
  server.stop();
  setTimeout(() => fs.rmSync(work, { recursive: true, force: true }), 500);
}
