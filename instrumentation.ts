/**
 * Runs once when a Next.js server starts: installs the request guard, the
 * Content-Security-Policy and the cached-page byte cache on Node's HTTP server
 * (see lib/http/server-hooks.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installServerHooks } = await import("./lib/http/server-hooks");
    installServerHooks({ dev: process.env.NODE_ENV === "development" });
  }
}
