/**
 * Runs one of the project's command-line scripts as `npm run` does (tsx under the react-server
 * condition, so the data layer's `server-only` import resolves) against a given database file.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const TSX = path.resolve("node_modules/.bin/tsx");

/** The arguments after `tsx` that run scripts/<script>.ts with `args`. */
export function scriptArgs(script: string, args: readonly string[] = []): string[] {
  return ["--conditions=react-server", `scripts/${script}.ts`, ...args];
}

type RunOptions = { env?: Record<string, string>; uid?: number; gid?: number; timeout?: number; input?: string };

/** Runs scripts/<script>.ts to its end with DATABASE_PATH=`db`; status and output as text. */
export function runScript(script: string, args: readonly string[], db: string, { env, ...rest }: RunOptions = {}) {
  return spawnSync(TSX, scriptArgs(script, args), {
    env: { ...process.env, DATABASE_PATH: db, ...env },
    encoding: "utf8",
    ...rest,
  });
}
