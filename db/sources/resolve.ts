/** How a statement's or event's citation finds its source: by id, by URL, else by title and publisher, or a new one. */
import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { InvalidInputError } from "../errors";
import { sources } from "../schema";
import type { IsoDate } from "@/lib/types";
import { recordAudit } from "../audit/record";
import { recordSourceVersion } from "./history";

export type NewSource = { title: string; publisher: string | null; url: string | null; publishedOn: IsoDate | null };
/** Either an existing source by id, or a citation to match (by URL, else title and publisher) or create. */
export type SourceRef = { id: number } | NewSource;

/** Finds the source a citation refers to without creating anything. */
export function findSource(db: Db, s: NewSource): number | null {
  const first = (where: SQL | undefined) => db.select({ id: sources.id }).from(sources).where(where).orderBy(asc(sources.id)).limit(1).get();
  const byUrl = s.url ? first(eq(sources.url, s.url)) : undefined;
  if (byUrl) return byUrl.id;
  // `is`: a null publisher matches a null publisher (sources_title_publisher_idx serves both).
  const byTitle = first(and(eq(sources.title, s.title), sql`${sources.publisher} is ${s.publisher}`));
  return byTitle?.id ?? null;
}

/** Whether a source with this id exists. */
export function sourceExists(db: Db, id: number): boolean {
  return db.select({ one: sql`1` }).from(sources).where(eq(sources.id, id)).get() !== undefined;
}

/** Returns the id of the referenced source, creating it (with an audit entry) when it is new. */
export function resolveSource(db: Db, ref: SourceRef, actor: string, at: number): number {
  if ("id" in ref) {
    if (!sourceExists(db, ref.id)) throw new InvalidInputError(`Unknown source ${ref.id}`, { sourceId: [`Unknown source ${ref.id}`] });
    return ref.id;
  }
  const existing = findSource(db, ref);
  if (existing !== null) return existing;
  const { title, publisher, url, publishedOn } = ref;
  const { id } = db.insert(sources).values({ title, publisher, url, publishedOn, createdAt: at, createdBy: actor }).returning({ id: sources.id }).get();
  recordSourceVersion(db, id, actor, at);
  recordAudit(db, { actor, action: "create", entity: "source", entityId: id, after: { id, ...ref } });
  return id;
}
