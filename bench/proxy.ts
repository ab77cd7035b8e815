/**
 * The reverse-proxy benchmark (not a test): `npm run bench:proxy` after `npm run build`.
 *
 * Starts the site's server (`npm start`) with the sample content, nginx with the deployment's own configuration
 * (docs/deploy/nginx.conf, its ports and paths moved to a temporary folder), and a second nginx serving the same
 * article page as a static file. Loads each with autocannon (32 connections, medians of RUNS runs) and reports
 * requests/s and latency side by side, and the ratio of the cached page to the static file. Installs Debian's
 * nginx when it is missing and this runs as root. Traffic goes to 127.0.0.1 only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deployedNginxConfig, ensureTool, loadTest, median, startNginx, startServer } from "./server";

const RUNS = Number(process.env.RUNS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 8);
const NEXT_PORT = 3195;
const PROXY_PORT = 8195;
const STATIC_PORT = 8196;
const ARTICLE = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";

/**
 * The same load from wrk (C, one thread): autocannon's own JavaScript tops out near 9,000 requests/s on one core,
 * below what nginx serves, so nginx's figures are compared with wrk.
 */
function wrk(binary: string, url: string) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(binary, ["-t1", "-c32", `-d${SECONDS}s`, "--latency", url], {
      encoding: "utf8",
    });
    const ms = (label: string) => {
      const m = new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)`, "m").exec(out);
      if (!m) return NaN;
      const value = Number(m[1]);
      return m[2] === "us" ? value / 1000 : m[2] === "s" ? value * 1000 : value;
    };
    runs.push({
      rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
      p50: ms("50%"),
      p99: ms("99%"),
      non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
      errors: /Socket errors/.test(out) ? 1 : 0,
    });
  }
  return {
    requestsPerSecond: Math.round(median(runs.map((r) => r.rps))),
    p50Ms: Number(median(runs.map((r) => r.p50)).toFixed(2)),
    p99Ms: Number(median(runs.map((r) => r.p99)).toFixed(2)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}

const nginx = ensureTool(["/usr/sbin/nginx", "/usr/bin/nginx"], "nginx-light");
const wrkBinary = ensureTool(["/usr/bin/wrk"], "wrk");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-proxy-"));
// nginx's workers run as an unprivileged user: they must reach the cache and the static file.
fs.chmodSync(work, 0o755);
const server = await startServer(NEXT_PORT);
const stops: (() => void)[] = [];
try {
  stops.push(startNginx(nginx, path.join(work, "proxy"), deployedNginxConfig(NEXT_PORT, PROXY_PORT)));

  const root = path.join(work, "static");
  fs.mkdirSync(root, { recursive: true });
  const page = await (await fetch(`${server.base}${ARTICLE}`)).text();
  fs.writeFileSync(path.join(root, "article.html"), page);
  stops.push(
    startNginx(
      nginx,
      path.join(work, "static-nginx"),
      `worker_processes auto; pid nginx.pid; error_log error.log warn;
events { worker_connections 4096; }
http { include /etc/nginx/mime.types; sendfile on; tcp_nopush on; access_log off; server_tokens off;
  server { listen 127.0.0.1:${STATIC_PORT}; root ${root}; } }
`,
    ),
  );
  await new Promise((r) => setTimeout(r, 500));
  const proxied = `http://127.0.0.1:${PROXY_PORT}${ARTICLE}`;
  const first = await fetch(proxied);
  const second = await fetch(proxied);
  const cacheStatus = [first.headers.get("x-cache"), second.headers.get("x-cache")];

  const targets = {
    nextStart: `${server.base}${ARTICLE}`,
    nginxCache: proxied,
    nginxStatic: `http://127.0.0.1:${STATIC_PORT}/article.html`,
  };
  const autocannonResults: Record<string, Awaited<ReturnType<typeof loadTest>>> = {};
  const wrkResults: Record<string, ReturnType<typeof wrk>> = {};
  for (const [name, url] of Object.entries(targets)) {
    autocannonResults[name] = await loadTest(url, { runs: RUNS, seconds: SECONDS });
    wrkResults[name] = wrk(wrkBinary, url);
  }
  const ratio = Number(
    (wrkResults.nginxCache!.requestsPerSecond / wrkResults.nginxStatic!.requestsPerSecond).toFixed(2),
  );
  const result = {
    cacheStatus,
    bytes: Buffer.byteLength(page),
    autocannon: autocannonResults,
    wrk: wrkResults,
    ratio,
  };
  console.log("First and second request through nginx:", cacheStatus.join(", "));
  console.log("autocannon, 32 connections:");
  console.table(autocannonResults);
  console.log("wrk, 1 thread, 32 connections:");
  console.table(wrkResults);
  console.log(`Cached article through nginx / the same page as a static file (wrk): ${ratio}`);
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync(
    "bench-results/proxy.json",
    JSON.stringify({ ...result, cpus: os.cpus().length }, null, 2),
  );
} finally {
  for (const stop of stops) stop();
  server.stop();
  setTimeout(() => fs.rmSync(work, { recursive: true, force: true }), 500);
}
