/**
 * The version history says who approved a version at review and when, in the words the pages show
 * ("approved by Editor 2, 1 Dec 2026 14:03 UTC"), from the real DTOs of a real database; a version
 * published without review says nothing of an approval.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, expect, it } from "vitest";
import { VersionHistory } from "@/components/country/version-history";
import { approveDraft, isDraft } from "@/db/review";
import { editStatementFromValues, getStatement, recordStatement, withChanges } from "@/db/statements";
import { createTestDb, type TestDb } from "../../support/test-db";

const A = "ana@example.org";
const B = "ben@example.org";
const VALUES = { country: "LVA", stated_on: "2025-09-21", stance: "naval", quote: "History approval test", quote_language: "en", confidence: "medium", source_title: "History test source", source_url: "https://example.org/history-test" };

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

it("names the approver's display name and the approval time on an approved version, and no e-mail", () => {
  t.db.$client.prepare("insert into users (id, name, email, display_name) values ('u-ben', 'Ben', ?, 'Editor 2')").run(B);
  process.env.REVIEW_REQUIRED = "0";
  const direct = recordStatement(t.db, VALUES, A);
  if (isDraft(direct)) throw new Error("expected a published statement");
  process.env.REVIEW_REQUIRED = "1";
  const draft = editStatementFromValues(t.db, direct.current.id, { ...VALUES, note: "edited", baseVersion: "1" }, A);
  if (!isDraft(draft)) throw new Error("expected a draft");
  // A known instant, so the text can be checked whole.
  const approvedAt = Date.UTC(2026, 11, 1, 14, 3, 27);
  approveDraft(t.db, draft.draft.id, B);
  t.db.$client.prepare("update statements set approved_at = ? where statement_id = ? and version = 2").run(approvedAt, direct.current.id);
  const html = renderToStaticMarkup(createElement(VersionHistory, { versions: withChanges(getStatement(t.db, direct.current.id).versions) }));
  const items = html.split("<li ").slice(1);
  expect(items).toHaveLength(2);
  expect(items[0]).not.toContain("approved by");
  expect(items[1]).toContain("approved by Editor 2, 1 Dec 2026 14:03 UTC");
  expect(html).not.toContain("@");
});
