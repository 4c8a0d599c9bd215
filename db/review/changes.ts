/**
 * What a pending draft would change, field by field, against the statement's current version
 * (db/statements diffVersions, the version history's own diff), for /admin/review.
 */
import "server-only";
import type { Db } from "../client";
import { getSource } from "../sources/read";
import { diffVersions, getStatement, versionFields, type FieldChange, type StatementDto, type StatementInput, type VersionValues } from "../statements";
import type { ImportRow } from "../statements/import";
import type { ReviewDraft } from "./drafts";

export type DraftStatement = { label: string; statementId: number | null; changes: FieldChange[]; reason: string | null };
export type DraftWithChanges = ReviewDraft & { statements: DraftStatement[]; stale: boolean };

/** A source reference as the diff shows it: a recorded source by its title, a new one marked so. */
function sourceShown(db: Db, ref: StatementInput["source"]): { id: number; title: string } {
  if ("id" in ref) return { id: ref.id, title: getSource(db, ref.id)?.title ?? "(unknown source)" };
  // id 0 names no recorded source: approval will match or create it.
  return { id: 0, title: `${ref.title} (new source)` };
}

/** The proposed version as the diff reads it (content keys, status and source titles). */
function proposed(db: Db, input: StatementInput, status: StatementDto["status"]): VersionValues {
  const source = sourceShown(db, input.source);
  const sources = [source, ...(input.moreSources ?? []).map((r) => sourceShown(db, r))];
  // The diff reads only content keys, status and the sources' id and title: the input has them all.
  return { ...input, status, source, sources } as unknown as VersionValues;
}

function describe(db: Db, d: ReviewDraft): { statements: DraftStatement[]; stale: boolean } {
  if (d.kind === "create") {
    const input = d.payload as StatementInput;
    return { statements: [{ label: `New statement (${input.countryIso3})`, statementId: null, changes: versionFields(proposed(db, input, "published")), reason: null }], stale: false };
  }
  if (d.kind === "import") {
    const rows = (d.payload as { rows: ImportRow[] }).rows;
    return {
      statements: rows.map((r) => ({ label: `Line ${r.line}: new statement (${r.input.countryIso3})`, statementId: null, changes: versionFields(proposed(db, r.input, "published")), reason: null })),
      stale: false,
    };
  }
  const { current } = getStatement(db, d.statementId!);
  const stale = current.version !== d.baseVersion;
  if (d.kind === "retract") {
    const reason = (d.payload as { reason: string }).reason;
    return { statements: [{ label: `Retraction of statement #${d.statementId}`, statementId: d.statementId, changes: diffVersions(current, { ...current, status: "retracted" }), reason }], stale };
  }
  const input = d.payload as StatementInput & { changeReason: string | null };
  return { statements: [{ label: `Edit of statement #${d.statementId} (from version ${d.baseVersion})`, statementId: d.statementId, changes: diffVersions(current, proposed(db, input, "published")), reason: input.changeReason }], stale };
}

export function withDraftChanges(db: Db, drafts: ReviewDraft[]): DraftWithChanges[] {
  return drafts.map((d) => ({ ...d, ...describe(db, d) }));
}
