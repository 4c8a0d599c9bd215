import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { createStatement, editStatement, getDatasetSpan, getStatement, retractStatement, type StatementInput } from "@/db/statements";
import { explainQueryPlan } from "@/db/query-plans";
import { statementInput } from "../../support/statement-input";

const source = { title: "Span article", publisher: "Test Press", url: "https://example.org/span", publishedOn: "2025-09-04" };
const input = (over: Parameters<typeof statementInput>[0] = {}): StatementInput => statementInput({ quote: "quote", quoteLanguage: "en", source, ...over });

/** The rule, computed apart: min and max stated_on of the current published versions. */
function spanByScan(t: TestDb): { first: string; last: string } | null {
  const dates = (t.db.$client.prepare("select stated_on as d from statements where superseded_at is null and status = 'published'").all() as { d: string }[]).map((r) => r.d).sort();
  return dates.length ? { first: dates[0]!, last: dates.at(-1)! } : null;
}

describe("getDatasetSpan (now): from the index's ends, the same as a scan", () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb("reference");
  });
  afterEach(() => t.close());

  it("follows creations, edits that move an end, and retractions of the ends", () => {
    expect(getDatasetSpan(t.db)).toBeNull();
    const a = createStatement(t.db, input({ statedOn: "2024-02-01" }), "a").current;
    const b = createStatement(t.db, input({ statedOn: "2025-06-01", countryIso3: "DEU" }), "a").current;
    const c = createStatement(t.db, input({ statedOn: "2026-03-01", countryIso3: "ITA" }), "a").current;
    const check = () => expect(getDatasetSpan(t.db)).toEqual(spanByScan(t));
    check();
    expect(getDatasetSpan(t.db)).toEqual({ first: "2024-02-01", last: "2026-03-01" });
    // The earliest moved later than the middle one: the superseded version no longer counts.
    editStatement(t.db, a.id, getStatement(t.db, a.id).current.version, input({ statedOn: "2025-08-01" }), "a", "misdated");
    check();
    expect(getDatasetSpan(t.db)?.first).toBe("2025-06-01");
    // A retracted end does not count either.
    retractStatement(t.db, c.id, getStatement(t.db, c.id).current.version, "wrong", "a");
    check();
    expect(getDatasetSpan(t.db)?.last).toBe("2025-08-01");
    retractStatement(t.db, b.id, getStatement(t.db, b.id).current.version, "wrong", "a");
    retractStatement(t.db, a.id, getStatement(t.db, a.id).current.version, "wrong", "a");
    expect(getDatasetSpan(t.db)).toBeNull();
  });

  it("reads the stated-on index, not every version", () => {
    const plan = explainQueryPlan(
      t.db,
      "select (select min(stated_on) from statements s where s.superseded_at is null and s.status = 'published') as first, (select max(stated_on) from statements s where s.superseded_at is null and s.status = 'published') as last",
    );
    // Both subqueries search the index; neither scans the table.
    expect(plan.filter((p) => /USING INDEX statements_current_stated_on_idx/.test(p.detail))).toHaveLength(2);
    expect(plan.filter((p) => /^SCAN s\b/.test(p.detail))).toEqual([]);
  });
});
