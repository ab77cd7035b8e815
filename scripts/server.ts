/**
 * The site's server (`npm start`; `npm run dev` with `--dev`): Next.js as a
 * custom server (`next()` and its request handler, the documented way to run
 * code around it), behind lib/http/front.ts — the request guard, the
 * not-found page for pages that do not exist, and the in-memory page cache.
 *
 *   node --import tsx scripts/server.ts [--dev] [-p PORT] [-H HOST]
 *
 * PORT and HOSTNAME are read from the environment too (default 3000, all
 * interfaces). In production the framework also answers on a loopback port of
 * its own, where the front asks for pages it may keep; that port is never
 * published.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import next from "next";
import { createFront } from "../lib/http/front";
import { createPageCache } from "../lib/http/page-cache";
import { isMissingPage } from "../lib/missing-pages";
import { routes } from "../lib/routes";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

function listen(server: http.Server, port: number, host?: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

async function main() {
  const app = next({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  let cache = null;
  if (!dev) {
    const upstream = await listen(
      http.createServer((req, res) => handle(req, res)),
      0,
      "127.0.0.1",
    );
    cache = { pages: createPageCache(), upstream: { host: "127.0.0.1", port: upstream.port } };
  }
  const front = createFront({
    handle: (req, res) => handle(req, res),
    renderNotFound: (req, res) => app.render(req, res, routes.notFound(), {}),
    isMissing: isMissingPage,
    cache,
    dev,
  });
  const server = http.createServer(front);
  const address = await listen(server, port, hostname);
  console.log(`▲ ${dev ? "next dev" : "next"} on http://${hostname ?? "localhost"}:${address.port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
