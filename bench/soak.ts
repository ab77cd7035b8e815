/**
 * Soak test (not part of `npm test`): `npm run soak` after `npm run build`.
 * Starts `next start`, sends 10,000 requests, records the server's resident
 * memory, then loads it with 256 connections for 60 s over an article, the
 * home page and a search, and records memory again. Prints the figures and
 * writes them to bench-results/soak.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";

const PORT = 3199;
const BASE = `http://127.0.0.1:${PORT}`;
const PATHS = ["/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo", "/", "/tim-kiem?q=dan+van+kheo"];

const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
  stdio: "ignore",
  detached: true,
});

/** Resident memory of a process and all its descendants (npx → next → next-server), in MB. */
function rssMB(root: number): number {
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

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("Máy chủ không khởi động được.");
}

function run(opts: { amount?: number; duration?: number }) {
  return autocannon({
    url: BASE,
    connections: 256,
    requests: PATHS.map((path) => ({ method: "GET", path })),
    ...opts,
  });
}

try {
  await waitForServer();
  const warm = await run({ amount: 10_000 });
  const rssAfter10k = rssMB(server.pid!);
  const soak = await run({ duration: 60 });
  const rssAfter = rssMB(server.pid!);
  const result = {
    warmRequests: warm.requests.total,
    soakRequests: soak.requests.total,
    totalRequests: warm.requests.total + soak.requests.total,
    requestsPerSecond: Math.round(soak.requests.average),
    latencyP50Ms: soak.latency.p50,
    latencyP99Ms: soak.latency.p99,
    errors: warm.errors + soak.errors + warm.timeouts + soak.timeouts,
    non2xx: warm.non2xx + soak.non2xx,
    rssAfter10kMB: rssAfter10k,
    rssAfterAllMB: rssAfter,
    rssGrowthPercent: Number((((rssAfter - rssAfter10k) / rssAfter10k) * 100).toFixed(1)),
  };
  console.table(result);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync("bench-results/soak.json", JSON.stringify(result, null, 2));
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
