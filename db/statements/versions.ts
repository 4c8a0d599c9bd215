/**
 * The statement write internals every verb shares: inserting a version, appending a successor
 * under optimistic concurrency, and their audit entries. Inputs here are already validated
 * (db/statements/form.ts, validation.ts); the verbs (record.ts, edit.ts, retract.ts, import.ts)
 * are what the app calls.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { countries, statementSources, statements } from "../schema";
import { recordAudit } from "../audit/record";
import { resolveSource, sourceExists, type SourceRef } from "../sources/resolve";
import { CONTENT_FIELDS, type StatementContentInput } from "./fields";
import { getStatement, type StatementWithVersions } from "./read";
import type { StatementDto } from "./rows";

/**
 * A statement as the write path takes it: already validated and normalised. `source` is the primary
 * citation; `moreSources` the corroborating ones, in order (none when absent).
 */
export type StatementInput = StatementContentInput & { source: SourceRef; moreSources?: readonly SourceRef[] };

type VersionValues = StatementContentInput & { sourceId: number; moreSourceIds: readonly number[] };

const CONTENT_KEYS = CONTENT_FIELDS.flatMap((f) => f.keys);

/** The content columns of a version, as stored (contributions and condition keys as JSON arrays). */
export function contentColumns(v: StatementContentInput) {
  const row = Object.fromEntries(CONTENT_KEYS.map((k) => [k, v[k] ?? null]));
  return { ...row, contributions: JSON.stringify(v.contributions ?? []), conditionKeys: JSON.stringify(v.conditionKeys ?? []) } as Omit<typeof statements.$inferInsert, "statementId" | "version" | "sourceId" | "recordedBy">;
}

function insertVersion(
  db: Db,
  statementId: number,
  version: number,
  v: VersionValues,
  meta: { status: "published" | "retracted"; changeReason: string | null; recordedAt: number; recordedBy: string },
): void {
  const { id } = db
    .insert(statements)
    .values({ ...contentColumns(v), statementId, version, sourceId: v.sourceId, ...meta })
    .returning({ id: statements.id })
    .get();
  if (v.moreSourceIds.length > 0) {
    db.insert(statementSources)
      .values(v.moreSourceIds.map((sourceId, i) => ({ versionId: id, position: i + 1, sourceId })))
      .run();
  }
}

/**
 * The ids of a version's sources, primary first, each resolved (created when new); a source cited
 * twice (also as the primary) is refused: a corroboration by the same source is no corroboration.
 */
function resolveSources(db: Db, input: Pick<StatementInput, "source" | "moreSources">, actor: string, at: number): { sourceId: number; moreSourceIds: number[] } {
  const sourceId = resolveSource(db, input.source, actor, at);
  const seen = new Set([sourceId]);
  const moreSourceIds = (input.moreSources ?? []).map((ref) => {
    const id = resolveSource(db, ref, actor, at);
    if (seen.has(id)) {
      const message = `source #${id} is cited twice: list each source once (the primary one not again among more_sources)`;
      throw new InvalidInputError(message, { more_sources: [message] });
    }
    seen.add(id);
    return id;
  });
  return { sourceId, moreSourceIds };
}

function assertCountry(db: Db, iso3: string): void {
  if (!db.select({ one: sql`1` }).from(countries).where(eq(countries.iso3, iso3)).get()) {
    throw new InvalidInputError(`Unknown country ${iso3}`, { countryIso3: [`Unknown country ${iso3}`] });
  }
}

function nextStatementId(db: Db): number {
  const row = db.select({ id: sql<number>`coalesce(max(${statements.statementId}), 0) + 1` }).from(statements).get();
  return row!.id;
}

/** Inserts a new logical statement inside the caller's transaction; returns its id. */
export function insertNewStatement(db: Db, input: StatementInput, actor: string, recordedAt: number): number {
  assertCountry(db, input.countryIso3);
  const { source, moreSources, ...values } = input;
  const ids = resolveSources(db, { source, moreSources }, actor, recordedAt);
  const statementId = nextStatementId(db);
  insertVersion(db, statementId, 1, { ...values, ...ids }, {
    status: "published",
    changeReason: null,
    recordedAt,
    recordedBy: actor,
  });
  return statementId;
}

