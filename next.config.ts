import type { NextConfig } from "next";

/**
 * Security headers on every response. The Content-Security-Policy stops
 * scripts, styles, images and frames from other origins, plugins, <base>
 * hijacking and form posts elsewhere; it still allows inline scripts, which
 * Next.js uses to deliver each page's data (see README, "Security").
 */
const SECURITY_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self), web-share=(self)",
  },
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // A second build (the demo corpus of the end-to-end tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
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
