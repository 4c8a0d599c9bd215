import "server-only";
import type { Db } from "../client";
import { InvalidInputError } from "../errors";
import type { IsoDate } from "@/lib/types";
import { recordAudit } from "./audit";

export type NewSource = { title: string; publisher: string | null; url: string | null; publishedOn: IsoDate | null };
/** Either an existing source by id, or a citation to match (by URL, else title and publisher) or create. */
export type SourceRef = { id: number } | NewSource;

/** Finds the source a citation refers to without creating anything. */
export function findSource(db: Db, s: NewSource): number | null {
  const byUrl = s.url
    ? (db.$client.prepare("select id from sources where url = ? order by id limit 1").get(s.url) as { id: number } | undefined)
    : undefined;
  if (byUrl) return byUrl.id;
  const byTitle = db.$client
    .prepare("select id from sources where title = ? and publisher is ? order by id limit 1")
    .get(s.title, s.publisher) as { id: number } | undefined;
  return byTitle?.id ?? null;
}

/** Returns the id of the referenced source, creating it (with an audit entry) when it is new. */
export function resolveSource(db: Db, ref: SourceRef, actor: string, at: number): number {
  if ("id" in ref) {
    if (!db.$client.prepare("select 1 from sources where id = ?").get(ref.id)) {
      throw new InvalidInputError(`Unknown source ${ref.id}`, { sourceId: [`Unknown source ${ref.id}`] });
    }
    return ref.id;
  }
  const existing = findSource(db, ref);
  if (existing !== null) return existing;
  const { lastInsertRowid } = db.$client
    .prepare(
      `insert into sources (title, publisher, url, published_on, created_at, created_by)
       values (@title, @publisher, @url, @publishedOn, @at, @actor)`,
    )
    .run({ ...ref, at, actor });
  const id = Number(lastInsertRowid);
  recordAudit(db, { actor, action: "create", entity: "source", entityId: id, after: { id, ...ref } });
  return id;
}
