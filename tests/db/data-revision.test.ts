/**
 * The dataset revision (migration 0006, db/data-revision.ts): moved in the writer's own
 * transaction by every change to a table a public view reads, by any connection (a CLI import
 * in another process), and never repeated after a restore, so that ETags built from it can be
 * trusted by every process and host.
 */
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { readDataRevision } from "@/db/data-revision";
import { createStatement, importStatements } from "@/db/statements";
import { statementInput } from "../support/statement-input";
import { createTestDb, type TestDb } from "../support/test-db";

/** The tables public views read (pages, read API, /og): each must move the revision. */
const PUBLIC_TABLES = ["countries", "stance_categories", "sources", "source_versions", "statements", "statement_sources", "events", "event_participants", "event_versions"];
/**
 * Tables no public view reads: accounts, sessions, the audit trail, drafts (import uploads and review
 * drafts: a draft must not move the revision), bookkeeping, and the readers' correction suggestions
 * (a queue only editors read: a suggestion must not move the public ETag, or anyone could invalidate
 * every reader's cached page by posting the form).
 */
const PRIVATE_TABLES = new Set(["users", "sessions", "accounts", "verifications", "audit_log", "import_drafts", "review_drafts", "correction_suggestions", "data_revision", "__drizzle_migrations", "sqlite_sequence"]);

describe("data revision", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb("full");
  });
  afterEach(() => t.close());

  const rev = () => readDataRevision(t.db.$client)!;

  /** Runs `sql` on a connection of its own (as another process would) and commits. */
  function elsewhere(sql: string): void {
    const other = openDatabase(t.file);
    try {
      other.$client.exec(sql);
    } finally {
      other.$client.close();
    }
  }

  it("exists after the migrations and stays put across reads", () => {
    const before = rev();
    expect(before.stamp).toMatch(/^[0-9a-f]{16}$/);
    t.db.$client.prepare("select count(*) from statements").get();
    expect(rev()).toEqual(before);
  });

  it("has an insert, an update and a delete trigger on every table that is not known to be private", () => {
    const tables = (t.db.$client.prepare("select name, sql from sqlite_master where type = 'table'").all() as { name: string; sql: string }[])
      // A virtual table (FTS5) cannot carry triggers; it and its shadow tables are derived from the tables above.
      .filter((row, _i, all) => !/^create virtual table/i.test(row.sql) && !all.some((v) => /^create virtual table/i.test(v.sql) && row.name.startsWith(`${v.name}_`)))
      .map((row) => row.name)
      .filter((name) => !PRIVATE_TABLES.has(name));
    expect(tables.sort()).toEqual([...PUBLIC_TABLES].sort());
    const triggers = t.db.$client.prepare("select tbl_name, sql from sqlite_master where type = 'trigger'").all() as { tbl_name: string; sql: string }[];
    for (const table of PUBLIC_TABLES) {
      for (const op of ["INSERT", "UPDATE", "DELETE"]) {
        expect(triggers.some((tr) => tr.tbl_name === table && tr.sql.includes(`AFTER ${op} ON`) && /UPDATE `data_revision`/.test(tr.sql)), `${op} on ${table}`).toBe(true);
      }
    }
  });

  it.each(PUBLIC_TABLES)("moves, with a new stamp, when another connection updates %s", (table) => {
    const before = rev();
    elsewhere(`update ${table} set rowid = rowid where rowid = (select min(rowid) from ${table})`);
    const after = rev();
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.stamp).not.toBe(before.stamp);
  });

  it("moves on inserts and deletes by another connection (participants and extra sources)", () => {
    const seen = new Set([rev().stamp]);
    const steps = [
      "insert into event_participants (event_id, country_iso3) select min(id), 'AND' from events where not exists (select 1 from event_participants p where p.event_id = (select min(id) from events) and p.country_iso3 = 'AND')",
      "delete from event_participants where country_iso3 = 'AND'",
      "insert into statement_sources (version_id, position, source_id) select max(s.id), 99, (select max(id) from sources) from statements s",
      "delete from statement_sources where position = 99",
    ];
    for (const sql of steps) {
      const before = rev().revision;
      elsewhere(sql);
      expect(rev().revision, sql).toBeGreaterThan(before);
      seen.add(rev().stamp);
    }
    expect(seen.size).toBe(steps.length + 1);
  });

  it("moves with the server's own writes and with a CLI-style import, in their transaction", () => {
    const before = rev();
    createStatement(t.db, statementInput(), "a");
    const afterEdit = rev();
    expect(afterEdit.revision).toBeGreaterThan(before.revision);
    const other = openDatabase(t.file);
    try {
      importStatements(other, [{ line: 2, input: statementInput({ countryIso3: "DEU" }) }], "cli");
    } finally {
      other.$client.close();
    }
    expect(rev().revision).toBeGreaterThan(afterEdit.revision);
  });

  it("does not move when the writing transaction rolls back", () => {
    const before = rev();
    expect(() =>
      t.db.$client.transaction(() => {
        t.db.$client.exec("update statements set rowid = rowid where rowid = (select min(rowid) from statements)");
        throw new Error("abort");
      })(),
    ).toThrow("abort");
    expect(rev()).toEqual(before);
  });

  it("never gives the same stamp to different data after a restore to an older backup and other edits", async () => {
    const backup = path.join(t.dir, "backup.db");
    await backupDatabase(t.file, backup);
    const atBackup = rev();
    createStatement(t.db, statementInput({ quote: "first branch" }), "a");
    const firstBranch = rev();
    await restoreDatabase(backup, t.file, { force: true });
    expect(rev()).toEqual(atBackup); // the stamp travels with the data it was drawn for
    createStatement(t.db, statementInput({ quote: "second branch" }), "a");
    const secondBranch = rev();
    expect(secondBranch.revision).toBe(firstBranch.revision); // the counter repeats...
    expect(secondBranch.stamp).not.toBe(firstBranch.stamp); // ...the validator does not
  });
});
