import type { NextConfig } from "next";

const nextConfig: NextConfig = {
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
