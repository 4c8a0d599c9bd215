/**
 * What the global setup hands to every e2e file: the address of the running production server and
 * the temporary database it was started with. Declared here so `inject("baseURL")` is typed.
 */
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234, no trailing slash */
    baseURL: string;
    /** the fresh SQLite file the server was started with (DATABASE_PATH) */
    databasePath: string;
  }
}

/** The running server's base URL and database file, as provided by e2e/support/global-setup.ts. */
export function e2eContext(): { baseURL: string; databasePath: string } {
  return { baseURL: inject("baseURL"), databasePath: inject("databasePath") };
}

/** Absolute URL on the server under test for a path such as `/api/v1/stances?date=2025-09-05`. */
export function urlFor(pathAndQuery: string): string {
  return new URL(pathAndQuery, inject("baseURL") + "/").toString();
}
