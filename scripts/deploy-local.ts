/**
 * `npm run deploy:local [-- --apps N --port P --db FILE]`: the reference deployment on this
 * machine (docs/scaling.md): nginx (Debian's package) as shared cache and load balancer in front
 * of N (default 2) `npm start` processes on one SQLite file. Needs `npm run build` first.
 * Ctrl-C stops nginx and every app process.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { startDeployment } from "./support/deployment";

const { values } = parseArgs({ options: { apps: { type: "string" }, port: { type: "string" }, db: { type: "string" } } });

async function main(): Promise<void> {
  const deployment = await startDeployment(process.cwd(), {
    apps: Number(values.apps ?? 2),
    port: Number(values.port ?? 8080),
    databasePath: values.db ? path.resolve(values.db) : path.resolve(process.env.DATABASE_PATH || "data/tracker.db"),
  });
  console.log(`Coalition Tracker behind nginx on ${deployment.baseURL}: ${deployment.apps.map((a) => a.baseURL).join(", ")}; logs in ${deployment.dir}`);
  const stop = () => void deployment.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(`deploy:local: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
