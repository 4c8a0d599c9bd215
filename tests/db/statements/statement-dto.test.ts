/**
 * toStatementDto (db/statements/rows.ts) builds each DTO as one generated object literal. It must
 * give what the object spread it replaced gave, field for field and in the same key order (the
 * JSON answers list fields in that order), for every version on the seed: edited and retracted
 * versions, corroborating sources, actors with and without a display name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, type StatementRow } from "@/db/statements/rows";
import { publicActor } from "@/lib/format/public-actor";
import type { ConditionKey, ContributionKey, Source } from "@/lib/types";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb("full");
});
afterAll(() => t.close());

const SOURCE_KEYS = ["id", "title", "publisher", "url", "publishedOn", "language", "retrievedOn", "archivedUrl", "note"] as const;

/** The mapping as it was written before (rest and spread), kept here as the reference. */
function spreadDto(r: StatementRow) {
  const { contributions, conditionKeys, recordedAt, approvedAt, supersededAt, sourceId, sourceTitle, sourcePublisher, sourceUrl, sourcePublishedOn, sourceLanguage, sourceRetrievedOn, sourceArchivedUrl, sourceNote, recorderName, approverName, moreSources, ...content } = r;
  const source: Source = { id: sourceId, title: sourceTitle, publisher: sourcePublisher, url: sourceUrl, publishedOn: sourcePublishedOn, language: sourceLanguage, retrievedOn: sourceRetrievedOn, archivedUrl: sourceArchivedUrl, note: sourceNote };
  return {
    ...content,
    recordedBy: publicActor(content.recordedBy, recorderName),
    approvedBy: content.approvedBy === null ? null : publicActor(content.approvedBy, approverName),
    contributions: JSON.parse(contributions) as ContributionKey[],
    conditionKeys: JSON.parse(conditionKeys) as ConditionKey[],
    recordedAt: new Date(recordedAt).toISOString(),
    approvedAt: approvedAt === null ? null : new Date(approvedAt).toISOString(),
    supersededAt: supersededAt === null ? null : new Date(supersededAt).toISOString(),
    source,
    sources: [
      source,
      ...(JSON.parse(moreSources) as (Source & { position: number })[]).sort((a, b) => a.position - b.position).map((m) => Object.fromEntries(SOURCE_KEYS.map((k) => [k, m[k]])) as Source),
    ],
  };
}

describe("toStatementDto", () => {
  it("gives the fields, values and key order of the spread it replaced, for every version", () => {
    const c = t.db.$client;
    // Variety the seed lacks: an approved version, an author with a display name, one without, a superseded version imported from a file.
    c.prepare("insert into users (id, name, email, email_verified, created_at, updated_at, display_name) values ('u1', 'Ed', 'ed@example.org', 1, 0, 0, 'Ed Itor')").run();
    c.prepare("update statements set approved_by = 'ed@example.org', approved_at = recorded_at + 5 where id = (select min(id) from statements)").run();
    c.prepare("update statements set recorded_by = 'ed@example.org' where id = (select max(id) from statements)").run();
    c.prepare("update statements set recorded_by = 'someone@example.org' where id = (select min(id) + 1 from statements)").run();
    c.prepare("update statements set superseded_at = recorded_at + 10, recorded_by = 'cli-import:/srv/data/batch.csv' where id = (select min(id) + 2 from statements)").run();
    const rows = c.prepare(`select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS} order by s.id`).all() as StatementRow[];
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.some((r) => r.moreSources !== "[]")).toBe(true);
    expect(rows.some((r) => r.supersededAt !== null)).toBe(true);
    expect(rows.some((r) => r.approvedAt !== null && r.approverName !== null)).toBe(true);
    for (const r of rows) {
      const dto = toStatementDto(r);
      const reference = spreadDto(r);
      expect(Object.keys(dto)).toEqual(Object.keys(reference));
      expect(JSON.stringify(dto)).toBe(JSON.stringify(reference));
      expect(dto).toEqual(reference);
    }
  });
});
