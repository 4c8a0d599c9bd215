/**
 * The command-line import and export, run as a user runs them (npm scripts through tsx) against
 * real database files.
 */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "@/db/statements/csv";
import { seedFileRows } from "../support/seed-file";
import { TSX, runScript, scriptArgs } from "../support/run-script";

let dir: string;
const run = runScript;
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** A file of the original 14 columns (imports take any subset that has the required ones). */
const HEADER =
  "country,stated_on,stance,contributions,conditions,quote,quote_language,speaker,source_title,source_publisher,source_url,source_published_on,confidence,note";

// Each step spawns tsx (about a second each on this machine), so the tests get a generous timeout.
describe("db:import and db:export", { timeout: 60_000 }, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-cli-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("round-trips: export, import into an empty database, export again gives the same bytes", () => {
    const seeded = path.join(dir, "seeded.db");
    execFileSync(TSX, scriptArgs("prepare-db"), { env: { ...process.env, DATABASE_PATH: seeded } });
    const first = path.join(dir, "first.csv");
    expect(run("export", [first], seeded).status).toBe(0);
    const empty = path.join(dir, "empty.db");
    expect(run("migrate", [], empty).status).toBe(0);
    const imported = run("import", [first], empty);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toMatch(new RegExp(`Imported ${seedFileRows().length} new statement`));
    const second = path.join(dir, "second.csv");
    expect(run("export", [second], empty).status).toBe(0);
    expect(fs.readFileSync(second, "utf8")).toBe(fs.readFileSync(first, "utf8"));
    // Importing the same file again finds only duplicates.
    expect(run("import", [first], empty).stdout).toMatch(new RegExp(`Imported 0 new statement\\(s\\); ${seedFileRows().length} duplicate`));
  });

  it("rejects a file with one bad row entirely, listing every bad row, and leaves the database byte-for-byte unchanged", () => {
    const db = path.join(dir, "strict.db");
    expect(run("migrate", [], db).status).toBe(0);
    const before = sha(db);
    const csv = path.join(dir, "bad.csv");
    fs.writeFileSync(
      csv,
      [
        HEADER,
        'FRA,2025-09-04,troops,ground,,"Zitat, mit Komma",de,,Title,Pub,https://example.org/x,2025-09-04,high,',
        "Atlantis,2025-09-04,troops,,,,,,Title,Pub,,,,",
        "ITA,2025-02-30,refusal,,,,,,Title,Pub,,,,",
        "DEU,2025-09,support_only,,,,,,Title,Pub,javascript:alert(1),,,",
      ].join("\n"),
    );
    const res = run("import", [csv], db);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/line 3: .*Atlantis/);
    expect(res.stderr).toMatch(/line 4: .*2025-02-30/);
    expect(res.stderr).toMatch(/line 5: .*javascript:alert\(1\)/);
    expect(res.stderr).not.toMatch(/line 2:/);
    expect(sha(db)).toBe(before);
  });

  it("export refuses a database file that does not exist instead of creating an empty one", () => {
    const missing = path.join(dir, "typo", "trackr.db");
    const res = run("export", ["-"], missing);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Cannot use the database: Database file .*trackr\.db does not exist/);
    expect(res.stdout).toBe("");
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it("--dry-run validates and reports without writing", () => {
    const db = path.join(dir, "dry.db");
    expect(run("migrate", [], db).status).toBe(0);
    const csv = path.join(dir, "good.csv");
    fs.writeFileSync(csv, `\uFEFF${HEADER}\r\nEST,2025-09,troops,ground;training,,,,,"Title, with comma",Pub,,,,\r\n`);
    const res = run("import", [csv, "--dry-run"], db);
    expect(res.stdout).toMatch(/Dry run: would import 1 new statement/);
    const out = path.join(dir, "dry.csv");
    run("export", [out], db);
    // Nothing written: the export is the header alone (every column, in export order).
    expect(fs.readFileSync(out, "utf8")).toBe(`${CSV_COLUMNS.join(",")}\n`);
  });
});
