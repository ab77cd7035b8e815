import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { ARTICLE_TOOLS_FILE } from "./lib/assets";
import { sourceHash } from "./lib/content/code-version";
import { contentSecurityPolicy } from "./lib/http/csp";
import { SECURITY_HEADERS } from "./lib/http/security-headers";
import { pageOneRedirects } from "./lib/routes";

const headersOf = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig = (dev: boolean): NextConfig => ({
  async headers() {
    return [
      {
        // One fixed policy for every response (lib/http/csp.ts).
        source: "/:path*",
        headers: headersOf({
          ...SECURITY_HEADERS,
          "Content-Security-Policy": contentSecurityPolicy({ dev }),
        }),
      },
      {
        // Its URL carries a hash of the file (lib/assets.ts): a new version is a new URL.
        source: `/${ARTICLE_TOOLS_FILE}`,
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      {
        // Photos keep their names when replaced rarely: a day in caches, then revalidated in the background.
        source: "/images/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }],
      },
    ];
  },
  // The server's front gzips every response itself (lib/http/compression.ts), so that a HEAD carries the encoding its
  // GET would and the page cache keeps one copy per page.
  compress: false,
  // A second build (the demo corpus of the end-to-end tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next.js hashes a cached page's whole text for its ETag on every request, a cost paid on every page served.
  // Pages carry Cache-Control for browsers and caches; the reverse proxy revalidates by time.
  generateEtags: false,
  // Page 1 of a listing has one URL: the listing's own (lib/routes.ts).
  async redirects() {
    return pageOneRedirects();
  },
  reactStrictMode: true,
  // The server's libraries are loaded from node_modules as they are rather than bundled: a build compiles less and
  // needs less memory (BENCHMARKS.md). date-fns stays bundled: Next.js optimizes its imports.
  serverExternalPackages: [
    "@date-fns/tz",
    "feed",
    "gray-matter",
    "hast-util-from-html",
    "hast-util-sanitize",
    "hast-util-to-html",
    "hast-util-to-jsx-runtime",
    "image-size",
    "mdast-util-to-string",
    "remark",
    "remark-html",
    "unist-util-visit",
    "unist-util-visit-parents",
    "vfile",
    "xast-util-to-xml",
    "xastscript",
    "yaml",
    "zod",
  ],
  // Not `experimental.inlineCss`: measured, it put the stylesheet into every page twice (a <style> element and the
  // RSC payload), making each page larger and slower to serve, where the file is fetched once and then cached for a
  // year.
  // `npm test` type-checks the whole project (`tsc --noEmit`) before it builds; checking again in every build would
  // repeat that work on every rebuild.
  typescript: { ignoreBuildErrors: true },
});

/** The first characters of the SHA-256 of a file under public/. */
function fileVersion(file: string): string {
  const bytes = fs.readFileSync(path.join(process.cwd(), "public", file));
  return crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

export default function config(phase: string): NextConfig {
  const base = nextConfig(phase === PHASE_DEVELOPMENT_SERVER);
  const env = { ARTICLE_TOOLS_VERSION: fileVersion(ARTICLE_TOOLS_FILE) };
  // The content cache's code version, compiled in so that the build and its server agree (lib/content/code-version.ts).
  return phase === PHASE_PRODUCTION_BUILD
    ? { ...base, env: { ...env, CONTENT_CODE_VERSION: sourceHash(process.cwd()) ?? "" } }
    : { ...base, env };
}
