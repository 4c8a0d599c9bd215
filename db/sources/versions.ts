/**
 * The source write internals: insert and in-place edit under optimistic concurrency, each with its
 * audit entry in the same transaction. Inputs are already validated (validation.ts); the verbs
 * (verbs.ts) are what the app calls.
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { ConflictError, InvalidInputError } from "../errors";
import { sources } from "../schema";
import type { Source } from "@/lib/types";
import { recordAudit } from "../audit/record";
import { getSourceForEdit, type EditableSource } from "./read";
import { findSource } from "./resolve";
import { recordSourceVersion } from "./history";

/** Everything an editor can set on a source: every column of a source but its id. */
export type SourceInput = Omit<Source, "id">;

/** Only the editable columns, whatever else the caller's object carries. */
function columns(input: SourceInput): SourceInput {
  const { title, publisher, url, publishedOn, language, retrievedOn, archivedUrl, note } = input;
  return { title, publisher, url, publishedOn, language, retrievedOn, archivedUrl, note };
}

function assertNotDuplicate(db: Db, input: SourceInput, selfId: number | null): void {
  const existing = findSource(db, { title: input.title, publisher: input.publisher, url: input.url, publishedOn: input.publishedOn });
  if (existing === null || existing === selfId) return;
  const sameUrl =
    input.url !== null &&
    db.select({ one: sql`1` }).from(sources).where(and(eq(sources.id, existing), eq(sources.url, input.url))).get() !== undefined;
  const field = sameUrl ? "url" : "title";
  throw new InvalidInputError(`The same source is already recorded as #${existing}`, {
    [field]: [`already recorded as source #${existing}; cite that one instead`],
  });
}

/** Records a new source (refusing a duplicate of an existing one) with its audit entry; returns it. */
export function createSource(db: Db, input: SourceInput, actor: string): EditableSource {
  const id = db.$client.transaction(() => {
    assertNotDuplicate(db, input, null);
    const at = Date.now();
    const { id } = db.insert(sources).values({ ...columns(input), createdAt: at, createdBy: actor }).returning({ id: sources.id }).get();
    recordSourceVersion(db, id, actor, at);
    const created = getSourceForEdit(db, id);
    recordAudit(db, { actor, action: "create", entity: "source", entityId: created.id, after: created });
    return created.id;
  })();
  return getSourceForEdit(db, id);
}

/**
 * Changes a source (statements cite it by id, so the fix shows wherever it is cited now), refusing
 * when the editor worked from an older version. The previous fields stay in source_versions (what
 * views frozen at an earlier `known` cite) and in the audit entry.
 */
export function editSource(db: Db, id: number, baseVersion: number, input: SourceInput, actor: string): EditableSource {
  db.$client.transaction(() => {
    const before = getSourceForEdit(db, id);
    if (before.version !== baseVersion) {
      throw new ConflictError(`Source ${id} was changed (version ${before.version}) after you opened version ${baseVersion}.`, before);
    }
    assertNotDuplicate(db, input, id);
    db.update(sources)
      .set({ ...columns(input), version: sql`${sources.version} + 1` })
      .where(and(eq(sources.id, id), eq(sources.version, baseVersion)))
      .run();
    recordSourceVersion(db, id, actor, Date.now());
    recordAudit(db, { actor, action: "edit", entity: "source", entityId: id, before, after: getSourceForEdit(db, id) });
  })();
  return getSourceForEdit(db, id);
}
