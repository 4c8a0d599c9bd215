import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The tracker is served as its own origin; no image optimisation service is needed.
  poweredByHeader: false,
  reactStrictMode: true,
  // The browser CSV import posts the file to a server action; 1 MB (the default) is ~2,500 rows.
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
};

export default nextConfig;
