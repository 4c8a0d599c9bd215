/**
 * The load benchmarks' editor: an account made with the app's own `admin:create` script in the
 * database a benchmark server uses, so the writer signs in and saves through the write API as an
 * editor would (scripts/bench/load-with-writes.ts, and the mixed load of `npm run bench`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const BENCH_EDITOR = { email: "load-benchmark@example.org", password: "load benchmark password" };

/** Creates BENCH_EDITOR in `env.DATABASE_PATH`; throws with the script's output if it fails. */
export function createBenchEditor(root: string, env: NodeJS.ProcessEnv): void {
  const res = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/admin-create.ts", "--email", BENCH_EDITOR.email, "--password", BENCH_EDITOR.password, "--role", "editor"],
    { cwd: root, env, encoding: "utf8", timeout: 120_000 },
  );
  if (res.status !== 0) throw new Error(`admin:create failed:\n${res.stdout}\n${res.stderr}`);
}
