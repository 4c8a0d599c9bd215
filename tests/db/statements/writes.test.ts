import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { getStancesAsOf, listStatementFacts, getDatasetSpan } from "@/db/statements";
import { getStatement, listCountryStatements, listCurrentStatements } from "@/db/statements";
import { createStatement, editStatement, retractStatement, type StatementInput } from "@/db/statements";
import { ConflictError, InvalidInputError } from "@/db/errors";
import type { StatementDto } from "@/db/statements";
import { stancesAsOf } from "@/lib/timeline/stance-as-of";

const source = { title: "Test article", publisher: "Test Press", url: "https://example.org/a", publishedOn: "2025-09-04" };

function input(over: Partial<StatementInput> = {}): StatementInput {
  return {
    countryIso3: "FRA",
    statedOn: "2025-09-04",
    statedOnPrecision: "day",
    stance: "troops",
    contributions: ["ground"],
    conditions: null,
    quote: "quote",
    quoteLanguage: "de",
    speaker: null,
    confidence: "high",
    note: null,
    source,
    ...over,
  };
}

/** Waits until the clock reads later than `instant` (ms), so the next write is recorded after it. */
async function clockPast(instant: number): Promise<void> {
  await expect.poll(() => Date.now(), { interval: 1, timeout: 1_000 }).toBeGreaterThan(instant);
}

describe("statements: bitemporal writes and as-of reads", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb("reference");
  });
  afterEach(() => t.close());

  it("answers the latest statement on or before the date, per country", () => {
    createStatement(t.db, input({ statedOn: "2025-08-01", stance: "undecided" }), "a");
    createStatement(t.db, input({ statedOn: "2025-09-04", stance: "troops" }), "a");
    createStatement(t.db, input({ countryIso3: "ITA", statedOn: "2026-01-06", stance: "refusal" }), "a");
    const on = (d: string) => Object.fromEntries(getStancesAsOf(t.db, d).map((s) => [s.countryIso3, s.stance]));
    expect(on("2025-07-31")).toEqual({});
    expect(on("2025-08-01")).toEqual({ FRA: "undecided" });
    expect(on("2025-09-05")).toEqual({ FRA: "troops" });
    expect(on("2026-01-07")).toEqual({ FRA: "troops", ITA: "refusal" });
  });

  it("lets the later-recorded statement win on the same day, and agrees with the pure engine", () => {
    createStatement(t.db, input({ stance: "undecided" }), "a");
    createStatement(t.db, input({ stance: "support_only" }), "a");
    expect(getStancesAsOf(t.db, "2025-09-04")[0]?.stance).toBe("support_only");
    const pure = stancesAsOf(listStatementFacts(t.db), "2025-09-04");
    expect(pure.get("FRA")?.stance).toBe("support_only");
  });

  it("keeps every version and shows the data as it was known at an earlier instant", async () => {
    const created = createStatement(t.db, input({ stance: "undecided" }), "alice");
    await clockPast(Date.parse(created.current.recordedAt));
    const beforeEdit = Date.now();
    await clockPast(beforeEdit);
    const edited = editStatement(t.db, created.current.id, 1, input({ stance: "troops" }), "bob", "new reporting");
    expect(edited.current.version).toBe(2);
    expect(edited.versions.map((v) => [v.version, v.stance, v.recordedBy])).toEqual([
      [1, "undecided", "alice"],
      [2, "troops", "bob"],
    ]);
    expect(edited.versions[0]?.supersededAt).not.toBeNull();
    expect(getStancesAsOf(t.db, "2025-09-05")[0]?.stance).toBe("troops");
    expect(getStancesAsOf(t.db, "2025-09-05", beforeEdit)[0]?.stance).toBe("undecided");
    expect(getStancesAsOf(t.db, "2025-09-05", Date.parse(created.current.recordedAt) - 1)).toEqual([]);
  });

  it("refuses an edit made from a stale version and loses nothing", () => {
    const { current } = createStatement(t.db, input(), "alice");
    editStatement(t.db, current.id, 1, input({ quote: "first edit" }), "alice");
    let conflict: unknown;
    try {
      editStatement(t.db, current.id, 1, input({ quote: "second edit" }), "bob");
    } catch (err) {
      conflict = err;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<{ quote: string }>).current.quote).toBe("first edit");
    expect(getStatement(t.db, current.id).versions.map((v) => v.quote)).toEqual(["quote", "first edit"]);
  });

  it("refuses a retraction made from a stale version and loses nothing", () => {
    const { current } = createStatement(t.db, input(), "alice");
    editStatement(t.db, current.id, 1, input({ quote: "first edit" }), "alice");
    let conflict: unknown;
    try {
      retractStatement(t.db, current.id, 1, "misattributed quote", "bob");
    } catch (err) {
      conflict = err;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<StatementDto>).current).toMatchObject({ version: 2, status: "published", quote: "first edit" });
    const after = getStatement(t.db, current.id);
    expect(after.current).toMatchObject({ version: 2, status: "published", supersededAt: null });
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [1, "published"],
      [2, "published"],
    ]);
    expect(getStancesAsOf(t.db, "2025-09-05").map((s) => [s.id, s.version])).toEqual([[current.id, 2]]);
    expect(t.db.$client.prepare("select count(*) as n from audit_log where action = 'retract'").get()).toEqual({ n: 0 });
  });

  it("drops a retracted statement from as-of views, falling back to the earlier one, and keeps its history", () => {
    createStatement(t.db, input({ statedOn: "2025-08-01", stance: "undecided" }), "a");
    const later = createStatement(t.db, input({ statedOn: "2025-09-04", stance: "troops" }), "a");
    expect(() => retractStatement(t.db, later.current.id, 1, "  ", "a")).toThrow(InvalidInputError);
    const retracted = retractStatement(t.db, later.current.id, 1, "misattributed quote", "editor");
    expect(retracted.current).toMatchObject({ status: "retracted", changeReason: "misattributed quote", version: 2 });
    expect(getStancesAsOf(t.db, "2025-09-05")[0]?.stance).toBe("undecided");
    expect(listCountryStatements(t.db, "FRA").map((s) => s.stance)).toEqual(["undecided"]);
    expect(listCurrentStatements(t.db)).toHaveLength(1);
    expect(getStatement(t.db, later.current.id).versions).toHaveLength(2);
  });

  it("writes an audit entry for each change", () => {
    const { current } = createStatement(t.db, input(), "alice");
    editStatement(t.db, current.id, 1, input({ quote: "changed" }), "bob");
    const rows = t.db.$client.prepare("select actor, action, entity from audit_log order by id").all();
    expect(rows).toEqual([
      { actor: "alice", action: "create", entity: "source" },
      { actor: "alice", action: "create", entity: "statement" },
      { actor: "bob", action: "edit", entity: "statement" },
    ]);
  });

  it("rejects an unknown country without writing anything", () => {
    expect(() => createStatement(t.db, input({ countryIso3: "XXX" }), "a")).toThrow(InvalidInputError);
    expect(t.db.$client.prepare("select count(*) as n from sources").get()).toEqual({ n: 0 });
    expect(getDatasetSpan(t.db)).toBeNull();
  });
});