/** Records a new statement (version 1) and its audit entry in one transaction. */
export function createStatement(db: Db, input: StatementInput, actor: string): StatementWithVersions {
  const statementId = db.$client.transaction(() => {
    const id = insertNewStatement(db, input, actor, Date.now());
    const created = getStatement(db, id).current;
    recordAudit(db, { actor, action: "create", entity: "statement", entityId: id, countryIso3: created.countryIso3, after: created });
    return id;
  })();
  return getStatement(db, statementId);
}

/**
 * The current version, when `baseVersion` (the one the editor opened) still is it and is not
 * retracted: a ConflictError (with the newer version) or an InvalidInputError otherwise. Checked
 * again when a draft made from it is approved, so a stale draft is refused the same way.
 */
export function assertCurrentBase(db: Db, statementId: number, baseVersion: number): StatementDto {
  const { current } = getStatement(db, statementId);
  if (current.version !== baseVersion) {
    throw new ConflictError(
      `Statement ${statementId} was changed by ${current.recordedBy} at ${current.recordedAt} (version ${current.version}) after you opened version ${baseVersion}.`,
      current,
    );
  }
  if (current.status === "retracted") throw new InvalidInputError(`Statement ${statementId} is retracted`);
  return current;
}

/** What a draft of a new statement or an edit must cite: a known country and known source ids (nothing is created yet). */
export function assertReferences(db: Db, input: Pick<StatementInput, "countryIso3" | "source" | "moreSources">): void {
  assertCountry(db, input.countryIso3);
  for (const ref of [input.source, ...(input.moreSources ?? [])]) {
    if ("id" in ref && !sourceExists(db, ref.id)) throw new InvalidInputError(`Unknown source ${ref.id}`, { sourceId: [`Unknown source ${ref.id}`] });
  }
}

/**
 * Closes the current version and appends its successor, refusing when the editor worked from a
 * version that is no longer current (optimistic concurrency: no edit is silently lost).
 */
function appendVersion(
  db: Db,
  statementId: number,
  baseVersion: number,
  actor: string,
  build: (current: StatementDto) => { values: VersionValues; status: "published" | "retracted"; changeReason: string | null },
  action: "edit" | "retract",
): StatementWithVersions {
  db.$client.transaction(() => {
    const current = assertCurrentBase(db, statementId, baseVersion);
    const { values, status, changeReason } = build(current);
    assertCountry(db, values.countryIso3);
    // Transaction time never runs backwards, even if two saves land in the same millisecond.
    const at = Math.max(Date.now(), Date.parse(current.recordedAt));
    db.update(statements).set({ supersededAt: at }).where(eq(statements.id, current.versionId)).run();
    insertVersion(db, statementId, current.version + 1, values, { status, changeReason, recordedAt: at, recordedBy: actor });
    const after = getStatement(db, statementId).current;
    recordAudit(db, { actor, action, entity: "statement", entityId: statementId, countryIso3: after.countryIso3, before: current, after });
  })();
  return getStatement(db, statementId);
}

/** Writes a new version with the edited values; the previous version stays in history. */
export function editStatement(
  db: Db,
  statementId: number,
  baseVersion: number,
  input: StatementInput,
  actor: string,
  changeReason: string | null = null,
): StatementWithVersions {
  return appendVersion(
    db,
    statementId,
    baseVersion,
    actor,
    () => {
      const { source, moreSources, ...values } = input;
      return { values: { ...values, ...resolveSources(db, { source, moreSources }, actor, Date.now()) }, status: "published", changeReason };
    },
    "edit",
  );
}

/** Retracts a statement: a new version with status "retracted" and the required reason. */
export function retractStatement(db: Db, statementId: number, baseVersion: number, reason: string, actor: string): StatementWithVersions {
  if (!reason.trim()) throw new InvalidInputError("A retraction needs a reason", { reason: ["A reason is required"] });
  if (!Number.isInteger(statementId)) throw new NotFoundError(`No statement with id ${statementId}`);
  return appendVersion(
    db,
    statementId,
    baseVersion,
    actor,
    (current) => ({
      values: { ...current, sourceId: current.source.id, moreSourceIds: current.sources.slice(1).map((src) => src.id) },
      status: "retracted",
      changeReason: reason.trim(),
    }),
    "retract",
  );
}
