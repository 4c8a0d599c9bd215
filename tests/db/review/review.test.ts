/**
 * Review before publishing (REVIEW_REQUIRED=1) on a real SQLite file with the real migrations: a
 * draft changes nothing a reader can see (stances, as-of, export, feed, search, data revision),
 * approval by another editor publishes it through the same verb with the approver in the audit
 * log, self-approval and stale drafts are refused, rejection needs a reason and keeps the draft,
 * and an import under review is one batch, approved whole or not at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "../../support/test-db";
import { readDataRevision } from "@/db/data-revision";
import { listAuditEntries } from "@/db/audit/history";
import { readFeed } from "@/db/feed/read";
import { searchStatements } from "@/db/search";
import {
  editStatementFromValues,
  getStancesAsOf,
  getStatement,
  importStatementFile,
  listCountryStatements,
  listCurrentStatements,
  recordStatement,
  retractStatementFromValues,
  type StatementWithVersions,
} from "@/db/statements";
import { approveDraft, countPendingDrafts, getDraft, isDraft, listPendingDrafts, listReviewedDrafts, rejectDraft, SelfApprovalError, withDraftChanges, type Saved } from "@/db/review";
import { ConflictError, InvalidInputError, ValidationError } from "@/db/errors";
import { parseReviewRequired } from "@/lib/review/setting";

const A = "ana@example.org";
const B = "ben@example.org";
const QUOTE = "Zebracorn brigade pledged for review";

const VALUES = {
  country: "LVA",
  stated_on: "2025-09-21",
  stance: "naval",
  contributions: "naval",
  quote: QUOTE,
  quote_language: "en",
  confidence: "medium",
  source_title: "Review test source",
  source_url: "https://example.org/review-test",
};

let t: TestDb;
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.REVIEW_REQUIRED;
  t = createTestDb("full");
});
afterEach(() => {
  t.close();
  if (saved === undefined) delete process.env.REVIEW_REQUIRED;
  else process.env.REVIEW_REQUIRED = saved;
});

const review = (on: boolean) => {
  process.env.REVIEW_REQUIRED = on ? "1" : "0";
};
const rev = () => readDataRevision(t.db.$client)!;
const draftId = (s: Saved<StatementWithVersions>): number => {
  if (!isDraft(s)) throw new Error("expected a draft");
  return s.draft.id;
};
const published = (s: Saved<StatementWithVersions>): StatementWithVersions => {
  if (isDraft(s)) throw new Error("expected a published statement");
  return s;
};
const statementCount = () => (t.db.$client.prepare("select count(*) from statements").pluck().get() as number);
const sourceCount = () => (t.db.$client.prepare("select count(*) from sources").pluck().get() as number);
const found = (text: string) => searchStatements(t.db, [text.split(" ")[0]!.toLowerCase()], { limit: 50 }).results.length;
/** Every public read that could show a statement about Latvia with the test's quote. */
function publiclyVisible(quote = QUOTE): Record<string, boolean> {
  const has = (rows: { quote: string | null }[]) => rows.some((s) => s.quote === quote);
  return {
    country: has(listCountryStatements(t.db, "LVA")),
    asOf: has(getStancesAsOf(t.db, "2026-06-30")),
    export: has(listCurrentStatements(t.db)),
    feed: readFeed(t.db, {} as Parameters<typeof readFeed>[1]).entries.some((e) => JSON.stringify(e).includes(quote)),
    search: found(quote) > 0,
  };
}
const NOWHERE = { country: false, asOf: false, export: false, feed: false, search: false };

