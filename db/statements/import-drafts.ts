/** CSV uploads waiting for the editor to confirm their dry run (/admin/import); kept a day at most. */
import "server-only";
import crypto from "node:crypto";
import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { importDrafts } from "../schema";

/** How long an uploaded file waits for its dry run to be confirmed. */
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

export type ImportDraft = typeof importDrafts.$inferSelect;

/** Keeps an uploaded file until its dry run is confirmed; drops drafts older than a day. */
export function saveImportDraft(db: Db, draft: { fileName: string; content: string; createdBy: string }): string {
  const id = crypto.randomUUID();
  const now = Date.now();
  db.$client.transaction(() => {
    db.delete(importDrafts).where(lt(importDrafts.createdAt, now - DRAFT_TTL_MS)).run();
    db.insert(importDrafts).values({ id, fileName: draft.fileName, content: draft.content, createdAt: now, createdBy: draft.createdBy }).run();
  })();
  return id;
}

/** The draft with this id if it exists, is not expired and was uploaded by `createdBy`. */
export function getImportDraft(db: Db, id: string, createdBy: string): ImportDraft | null {
  const row = db.select().from(importDrafts).where(eq(importDrafts.id, id)).get();
  if (!row || row.createdBy !== createdBy || row.createdAt < Date.now() - DRAFT_TTL_MS) return null;
  return row;
}

export function deleteImportDraft(db: Db, id: string): void {
  db.delete(importDrafts).where(eq(importDrafts.id, id)).run();
}
