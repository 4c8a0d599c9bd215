/**
 * npm run build:server (part of `npm run build`): compiles what `npm start` runs, scripts/prepare-db.ts
 * and scripts/serve.ts with everything of ours they import (db/, lib/, scripts/), to plain
 * JavaScript in dist/ (git-ignored), so that production needs neither tsx nor any other
 * devDependency: `node dist/prepare-db.js && node dist/serve.js`.
 *
 * Packages stay external (required from node_modules at run time, as `npm ci --omit=dev` installs
 * them); only our own TypeScript is bundled, with the `@/` alias of tsconfig.json. `server-only`
 * (imported by db/ so that no client bundle can pull the database in) is compiled to nothing, as
 * the `react-server` condition does under Next and tsx; the condition is set for our own files too.
 * Then every package the bundles require is checked against package.json's dependencies: a
 * devDependency (or an undeclared package) there would break `npm start` after `npm ci --omit=dev`.
 */
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";

const root = process.cwd();
const outdir = path.join(root, "dist");
const ENTRIES = ["scripts/prepare-db.ts", "scripts/serve.ts"];

/** `server-only` as an empty module: its react-server entry, which is what the server runs. */
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-is-empty",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

/** The package name of a bare import ("@scope/name/sub" -> "@scope/name"), or null for a built-in. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith("node:") || builtinModules.includes(specifier)) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

async function main(): Promise<void> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: ENTRIES.map((e) => path.join(root, e)),
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    conditions: ["react-server"],
    alias: { "@": root },
    plugins: [serverOnlyIsEmpty],
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
  });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
  const missing = new Map<string, string>();
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    for (const imp of output.imports) {
      const name = imp.external ? packageOf(imp.path) : null;
      if (name !== null && !runtime.has(name)) missing.set(name, file);
    }
  }
  if (missing.size > 0) {
    const list = [...missing].map(([name, file]) => `  ${name} (required by ${file})`).join("\n");
    throw new Error(`the server bundles require packages that are not runtime dependencies in package.json:\n${list}`);
  }
  console.log(`Server compiled: ${ENTRIES.map((e) => `dist/${path.basename(e, ".ts")}.js`).join(", ")}`);
}

main().catch((err: unknown) => {
  console.error(`build:server failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
