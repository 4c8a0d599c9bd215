import type { NextConfig } from "next";
import { securityHeaderRules } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // The tracker is served as its own origin; no image optimisation service is needed.
  poweredByHeader: false,
  reactStrictMode: true,
  // CSP, nosniff, referrer and framing rules on every response (see lib/security-headers.ts).
  async headers() {
    return securityHeaderRules({ dev: process.env.NODE_ENV === "development" });
  },
};

export default nextConfig;
