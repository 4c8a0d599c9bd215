import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The tracker is served as its own origin; no image optimisation service is needed.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
