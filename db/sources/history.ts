/**
 * A source's transaction-time history (source_versions): every write to `sources` appends the
 * row's new state here in the writer's transaction and closes the version it replaces, so reads
 * at a past `known` (db/sources/as-known.ts) see the fields as they were then.
 */
import "server-only";
import type { Db } from "../client";

/**
 * Appends source `id`'s current row as its newest version, recorded at `at` (never before the
 * version it closes: transaction time does not run backwards when two writes share a millisecond).
 * Call inside the transaction that wrote `sources`.
 */
export function recordSourceVersion(db: Db, id: number, actor: string, at: number): void {
  const last = db.$client.prepare("select max(recorded_at) from source_versions where id = ?").pluck().get(id) as number | null;
  const recordedAt = Math.max(at, last ?? at);
  db.$client.prepare("update source_versions set superseded_at = @recordedAt where id = @id and superseded_at is null").run({ id, recordedAt });
  db.$client
    .prepare(
      `insert into source_versions (id, version, title, publisher, url, published_on, language, retrieved_on, archived_url, note, recorded_at, recorded_by)
       select id, version, title, publisher, url, published_on, language, retrieved_on, archived_url, note, @recordedAt, @actor from sources where id = @id`,
    )
    .run({ id, recordedAt, actor });
}
