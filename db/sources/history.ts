/**
 * A source's transaction-time history (source_versions): every write to `sources` appends the
 * row's new state here in the writer's transaction and closes the version it replaces, so reads
 * at a past `known` (db/sources/as-known.ts) see the fields as they were then.
 */
import "server-only";
import type { Db } from "../client";
import { appendVersion } from "../version-snapshot";

/** The row's new state, as appendVersion inserts it (binds @id, @recordedAt, @actor). */
const INSERT_SOURCE_VERSION = `insert into source_versions (id, version, title, publisher, url, published_on, language, retrieved_on, archived_url, note, recorded_at, recorded_by)
       select id, version, title, publisher, url, published_on, language, retrieved_on, archived_url, note, @recordedAt, @actor from sources where id = @id`;

/**
 * Appends source `id`'s current row as its newest version, recorded at `at` (never before the
 * version it closes: transaction time does not run backwards when two writes share a millisecond).
 * Call inside the transaction that wrote `sources`.
 */
export function recordSourceVersion(db: Db, id: number, actor: string, at: number): void {
  appendVersion(db, "source_versions", INSERT_SOURCE_VERSION, id, actor, at);
}