describe("REVIEW_REQUIRED", () => {
  it("is parsed strictly: 1, 0 or unset; any other value is refused with its name", () => {
    expect(parseReviewRequired(undefined)).toBe(false);
    expect(parseReviewRequired("")).toBe(false);
    expect(parseReviewRequired("0")).toBe(false);
    expect(parseReviewRequired("1")).toBe(true);
    for (const bad of ["true", "yes", "on", " 1", "1 ", "2", "01", "off", "false"]) {
      expect(() => parseReviewRequired(bad), bad).toThrow(/REVIEW_REQUIRED/);
    }
  });

  it("off: a save publishes at once and no draft is made", () => {
    review(false);
    const s = published(recordStatement(t.db, VALUES, A));
    expect(s.current.quote).toBe(QUOTE);
    // Published directly: no approver, no approval time, on the version or in its DTO.
    expect(s.current).toMatchObject({ approvedBy: null, approvedAt: null });
    const edited = published(editStatementFromValues(t.db, s.current.id, { ...VALUES, note: "edited", baseVersion: "1" }, B));
    expect(edited.versions.map((v) => [v.approvedBy, v.approvedAt])).toEqual([[null, null], [null, null]]);
    expect(t.db.$client.prepare("select count(*) from statements where approved_by is not null or approved_at is not null").pluck().get()).toBe(0);
    expect(countPendingDrafts(t.db)).toBe(0);
    expect(publiclyVisible().country).toBe(true);
  });
});

