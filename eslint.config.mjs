import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layer rules (README, "Layout"), checked on every import so they stay true. A pattern matches
 * the import as written: the `@/` alias, and relative paths climbing to the same folder.
 */
const folder = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;
const restrict = (regex, message, extra = {}) => ({ regex, message, ...extra });

const NO_APP = restrict(folder("app"), "app/ holds routes; move what you need from it to lib/ (pure) or db/ (data).");
const NO_COMPONENTS = restrict(folder("components"), "components/ are React; lower layers may not depend on them.");
const NO_DB = restrict(folder("db"), "lib/ is pure code shared by browser and server: no database. Pass the data in.");
const SERVER_PACKAGES = [
  restrict("^next/headers$", "lib/ does not read the request: take the value as an argument."),
  restrict("^server-only$", "lib/ runs in the browser too; server-only code belongs in db/ or app/."),
  restrict("^better-auth(/|$)", "lib/ holds no auth; accounts and sessions are server code."),
  restrict("^better-sqlite3$", "lib/ is pure: no database driver."),
  restrict("^drizzle-orm(/|$)", "lib/ is pure: no database access."),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DB, NO_APP, NO_COMPONENTS, ...SERVER_PACKAGES] }] },
  },
  {
    // TEMPORARY: auth and sessions still live in lib/ and read the database and the request
    // (account verbs moved to db/accounts, the server-action frame to app/_lib/write-verb.ts).
    // Remove this block once they move out too.
    files: ["lib/auth.ts", "lib/auth-session.ts", "lib/auth-sign-in.ts", "lib/auth-route.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, NO_COMPONENTS] }] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(folder("db"), "Components take props: the page or route handler reads the database (types may be imported).", { allowTypeImports: true }),
            restrict(folder("app"), "Components may not import from app/; move shared types and code to lib/."),
            restrict("^better-sqlite3$", "Components take props: no database driver."),
            restrict("^drizzle-orm(/|$)", "Components take props: no database access."),
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [restrict(folder("app"), "db/ is below app/."), NO_COMPONENTS] }] },
  },
  {
    // Helpers both need live in scripts/support/ (or tests/support/).
    files: ["e2e/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [restrict(folder("scripts/bench"), "e2e/ may not import the benchmarks; share code through scripts/support/.")] }] },
  },
  {
    files: ["scripts/bench/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [restrict(folder("e2e"), "The benchmarks may not import e2e/; share code through scripts/support/.")] }],
    },
  },
  {
    // The ground both stand on: it may import neither.
    files: ["scripts/support/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            restrict(folder("e2e"), "scripts/support/ is shared by e2e/ and scripts/bench/; it may import neither."),
            restrict(`${folder("scripts/bench")}|^\\.\\./bench(/|$)`, "scripts/support/ is shared by e2e/ and scripts/bench/; it may import neither."),
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "db/migrations/**", "next-env.d.ts", "data/**"]),
]);
