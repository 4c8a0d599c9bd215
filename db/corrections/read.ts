/** Reads of the correction queue, for editors only (the suggester's e-mail is in every row). */
import "server-only";
import { and, count, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { correctionSuggestions } from "../schema";

export const CORRECTION_STATUSES = ["open", "accepted", "dismissed"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export type CorrectionDto = {
  id: number;
  statementId: number | null;
  countryIso3: string | null;
  body: string;
  sourceUrl: string | null;
  email: string | null;
  createdAt: string;
  status: CorrectionStatus;
  handledBy: string | null;
  handledAt: string | null;
  reason: string | null;
};

type Row = typeof correctionSuggestions.$inferSelect;

function toDto(r: Row): CorrectionDto {
  return {
    id: r.id,
    statementId: r.statementId,
    countryIso3: r.countryIso3,
    body: r.body,
    sourceUrl: r.sourceUrl,
    email: r.email,
    createdAt: new Date(r.createdAt).toISOString(),
    status: r.status,
    handledBy: r.handledBy,
    handledAt: r.handledAt === null ? null : new Date(r.handledAt).toISOString(),
    reason: r.reason,
  };
}

export function getCorrection(db: Db, id: number): CorrectionDto | null {
  const row = db.select().from(correctionSuggestions).where(eq(correctionSuggestions.id, id)).get();
  return row ? toDto(row) : null;
}

/** The queue, newest first, optionally of one status; `before` (an id) pages on. */
export function listCorrections(db: Db, { status, limit = 50, before }: { status?: CorrectionStatus; limit?: number; before?: number } = {}): CorrectionDto[] {
  const where: SQL[] = [];
  if (status) where.push(eq(correctionSuggestions.status, status));
  if (before) where.push(lt(correctionSuggestions.id, before));
  return db
    .select()
    .from(correctionSuggestions)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(correctionSuggestions.id))
    .limit(limit)
    .all()
    .map(toDto);
}

/** How many suggestions wait for an editor (the admin home's count). */
export function countOpenCorrections(db: Db): number {
  return db.select({ n: count() }).from(correctionSuggestions).where(eq(correctionSuggestions.status, "open")).get()!.n;
}