describe("review on", () => {
  beforeEach(() => review(true));

  it("a new statement is a draft: invisible to every public read, no new row, source or data revision", () => {
    const before = { rev: rev(), statements: statementCount(), sources: sourceCount() };
    const id = draftId(recordStatement(t.db, VALUES, A));
    expect(getDraft(t.db, id)).toMatchObject({ kind: "create", status: "pending", author: A });
    expect({ rev: rev(), statements: statementCount(), sources: sourceCount() }).toEqual(before);
    expect(publiclyVisible()).toEqual(NOWHERE);
    expect(countPendingDrafts(t.db)).toBe(1);
  });

  it("an edit and a retraction under review change nothing public until approved", () => {
    const target = listCountryStatements(t.db, "LVA")[0] ?? listCurrentStatements(t.db)[0]!;
    const before = { rev: rev(), current: getStatement(t.db, target.id).current };
    const edit = draftId(editStatementFromValues(t.db, target.id, { ...VALUES, country: target.countryIso3, baseVersion: String(target.version) }, A));
    const retract = draftId(retractStatementFromValues(t.db, target.id, { reason: "wrong", baseVersion: String(target.version) }, A));
    expect({ rev: rev(), current: getStatement(t.db, target.id).current }).toEqual(before);
    const [e] = withDraftChanges(t.db, [getDraft(t.db, edit)]);
    expect(e!.statements[0]!.changes.map((c) => c.field)).toContain("quote");
    expect(e!.statements[0]!.changes.find((c) => c.field === "quote")).toMatchObject({ before: target.quote, after: QUOTE });
    expect(listPendingDrafts(t.db).map((d) => d.id)).toEqual([edit, retract]);
  });

  it("approval by another editor publishes through the same verb: version by the author, approver and time in the audit log", () => {
    const id = draftId(recordStatement(t.db, VALUES, A));
    const before = rev();
    const approved = approveDraft(t.db, id, B);
    expect(approved).toMatchObject({ status: "approved", reviewedBy: B });
    expect(approved.reviewedAt).not.toBeNull();
    const [{ statementId, version }] = approved.published as [{ statementId: number; version: number }];
    expect(version).toBe(1);
    expect(getStatement(t.db, statementId).current).toMatchObject({ quote: QUOTE, status: "published" });
    // The version is the author's (the stored actor; public reads show a display name instead).
    expect(t.db.$client.prepare("select recorded_by from statements where statement_id = ?").pluck().get(statementId)).toBe(A);
    expect(rev()).not.toEqual(before);
    expect(Object.values(publiclyVisible()).every(Boolean)).toBe(true);
    const { entries } = listAuditEntries(t.db, { limit: 10 });
    const approval = entries.find((e) => e.action === "approve");
    expect(approval).toMatchObject({ actor: B, entity: "draft", entityId: String(id) });
    expect(approval!.after).toMatchObject({ author: A, approvedBy: B, approvedAt: approved.reviewedAt, published: [{ statementId, version: 1 }] });
    expect(entries.some((e) => e.action === "create" && e.entity === "statement" && e.entityId === String(statementId) && e.actor === A)).toBe(true);
    expect(countPendingDrafts(t.db)).toBe(0);
    // The statement's own reviews name the approver (the admin statement page shows them).
    expect(listReviewedDrafts(t.db, { statementId }).map((d) => [d.id, d.reviewedBy])).toEqual([[id, B]]);
  });

  it("approval stamps a whole import batch in one UPDATE of statements, those versions only", () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i % 2 ? "LVA" : "EST"},2025-09-22,naval,${QUOTE} ${i},Batch source,https://example.org/batch`);
    const result = importStatementFile(t.db, ["country,stated_on,stance,quote,source_title,source_url", ...rows].join("\n"), A);
    if ("fileError" in result) throw new Error(result.fileError);
    // Every statement the approval prepares, as SQL text (drizzle prepares each query it runs).
    const prepare = vi.spyOn(t.db.$client, "prepare");
    const approved = approveDraft(t.db, result.draftId!, B);
    const updates = prepare.mock.calls.map(([q]) => String(q)).filter((q) => /^update\s+"statements"/i.test(q));
    prepare.mockRestore();
    expect(approved.published).toHaveLength(200);
    expect(updates).toHaveLength(1);
    const stampedRows = t.db.$client.prepare("select statement_id as statementId, version from statements where approved_by = ? and approved_at = ? order by statement_id, version").all(B, Date.parse(approved.reviewedAt!));
    expect(stampedRows).toEqual([...approved.published].sort((a, b) => a.statementId - b.statementId || a.version - b.version).map(({ statementId, version }) => ({ statementId, version })));
    expect(t.db.$client.prepare("select count(*) from statements where approved_by is not null").pluck().get()).toBe(200);
  });

  it("approval stamps the approver and time on each version it publishes (create, edit, retract, import); public reads name the approver, never an e-mail", () => {
    // Ben has an account with a display name (as the app's editors do); the stored actor is his e-mail.
    t.db.$client.prepare("insert into users (id, name, email, display_name) values ('u-ben', 'Ben', ?, 'Editor 7')").run(B);
    const stamped = (d: ReturnType<typeof approveDraft>) =>
      (d.published as { statementId: number; version: number }[]).map(({ statementId, version }) => {
        const raw = t.db.$client.prepare("select approved_by as approvedBy, approved_at as approvedAt from statements where statement_id = ? and version = ?").get(statementId, version);
        const dto = getStatement(t.db, statementId).versions.find((v) => v.version === version)!;
        return { raw, dto: { approvedBy: dto.approvedBy, approvedAt: dto.approvedAt } };
      });
    const expectStamped = (d: ReturnType<typeof approveDraft>, count: number) => {
      const rows = stamped(d);
      expect(rows).toHaveLength(count);
      for (const r of rows) {
        expect(r.raw).toEqual({ approvedBy: B, approvedAt: Date.parse(d.reviewedAt!) });
        expect(r.dto).toEqual({ approvedBy: "Editor 7", approvedAt: d.reviewedAt });
      }
    };
    const created = approveDraft(t.db, draftId(recordStatement(t.db, VALUES, A)), B);
    expectStamped(created, 1);
    const { statementId } = created.published[0]!;
    const edited = approveDraft(t.db, draftId(editStatementFromValues(t.db, statementId, { ...VALUES, quote: `${QUOTE} edited`, baseVersion: "1" }, A)), B);
    expectStamped(edited, 1);
    expectStamped(approveDraft(t.db, draftId(retractStatementFromValues(t.db, statementId, { reason: "wrong", baseVersion: "2" }, A)), B), 1);
    const csv = ["country,stated_on,stance,quote,source_title,source_url", `LVA,2025-09-22,naval,${QUOTE} one,Batch source,https://example.org/batch`, `EST,2025-09-23,naval,${QUOTE} two,Batch source,https://example.org/batch`].join("\n");
    const result = importStatementFile(t.db, csv, A);
    if ("fileError" in result) throw new Error(result.fileError);
    expectStamped(approveDraft(t.db, result.draftId!, B), 2);
    // Each stamp is on its own version only: the versions before stay as they were published.
    const history = getStatement(t.db, statementId).versions;
    expect(history.map((v) => v.approvedBy)).toEqual(["Editor 7", "Editor 7", "Editor 7"]);
    // No public read carries the approver's e-mail.
    expect(JSON.stringify(history)).not.toContain(B);
    expect(JSON.stringify(listCurrentStatements(t.db))).not.toContain(B);
  });

  it("an approver without an account is shown as a public actor, never as the stored e-mail", () => {
    const approved = approveDraft(t.db, draftId(recordStatement(t.db, VALUES, A)), B);
    const { current } = getStatement(t.db, approved.published[0]!.statementId);
    expect(current.approvedAt).toBe(approved.reviewedAt);
    expect(current.approvedBy).toBe("an editor");
  });

  it("the author cannot approve their own draft, whatever kind it is; nothing is written", () => {
    const target = listCurrentStatements(t.db)[0]!;
    const drafts = [
      draftId(recordStatement(t.db, VALUES, A)),
      draftId(editStatementFromValues(t.db, target.id, { ...VALUES, country: target.countryIso3, baseVersion: String(target.version) }, A)),
      draftId(retractStatementFromValues(t.db, target.id, { reason: "wrong", baseVersion: String(target.version) }, A)),
    ];
    const before = { rev: rev(), statements: statementCount() };
    for (const id of drafts) {
      expect(() => approveDraft(t.db, id, A)).toThrow(SelfApprovalError);
      expect(getDraft(t.db, id).status).toBe("pending");
    }
    expect({ rev: rev(), statements: statementCount() }).toEqual(before);
  });

  it("a draft is reviewed once: a second approval or a rejection after it is refused", () => {
    const id = draftId(recordStatement(t.db, VALUES, A));
    approveDraft(t.db, id, B);
    const count = statementCount();
    expect(() => approveDraft(t.db, id, "cleo@example.org")).toThrow(/already approved/);
    expect(() => rejectDraft(t.db, id, "cleo@example.org", "no")).toThrow(/already approved/);
    expect(statementCount()).toBe(count);
  });

  it("rejection needs a reason, publishes nothing and keeps the draft with its reason in the history", () => {
    const id = draftId(recordStatement(t.db, VALUES, A));
    for (const reason of ["", "   ", "\n\t"]) expect(() => rejectDraft(t.db, id, B, reason)).toThrow(ValidationError);
    expect(getDraft(t.db, id).status).toBe("pending");
    const before = rev();
    const rejected = rejectDraft(t.db, id, B, "  The source does not say this.  ");
    expect(rejected).toMatchObject({ status: "rejected", reviewedBy: B, reviewReason: "The source does not say this." });
    expect(rev()).toEqual(before);
    expect(publiclyVisible()).toEqual(NOWHERE);
    expect(listReviewedDrafts(t.db).map((d) => [d.id, d.status, d.reviewReason])).toEqual([[id, "rejected", "The source does not say this."]]);
    expect(listAuditEntries(t.db, { entity: "draft" }).entries[0]).toMatchObject({ action: "reject", actor: B, after: { reason: "The source does not say this." } });
    expect(() => approveDraft(t.db, id, B)).toThrow(/already rejected/);
  });

  it("a stale draft (its base version was superseded) is refused with a clear message; an edit or a retraction alike", () => {
    const target = listCurrentStatements(t.db)[0]!;
    const base = String(target.version);
    const edit = draftId(editStatementFromValues(t.db, target.id, { ...VALUES, country: target.countryIso3, baseVersion: base }, A));
    const retract = draftId(retractStatementFromValues(t.db, target.id, { reason: "wrong", baseVersion: base }, A));
    const other = draftId(editStatementFromValues(t.db, target.id, { ...VALUES, quote: "Newer", country: target.countryIso3, baseVersion: base }, "cleo@example.org"));
    approveDraft(t.db, other, B);
    const after = getStatement(t.db, target.id).current;
    for (const id of [edit, retract]) {
      expect(withDraftChanges(t.db, [getDraft(t.db, id)])[0]!.stale).toBe(true);
      let err: unknown;
      try {
        approveDraft(t.db, id, B);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as Error).message).toMatch(new RegExp(`Draft #${id} is stale: it was made from version ${base}`));
      expect(getDraft(t.db, id).status).toBe("pending");
    }
    expect(getStatement(t.db, target.id).current).toEqual(after);
  });

  it("a save under review is refused at once when its base version is not current (as a published save is)", () => {
    const target = listCurrentStatements(t.db)[0]!;
    expect(() => editStatementFromValues(t.db, target.id, { ...VALUES, country: target.countryIso3, baseVersion: String(target.version + 1) }, A)).toThrow(ConflictError);
    expect(() => recordStatement(t.db, { ...VALUES, source_title: "", source_url: "", source_id: "999999" }, A)).toThrow(InvalidInputError);
    expect(countPendingDrafts(t.db)).toBe(0);
  });

  it("a CSV import under review is one draft batch, approved as a whole", () => {
    const csv = ["country,stated_on,stance,quote,source_title,source_url", `LVA,2025-09-22,naval,${QUOTE} one,Batch source,https://example.org/batch`, `EST,2025-09-23,naval,${QUOTE} two,Batch source,https://example.org/batch`].join("\n");
    const before = { rev: rev(), statements: statementCount(), sources: sourceCount() };
    const result = importStatementFile(t.db, csv, A);
    if ("fileError" in result) throw new Error(result.fileError);
    expect(result).toMatchObject({ imported: false, hasErrors: false, summary: { new: 2 } });
    expect({ rev: rev(), statements: statementCount(), sources: sourceCount() }).toEqual(before);
    expect(listPendingDrafts(t.db)).toHaveLength(1);
    const batch = withDraftChanges(t.db, [getDraft(t.db, result.draftId!)])[0]!;
    expect(batch.statements).toHaveLength(2);
    expect(() => approveDraft(t.db, result.draftId!, A)).toThrow(SelfApprovalError);
    const approved = approveDraft(t.db, result.draftId!, B);
    expect(approved.published).toHaveLength(2);
    expect(statementCount()).toBe(before.statements + 2);
    expect(publiclyVisible(`${QUOTE} one`).export && publiclyVisible(`${QUOTE} two`).export).toBe(true);
  });

  it("an import batch that fails part way publishes nothing (one transaction)", () => {
    const csv = ["country,stated_on,stance,quote,source_title,source_url", `LVA,2025-09-22,naval,${QUOTE} one,Batch source,https://example.org/batch`, `EST,2025-09-23,naval,${QUOTE} two,Batch source,https://example.org/batch`].join("\n");
    const result = importStatementFile(t.db, csv, A);
    if ("fileError" in result) throw new Error(result.fileError);
    // The second row's country disappears before approval (as a stale reference would): the whole batch is refused.
    t.db.$client.prepare("update review_drafts set payload = json_set(payload, '$.rows[1].input.countryIso3', 'XXX') where id = ?").run(result.draftId);
    const before = { rev: rev(), statements: statementCount(), sources: sourceCount() };
    expect(() => approveDraft(t.db, result.draftId!, B)).toThrow(/Unknown country XXX/);
    expect({ rev: rev(), statements: statementCount(), sources: sourceCount() }).toEqual(before);
    expect(getDraft(t.db, result.draftId!).status).toBe("pending");
  });
});
