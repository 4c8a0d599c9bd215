/**
 * A statement's one home: its fields (fields.ts), validation, reads, the as-of seek and its write
 * verbs. App code imports from here; the files behind it are internal to the noun.
 */
export * from "./fields";
export * from "./rows";
export * from "./read";
export { getBriefStancesAsOf, getStancesAsOf, stancesAsOfQuery, type BriefStance } from "./as-of";
export * from "./csv";
export * from "./diff";
export * from "./import-check";
export * from "./import-preview";
export { importStatements, type ImportOutcome, type ImportRow } from "./import";
export { recordStatement } from "./record";
export { editStatementFromValues, validStatementId } from "./edit";
export { retractStatementFromValues } from "./retract";
export { createStatement, editStatement, retractStatement, insertNewStatement, type StatementInput } from "./versions";
export { getTimelinePayload } from "./timeline-payload";
export { getBriefStancesInView, getStancesInView, listClaimFacts, listViewFacts, type ClaimFact } from "./claim-view";
export { deleteImportDraft, getImportDraft, saveImportDraft, type ImportDraft } from "./import-drafts";
export { importStatementFile, type ImportFileResult } from "./import-file";
