/**
 * Runs once when a Next.js server starts, before it answers anything: the content index is loaded here, so the
 * first reader after a restart does not wait for it (Next.js's documented start-up hook).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getContent } = await import("./lib/content/store");
    getContent().search();
  }
}
