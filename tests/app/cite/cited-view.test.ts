/**
 * Which statement a citation names (app/_lib/cite/cited-view.ts citedViewOf): a frozen link's
 * citation must name the statement as the frozen page shows it (its country and date then), not as
 * it reads after later edits, and a statement not recorded yet at `known` is a 404, as its page is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatement, editStatement } from "@/db/statements";
import { createTestDb, type TestDb } from "../../support/test-db";
import { freeze } from "../../support/freeze";
import { statementInput } from "../../support/statement-input";

const ACTOR = "editor@example.org";
let t: TestDb;
let citedViewOf: typeof import("@/app/_lib/cite/cited-view").citedViewOf;

beforeAll(async () => {
  t = createTestDb("reference");
  process.env.DATABASE_PATH = t.file;
  ({ citedViewOf } = await import("@/app/_lib/cite/cited-view"));
});
afterAll(() => t.close());

const labelOf = (path: string, raw: Record<string, string>) => {
  const r = citedViewOf(path, raw);
  return r.ok && r.view.page.kind === "statement" ? { label: r.view.page.label, date: r.view.filters.date } : r;
};

describe("the citation of a statement page", () => {
  it("names the version current at the link's known, and the current one without known", () => {
    const { current } = createStatement(t.db, statementInput({ countryIso3: "FRA", statedOn: "2025-09-04" }), ACTOR);
    const known = new Date(freeze()).toISOString();
    editStatement(t.db, current.id, 1, statementInput({ countryIso3: "DEU", statedOn: "2025-10-01" }), ACTOR, "corrected country and date");
    const path = `/statements/${current.id}`;
    expect(labelOf(path, { known })).toEqual({ label: "France, 4 Sep 2025", date: "2025-09-04" });
    expect(labelOf(path, {})).toEqual({ label: "Germany, 1 Oct 2025", date: "2025-10-01" });
  });

  it("is a 404 for a statement recorded after the link's known, and for one that does not exist", () => {
    const known = new Date(freeze()).toISOString();
    const { current } = createStatement(t.db, statementInput({ countryIso3: "GBR" }), ACTOR);
    expect(citedViewOf(`/statements/${current.id}`, { known })).toMatchObject({ ok: false, status: 404, error: expect.stringMatching(/^page: no statement has the id \d+ as known at /) });
    expect(citedViewOf(`/statements/${current.id}`, {})).toMatchObject({ ok: true });
    expect(citedViewOf("/statements/999999", {})).toEqual({ ok: false, status: 404, error: "page: no statement has the id 999999" });
  });
});
