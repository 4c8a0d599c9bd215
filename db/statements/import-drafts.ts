import "server-only";
import crypto from "node:crypto";
import type { Db } from "../client";

/** How long an uploaded file waits for its dry run to be confirmed. */
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

export type ImportDraft = { id: string; fileName: string; content: string; createdAt: number; createdBy: string };

/** Keeps an uploaded file until its dry run is confirmed; drops drafts older than a day. */
export function saveImportDraft(db: Db, draft: { fileName: string; content: string; createdBy: string }): string {
  const id = crypto.randomUUID();
  const now = Date.now();
  db.$client.transaction(() => {
    db.$client.prepare("delete from import_drafts where created_at < ?").run(now - DRAFT_TTL_MS);
    db.$client
      .prepare("insert into import_drafts (id, file_name, content, created_at, created_by) values (?, ?, ?, ?, ?)")
      .run(id, draft.fileName, draft.content, now, draft.createdBy);
  })();
  return id;
}

/** The draft with this id if it exists, is not expired and was uploaded by `createdBy`. */
export function getImportDraft(db: Db, id: string, createdBy: string): ImportDraft | null {
  const row = db.$client
    .prepare("select id, file_name as fileName, content, created_at as createdAt, created_by as createdBy from import_drafts where id = ?")
    .get(id) as ImportDraft | undefined;
  if (!row || row.createdBy !== createdBy || row.createdAt < Date.now() - DRAFT_TTL_MS) return null;
  return row;
}

export function deleteImportDraft(db: Db, id: string): void {
  db.$client.prepare("delete from import_drafts where id = ?").run(id);
}
