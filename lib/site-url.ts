/** The public base URL of the site, from `SITE_URL` (no trailing slash). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** An absolute URL for a site path. */
export function absoluteUrl(pathname: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(pathname, `${siteUrl(env)}/`).toString();
}
