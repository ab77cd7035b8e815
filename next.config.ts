import type { NextConfig } from "next";

import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  async headers() {
    // The Content-Security-Policy is set per response (lib/http/server-hooks.ts, installed by instrumentation.ts).
    return [
      {
        source: "/:path*",
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
  // A second build (the demo corpus of the end-to-end tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next.js hashes a cached page's whole text for its ETag on every request: 12 % of the article page's cost.
  // Pages carry Cache-Control for browsers and caches; the reverse proxy revalidates by time.
  generateEtags: false,
  // Page 1 of a listing has one URL: the listing's own.
  async redirects() {
    return ["/chuyen-muc/:slug", "/the/:slug", "/luu-tru/:year/:month"].map((base) => ({
      source: `${base}/trang/1`,
      destination: base,
      permanent: true,
    }));
  },
  reactStrictMode: true,
};

export default nextConfig;
