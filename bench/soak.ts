/**
 * Soak test (not part of `npm test`): `npm run soak [-- --direct] [-- --flat-out]` after `npm run build`.
 *
 * Starts the site's server (`npm start`) with the sample content behind nginx configured as the deployment is
 * (docs/deploy/nginx.conf; `--direct`: the server alone), sends 10,000 requests and records the resident memory
 * of the server's process tree;
 * then 256 connections kept alive for 60 s, 10 requests a second each (CONNECTION_RATE) — readers: 144 on the seed article, 56 on the home page, 28 on searches
 * (ten different queries); 28 asking for random slugs on every route with a parameter and for old addresses
 * written in Vietnamese (content/redirects.yml), each group with its own autocannon, so that slow searches do not
 * hold back the pages — and GETs that declare a body mixed in from a process of their own, each on a connection
 * of its own (the server answers 400 and closes it; up to 160 open at once), paced to 5 % of all requests; then,
 * if fewer than 100,000 requests were sent in all, the same mix until
 * there were; and records memory again. Readers must see no error and no status but 200; the hostile groups'
 * statuses are counted. Prints the figures and writes them to bench-results/soak.json. Traffic goes to 127.0.0.1
 * only.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { deployedNginxConfig, ensureTool, rssMB, startNginx, startServer } from "./server";

const PORT = 3199;
const PROXY_PORT = 8199;
const DIRECT = process.argv.includes("--direct");
/**
 * Requests per second on each kept-alive connection (2,560 a second in all, far above any district site's traffic),
 * so that the GETs with a body — each a new connection, costlier to open than a request on a kept one — can be 5 %
 * of the requests; `--flat-out`: as fast as the server answers (the hostile share then falls to about 2 %).
 */
const CONNECTION_RATE = process.argv.includes("--flat-out") ? undefined : 10;
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
const ARTICLE = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const random = () => crypto.randomBytes(5).toString("hex");
/** Each route with a parameter, with a slug that names nothing; and the sample's old Vietnamese addresses. */
const HOSTILE_PATHS: (() => string)[] = [
  () => `/bai-viet/${random()}`,
  () => `/chuyen-muc/${random()}/trang/2`,
  () => `/the/${random()}`,
  () => `/luu-tru/2020/${random()}`,
  () => `/chuyen-muc/${random()}/rss.xml`,
  () => `/anh-chia-se/bai-viet/${random()}`,
  () => `/sitemaps/${random()}.xml`,
  () => `/tim-kiem?q=${random()}&trang=9`,
  () => `/${random()}`,
  () => `/t%C3%ACm-ki%E1%BA%BFm/d%C3%A2n-v%E1%BA%ADn-kh%C3%A9o`,
  () => `/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B-t%E1%BB%95ng-k%E1%BA%BFt-d%C3%A2n-v%E1%BA%ADn-kh%C3%A9o.html`,
];

interface Group {
  name: string;
  connections: number;
  requests: autocannon.Request[];
  /** Readers: every answer must be a 200. */
  reader: boolean;
}

const MIX: Group[] = [
  { name: "article", connections: 144, reader: true, requests: [{ method: "GET", path: ARTICLE }] },
  { name: "home", connections: 56, reader: true, requests: [{ method: "GET", path: "/" }] },
  {
    name: "search",
    connections: 28,
    reader: true,
    requests: QUERIES.map((q) => ({ method: "GET", path: `/tim-kiem?q=${encodeURIComponent(q)}` })),
  },
  {
    name: "random slugs, old addresses",
    connections: 28,
    reader: false,
    requests: HOSTILE_PATHS.map((path) => ({
      method: "GET",
      setupRequest: (request: autocannon.Request) => ({ ...request, path: path() }),
    })),
  },
];

type Result = Awaited<ReturnType<typeof autocannon>>;

/** Sockets sending GETs that declare a body, and the share of all requests they keep to. */
const BODY_SOCKETS = 160;
const BODY_SHARE = Number(process.env.SOAK_BODY_SHARE ?? 0.05);

interface BodyTally {
  sent: number;
  statuses: Map<string, number>;
  errors: number;
}

const bodyTally: BodyTally = { sent: 0, statuses: new Map(), errors: 0 };

/**
 * GETs that declare a body, from a process of their own (bench/soak-bodies.mjs: in this one, the load generators
 * would starve it), kept at BODY_SHARE of everything sent, until `finished` settles.
 */
