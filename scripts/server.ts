/**
 * The site's server (`npm start`; `npm run dev` with `--dev`): Next.js as a
 * custom server (`next()` and its request handler, the documented way to run
 * code around it), behind lib/http/front.ts — the request guard, the
 * not-found page for pages that do not exist, and the in-memory page cache.
 *
 *   node --import tsx scripts/server.ts [--dev] [--editor] [-p PORT] [-H HOST]
 *
 * PORT and HOSTNAME are read from the environment too (default 3000, all
 * interfaces). With `--editor` (`npm run editor`) it is the editor's process
 * instead: the pages under /quan-tri/ only, which take form posts, on
 * EDITOR_PORT (default 3100), its data in EDITOR_DATA (lib/editor/); the
 * site's process answers /quan-tri/ with its not-found page. In production the framework also answers on a loopback port of
 * its own, where the front asks for pages it may keep; that port is never
 * published.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import next from "next";
import { SiteClockError, siteNow } from "../lib/clock";
import { createFront } from "../lib/http/front";
import { createPageCache } from "../lib/http/page-cache";
import { getContent, storeOptionsFromEnv } from "../lib/content/store";
import { loadRedirects, redirectTarget } from "../lib/redirects";
import { isMissingPage } from "../lib/missing-pages";
import { QUERY_PARAMS, routes } from "../lib/routes";
import { isEditorPath } from "../lib/editor/paths";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    editor: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
const editor = values.editor;
const port = Number(values.port ?? (editor ? (process.env.EDITOR_PORT ?? 3100) : (process.env.PORT ?? 3000)));
const hostname = values.hostname ?? process.env.HOSTNAME;

function listen(server: http.Server, port: number, host?: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/**
 * Each kind of page once, over the loopback port, before the server takes readers: the framework loads and first
 * runs a route's code on its first request, a wait no reader should have. The
 * article is the oldest one, so that its page is rendered, not read from the build's cache.
 */
async function warmUp(port: number) {
  const content = getContent();
  const latest = content.latest();
  const oldest = latest.at(latest.length - 1);
  const month = content.archive().at(0);
  const category = content.site.categories[0];
  const paths = [
    routes.home(),
    routes.archive(),
    routes.search("a"),
    routes.notFound(),
    ...(oldest ? [routes.article(oldest.slug)] : []),
    ...(oldest?.tags[0] ? [routes.tag(oldest.tags[0].slug)] : []),
    ...(category ? [routes.category(category.slug)] : []),
    ...(month ? [routes.month(month.year, month.month)] : []),
  ];
  for (const path of paths) {
    await fetch(`http://127.0.0.1:${port}${path}`)
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
}

/** The site's 500 page (pages/500.tsx, rendered at build time) as the framework serves it; kept for the front's failures. */
async function errorPageOf(port: number): Promise<Buffer | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/500`);
    const body = Buffer.from(await response.arrayBuffer());
    return response.headers.get("content-type")?.startsWith("text/html") ? body : undefined;
  } catch {
    return undefined;
  }
}

async function main() {
  // A SITE_NOW that names no instant stops the server here, before it takes readers, not at its first page.
  siteNow();
  const redirects = loadRedirects(storeOptionsFromEnv().contentDir);
  const app = next({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  let cache = null;
  let errorPage: Buffer | undefined;
  const servers: http.Server[] = [];
  if (!dev && !editor) {
    const loopback = http.createServer((req, res) => handle(req, res));
    // Only the front talks to it, over kept-alive connections: never close one idle connection under a request the
    // front is sending on it (the front also retries a request whose reused connection was closed).
    loopback.keepAliveTimeout = 0;
    servers.push(loopback);
    const upstream = await listen(loopback, 0, "127.0.0.1");
    await warmUp(upstream.port);
    errorPage = await errorPageOf(upstream.port);
    // Pages, and each page told apart by its query string (search results, the filtered document library) in a
    // cache of its own, each entry named by the parameters the page reads: many queries never push out pages.
    const pages = createPageCache();
    const byQuery = new Map(
      Object.entries(QUERY_PARAMS).map(([path, keyParams]) => [
        path,
        createPageCache(8 * 1024 * 1024, { keyParams }),
      ]),
    );
    cache = {
      forPath: (pathname: string) => byQuery.get(pathname) ?? pages,
      upstream: { host: "127.0.0.1", port: upstream.port },
    };
  }
  // The editor's process answers its clone's photos (for previews) and the edit page's autosave itself
  // (lib/editor/endpoints.ts); the site's process never loads the editor's code.
  const editorEndpoint = editor ? (await import("../lib/editor/endpoints")).answerEditorEndpoint : null;
  const front = createFront({
    handle: editorEndpoint
      ? async (req, res) => {
          if (!(await editorEndpoint(req, res))) await handle(req, res);
        }
      : (req, res) => handle(req, res),
    renderNotFound: (req, res) => app.render(req, res, routes.notFound(), {}),
    notFoundPath: routes.notFound(),
    // Each process answers its own pages: the editor's under /quan-tri/ (and the framework's files), the site the rest.
    isMissing: editor
      ? (pathname) => !isEditorPath(pathname) && !pathname.startsWith("/_next/")
      : (pathname) => isEditorPath(pathname) || isMissingPage(pathname),
    acceptsPost: editor ? (url) => isEditorPath(url) : undefined,
    redirect: editor ? undefined : (url: string) => redirectTarget(redirects, url),
    cache,
    errorPage,
    faultPath: process.env.SITE_FAULT_PATH || undefined,
    dev,
  });
  const server = http.createServer(front);
  servers.unshift(server);
  const address = await listen(server, port, hostname);
  // A restart (systemctl, the publisher) sends SIGTERM: stop taking connections, let the requests under way
  // finish, then exit, so that a restarting instance fails no reader's request (nginx sends new ones elsewhere).
  const stop = () => {
    let open = servers.length;
    for (const each of servers) {
      each.close(() => {
        if (--open === 0) process.exit(0);
      });
      each.closeIdleConnections();
    }
    setTimeout(() => {
      for (const each of servers) each.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  console.log(
    `▲ ${dev ? "next dev" : "next"}${editor ? " (quản trị)" : ""} on http://${hostname ?? "localhost"}:${address.port}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SiteClockError ? error.message : error);
  process.exit(1);
});
