/**
 * The layer rules of eslint.config.mjs fire: each folder's forbidden imports are reported, written
 * with the alias or as a relative path, and the allowed ones are not. Linted as text under a path
 * that does not exist, so no file is written.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });
});

/** The sources `file` may not import among `imports` (one import statement each). */
async function refused(file: string, imports: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(imports.join("\n") + "\n", { filePath: file });
  const lines = (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line);
  return lines.map((l) => imports[l - 1]!);
}

describe("layer rules", () => {
  it("lib/ imports no database, auth, request, app/ or components/", { timeout: 30_000 }, async () => {
    const bad = [
      'import { getDb } from "@/db/client";',
      'import { getDb } from "../../db/client";',
      'import type { Db } from "@/db/client";',
      'import { headers } from "next/headers";',
      'import "server-only";',
      'import { betterAuth } from "better-auth";',
      'import { admin } from "better-auth/plugins/admin";',
      'import Database from "better-sqlite3";',
      'import { sql } from "drizzle-orm";',
      'import { Dashboard } from "@/components/dashboard/dashboard";',
      'import { readAsOf } from "@/app/_lib/read-as-of";',
    ];
    const good = ['import { addDays } from "../dates";', 'import type { IsoDate } from "@/lib/types";', 'import { z } from "zod";'];
    expect(await refused("lib/timeline/probe.ts", [...bad, ...good])).toEqual(bad);
  });

  it("components/ read no database (types allowed) and import nothing from app/", { timeout: 30_000 }, async () => {
    const bad = [
      'import { getDb } from "@/db/client";',
      'import { listEvents } from "../../db/reference";',
      'import type { ImportData } from "@/app/admin/_actions/import";',
      'import Database from "better-sqlite3";',
    ];
    const good = ['import type { Db } from "@/db/client";', 'import { formatDate } from "@/lib/format/format";'];
    expect(await refused("components/compare/probe.tsx", [...bad, ...good])).toEqual(bad);
  });

  it("db/ imports nothing from app/ or components/", { timeout: 30_000 }, async () => {
    const bad = ['import { x } from "@/app/_lib/read-as-of";', 'import { y } from "../components/compare/compare-view";'];
    expect(await refused("db/statements/probe.ts", [...bad, 'import { todayIso } from "@/lib/dates";'])).toEqual(bad);
  });

  it("e2e/ and scripts/bench/ do not import each other, nor does scripts/support/ import either", { timeout: 30_000 }, async () => {
    expect(await refused("e2e/probe.e2e.ts", ['import { x } from "../scripts/bench/run";', 'import { y } from "../scripts/support/load-run";'])).toEqual([
      'import { x } from "../scripts/bench/run";',
    ]);
    expect(await refused("scripts/bench/probe.ts", ['import { x } from "@/e2e/support/context";', 'import { y } from "../support/app-server";'])).toEqual([
      'import { x } from "@/e2e/support/context";',
    ]);
    expect(await refused("scripts/support/probe.ts", ['import { x } from "../bench/run";', 'import { y } from "../../e2e/support/context";'])).toEqual([
      'import { x } from "../bench/run";',
      'import { y } from "../../e2e/support/context";',
    ]);
  });
});