async function bodies(port: number, answered: () => number, finished: Promise<unknown>) {
  const child = fork(
    fileURLToPath(new URL("./soak-bodies.mjs", import.meta.url)),
    [String(port), String(BODY_SOCKETS), String(BODY_SHARE), String(DIRECT)],
    { execArgv: [] },
  );
  const tell = setInterval(() => child.send({ answered: answered() }), 50);
  void finished.then(() => {
    clearInterval(tell);
    child.send("stop");
  });
  const result = await new Promise<{ sent: number; statuses: [string, number][]; errors: number }>(
    (resolve, reject) => {
      child.once("message", (message) => resolve(message as never));
      child.once("error", reject);
    },
  );
  bodyTally.sent += result.sent;
  bodyTally.errors += result.errors;
  for (const [status, n] of result.statuses)
    bodyTally.statuses.set(status, (bodyTally.statuses.get(status) ?? 0) + n);
}

/** The mix in parallel, for a duration or (split by connections) an amount of requests. */
async function run(base: string, opts: { duration?: number; amount?: number }): Promise<Result[]> {
  const all = MIX.reduce((n, m) => n + m.connections, 0);
  let answered = 0;
  const instances = MIX.map(({ connections, requests }) => {
    // Without a callback, autocannon's instance is also the promise of its result.
    const instance = autocannon({
      url: base,
      connections,
      requests,
      ...(CONNECTION_RATE ? { connectionRate: CONNECTION_RATE } : {}),
      ...(opts.amount
        ? { amount: Math.ceil((opts.amount * connections) / all) }
        : { duration: opts.duration }),
    }) as unknown as autocannon.Instance & Promise<Result>;
    instance.on("response", () => answered++);
    return instance;
  });
  const results = Promise.all(instances);
  await bodies(Number(new URL(base).port), () => answered, results);
  return results;
}

const sum = (results: Result[], pick: (r: Result) => number) => results.reduce((n, r) => n + pick(r), 0);
/** The results of one group, from every run of the mix. */
const ofGroup = (results: Result[], i: number) => results.filter((_, j) => j % MIX.length === i);
/** Statuses other than 2xx, by class, as autocannon counts them. */
const statuses = (results: Result[]) =>
  ["1", "3", "4", "5"]
    .map((c) => [c, sum(results, (r) => (r as unknown as Record<string, number>)[`${c}xx`] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c}xx ${n}`)
    .join(", ") || "none";

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
  const readers = MIX.flatMap((group, i) => (group.reader ? ofGroup(everything, i) : []));
  const totalRequests = sum(everything, (r) => r.requests.total) + bodyTally.sent;
  const withBodies = bodyTally.sent;
  const result = {
    setup: DIRECT ? "npm start" : "nginx (docs/deploy/nginx.conf) → npm start",
    connections: MIX.reduce((n, m) => n + m.connections, 0),
    requestsPerSecondPerConnection: CONNECTION_RATE ?? "as fast as answered",
    bodySocketsAtMost: BODY_SOCKETS,
    warmRequests: sum(warm, (r) => r.requests.total),
    soakRequests60s: sum(soak, (r) => r.requests.total),
    soakRequestsPerSecond: Math.round(sum(soak, (r) => r.requests.average)),
    articleP99Ms: soak[0]!.latency.p99,
    homeP99Ms: soak[1]!.latency.p99,
    searchP50Ms: soak[2]!.latency.p50,
    searchP99Ms: soak[2]!.latency.p99,
    totalRequests,
    readerRequests: sum(readers, (r) => r.requests.total),
    // autocannon counts timeouts among errors.
    readerErrors: sum(readers, (r) => r.errors),
    readerTimeouts: sum(readers, (r) => r.timeouts),
    readerNon2xx: sum(readers, (r) => r.non2xx),
    bodyRequests: withBodies,
    bodyRequestsPercent: Number(((withBodies / totalRequests) * 100).toFixed(1)),
    bodyStatuses: [...bodyTally.statuses].map(([status, n]) => `${status} ${n}`).join(", "),
    randomSlugRequests: sum(ofGroup(everything, 3), (r) => r.requests.total),
    randomSlugStatuses: statuses(ofGroup(everything, 3)),
    hostileErrors: sum(ofGroup(everything, 3), (r) => r.errors) + bodyTally.errors,
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
