import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { dataVersion } from "@/db/data-version";
import { listCountries } from "@/db/reference";
import { createStatement } from "@/db/statements";
import { importStatements } from "@/db/statements";
import { statementInput } from "../support/statement-input";
import { createTestDb, type TestDb } from "../support/test-db";

const input = statementInput();

describe("dataVersion", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb("reference");
  });
  afterEach(() => t.close());

  it("stays the same across reads", () => {
    const before = dataVersion(t.db);
    listCountries(t.db);
    expect(dataVersion(t.db)).toBe(before);
  });

  it("changes after a write through the same connection (the server's own edits)", () => {
    const before = dataVersion(t.db);
    createStatement(t.db, input, "a");
    expect(dataVersion(t.db)).not.toBe(before);
  });

  it("changes after a commit by another connection (a CLI import in another process)", () => {
    const before = dataVersion(t.db);
    const other = openDatabase(t.file);
    try {
      importStatements(other, [{ line: 2, input }], "cli");
    } finally {
      other.$client.close();
    }
    expect(dataVersion(t.db)).not.toBe(before);
  });
});
