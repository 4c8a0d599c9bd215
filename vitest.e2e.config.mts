/**
 * Browser and API tests against a production build (`npm run build` first). One server for the
 * whole run (e2e/support/global-setup.ts) and one file at a time: on 2 cores, next start plus one
 * Chromium is what the machine holds without tests timing out under load.
 */
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    // Some specs write to the test database through db/ (as an editor's save would); as in the unit
    // config, "server-only" is stubbed since the test process is not a React server bundle.
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts") },
    globalSetup: ["e2e/support/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 30_000,
    // beforeAll launches Chromium, which takes a few seconds on a cold, busy machine
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Deliberately no retries: a flaky browser test is a bug to fix, not to hide.
    retry: 0,
  },
});
