/**
 * What the browser import's action (app/admin/_actions/import.ts) answers and its form
 * (components/forms/import-form.tsx) shows: here so that the form need not import from app/.
 */
import type { ImportSummary, RowOutcome } from "./import-preview";

export type ImportData = { fileName: string; rows: RowOutcome[]; summary: ImportSummary; draftId?: string; imported?: boolean };
