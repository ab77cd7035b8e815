import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A second build (the demo corpus of the end-to-end tests) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
