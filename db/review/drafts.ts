/**
 * Saving and reading changes that wait for review (REVIEW_REQUIRED=1). The statement verbs
 * (db/statements/record, edit, retract, import-file) call saveDraft instead of publishing; the
 * review verbs (./verbs.ts) publish or reject them. Nothing here touches a table a public view
 * reads, so a draft moves no data revision, ETag, count, feed or search index.
 */
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { reviewDrafts } from "../schema";

export type DraftKind = (typeof reviewDrafts.$inferSelect)["kind"];
export type DraftStatus = (typeof reviewDrafts.$inferSelect)["status"];

/** What a save under review answers instead of the published statement. */
export type DraftSaved = { draft: { id: number; kind: DraftKind; statementId: number | null } };

/** A write verb's answer: the statement as published, or the draft that waits for review. */
export type Saved<T> = T | DraftSaved;

export function isDraft<T extends object>(saved: Saved<T>): saved is DraftSaved {
  return "draft" in saved;
}

export type ReviewDraft = {
  id: number;
  kind: DraftKind;
  statementId: number | null;
  baseVersion: number | null;
  countryIso3: string | null;
  payload: unknown;
  author: string;
  createdAt: string;
  status: DraftStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  published: { statementId: number; version: number }[];
};

type NewDraft = { kind: DraftKind; statementId?: number | null; baseVersion?: number | null; countryIso3?: string | null; payload: unknown; author: string };

/** Stores one pending change (a whole import is one); call inside the verb's checks. */
export function saveDraft(db: Db, d: NewDraft): DraftSaved {
  const { id } = db
    .insert(reviewDrafts)
    .values({
      kind: d.kind,
      statementId: d.statementId ?? null,
      baseVersion: d.baseVersion ?? null,
      countryIso3: d.countryIso3 ?? null,
      payload: JSON.stringify(d.payload),
      author: d.author,
      createdAt: Date.now(),
    })
    .returning({ id: reviewDrafts.id })
    .get();
  return { draft: { id, kind: d.kind, statementId: d.statementId ?? null } };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toDraft(r: typeof reviewDrafts.$inferSelect): ReviewDraft {
  return {
    id: r.id,
    kind: r.kind,
    statementId: r.statementId,
    baseVersion: r.baseVersion,
    countryIso3: r.countryIso3,
    payload: JSON.parse(r.payload) as unknown,
    author: r.author,
    createdAt: iso(r.createdAt)!,
    status: r.status,
    reviewedBy: r.reviewedBy,
    reviewedAt: iso(r.reviewedAt),
    reviewReason: r.reviewReason,
    published: r.published === null ? [] : (JSON.parse(r.published) as ReviewDraft["published"]),
  };
}

export function getDraft(db: Db, id: number): ReviewDraft {
  const row = Number.isSafeInteger(id) && id > 0 ? db.select().from(reviewDrafts).where(eq(reviewDrafts.id, id)).get() : undefined;
  if (!row) throw new NotFoundError(`no draft #${id}`);
  return toDraft(row);
}

/** Drafts waiting for review, oldest first (the order they should be looked at). */
export function listPendingDrafts(db: Db): ReviewDraft[] {
  return db.select().from(reviewDrafts).where(eq(reviewDrafts.status, "pending")).orderBy(reviewDrafts.createdAt, reviewDrafts.id).all().map(toDraft);
}

/** The latest reviewed (approved or rejected) drafts, newest first, with their reviewer and reason. */
export function listReviewedDrafts(db: Db, { statementId, limit = 50 }: { statementId?: number; limit?: number } = {}): ReviewDraft[] {
  return db
    .select()
    .from(reviewDrafts)
    .where(and(sql`${reviewDrafts.status} <> 'pending'`, statementId === undefined ? undefined : eq(reviewDrafts.statementId, statementId)))
    .orderBy(desc(reviewDrafts.reviewedAt), desc(reviewDrafts.id))
    .limit(limit)
    .all()
    .map(toDraft);
}

export function countPendingDrafts(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(reviewDrafts).where(eq(reviewDrafts.status, "pending")).get()!.n;
}

/** Marks a pending draft reviewed; false when it was not pending any more (a second reviewer lost the race). */
export function closeDraft(db: Db, id: number, close: { status: "approved" | "rejected"; reviewedBy: string; reviewedAt: number; reason?: string | null; published?: ReviewDraft["published"]; statementId?: number }): boolean {
  const res = db
    .update(reviewDrafts)
    .set({
      status: close.status,
      reviewedBy: close.reviewedBy,
      reviewedAt: close.reviewedAt,
      reviewReason: close.reason ?? null,
      published: close.published ? JSON.stringify(close.published) : null,
      // A new statement's draft learns its id when approved, so the statement's reviews list it.
      ...(close.statementId === undefined ? {} : { statementId: close.statementId }),
    })
    .where(and(eq(reviewDrafts.id, id), eq(reviewDrafts.status, "pending")))
    .run();
  return res.changes === 1;
}
