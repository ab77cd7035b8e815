/**
 * Runs once when a Next.js server starts: installs the request guard, the
 * Content-Security-Policy, the page caches and the not-found check on Node's
 * HTTP server (see lib/http/server-hooks.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installServerHooks } = await import("./lib/http/server-hooks");
    const { isMissingPage } = await import("./lib/missing-pages");
    const { routes } = await import("./lib/routes");
    installServerHooks({
      dev: process.env.NODE_ENV === "development",
      notFound: { isMissing: isMissingPage, path: routes.notFound() },
    });
  }
}
