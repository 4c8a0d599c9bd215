/**
 * npm run db:import with hostile files, run as a user runs it: a file with any bad row changes
 * nothing (the database file keeps its exact bytes); a file whose odd values are all valid is
 * imported and exported back verbatim; a file over the size limit is refused without being read.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreFormula } from "@/lib/csv";
import { CSV_COLUMNS } from "@/db/statements/csv";
import { MAX_IMPORT_BYTES } from "@/db/statements";
import { cleanText } from "@/lib/validation/fields";
import { CONTROL_CHARACTERS, HOSTILE_URLS, INERT_TEXT } from "../support/hostile-input";
import { runScript } from "../support/run-script";

let dir: string;
let db: string;

const run = (script: string, args: string[]) => runScript(script, args, db);
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const BASE: Record<string, string> = { country: "LVA", stated_on: "2025-09-04", stance: "naval", source_title: "CLI test" };
/** One CSV record (every column, in order) of a valid row with some values replaced. */
const row = (over: Record<string, string>) => CSV_COLUMNS.map((c) => ({ ...BASE, ...over })[c] ?? "");

describe("db:import with hostile files", { timeout: 90_000 }, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-hostile-"));
    db = path.join(dir, "tracker.db");
    expect(run("migrate", []).status).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rejects a file mixing hostile-but-valid rows with bad ones, lists every bad line, and writes nothing", () => {
    const good = Object.values(INERT_TEXT).map((v, i) => row({ quote: v, note: `good ${i}` }));
    const bad = [
      row({ source_url: HOSTILE_URLS[0]! }),
      row({ quote: CONTROL_CHARACTERS.NUL! }),
      row({ stated_on: "2025-02-30" }),
      row({ stance: "1" }),
      row({ speaker: "x".repeat(201) }),
    ];
    const file = path.join(dir, "mixed.csv");
    fs.writeFileSync(file, stringify([...good, ...bad], { header: true, columns: [...CSV_COLUMNS] }));
    const before = sha(db);
    const res = run("import", [file]);
    expect(res.status).toBe(1);
    // The physical line of the first bad row (a multi-line quote spans several lines).
    const first = stringify(good, { header: true, columns: [...CSV_COLUMNS] }).split("\n").length;
    expect(res.stderr).toMatch(new RegExp(`line ${first}: source_url 'javascript:alert\\(1\\)' is not an http\\(s\\) URL`));
    expect(res.stderr).toMatch(new RegExp(`line ${first + 1}: quote contains a control character \\(U\\+0000\\)`));
    expect(res.stderr).toMatch(new RegExp(`line ${first + 2}: stated_on '2025-02-30' is not a date`));
    expect(res.stderr).toMatch(new RegExp(`line ${first + 3}: unknown stance '1'`));
    expect(res.stderr).toMatch(new RegExp(`line ${first + 4}: speaker is 201 characters long \\(max 200\\)`));
    expect(res.stderr.match(/^ {2}line \d+:/gm)).toHaveLength(bad.length);
    expect(sha(db)).toBe(before);
  });

  it("imports the hostile-but-valid rows alone and exports them verbatim (formulas made inert)", () => {
    const values = Object.values(INERT_TEXT);
    const file = path.join(dir, "inert.csv");
    fs.writeFileSync(file, stringify(values.map((v, i) => row({ quote: v, note: `good ${i}` })), { header: true, columns: [...CSV_COLUMNS] }));
    const res = run("import", [file]);
    expect(res.stderr).toBe("");
    expect(res.stdout).toMatch(new RegExp(`Imported ${values.length} new statement`));
    const out = path.join(dir, "out.csv");
    expect(run("export", [out]).status).toBe(0);
    const exported = fs.readFileSync(out, "utf8");
    // Re-import of the export into a fresh database gives the same bytes back.
    const again = path.join(dir, "again.db");
    expect(runScript("import", [out], again).status).toBe(0);
    expect(runScript("export", ["-"], again).stdout).toBe(exported);
    for (const v of values) {
      const stored = cleanText(restoreFormula(v))!;
      if (/^'*[=+\-@]/.test(stored)) expect(exported).toContain(`'${stored.split("\n")[0]!.replaceAll('"', '""')}`);
    }
  });

  it("refuses a file over 100 MiB from its size alone, without reading it", () => {
    const file = path.join(dir, "huge.csv");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, MAX_IMPORT_BYTES + 1); // sparse: no 100 MiB written to disk
    const before = sha(db);
    const res = run("import", [file]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/was not imported \(nothing was written\): the file is 104857601 bytes; at most 104857600 bytes/);
    expect(sha(db)).toBe(before);
  });
});
