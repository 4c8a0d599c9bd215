import "server-only";
import type { Db } from "../client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import type { ContributionKey, Confidence, DatePrecision, IsoDate, StanceKey } from "@/lib/types";
import { getStatement, type StatementWithVersions } from "./statements";
import type { StatementDto } from "./statement-rows";
import { recordAudit } from "./audit";
import { resolveSource, type SourceRef } from "./sources";

/** A statement as the write path takes it: already validated and normalised by lib/validation. */
export type StatementInput = {
  countryIso3: string;
  statedOn: IsoDate;
  statedOnPrecision: DatePrecision;
  stance: StanceKey;
  contributions: ContributionKey[];
  conditions: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  speaker: string | null;
  confidence: Confidence;
  note: string | null;
  source: SourceRef;
};

type VersionValues = Omit<StatementInput, "source"> & { sourceId: number };

function insertVersion(
  db: Db,
  statementId: number,
  version: number,
  v: VersionValues,
  meta: { status: "published" | "retracted"; changeReason: string | null; recordedAt: number; recordedBy: string },
): void {
  db.$client
    .prepare(
      `insert into statements (statement_id, version, country_iso3, stated_on, stated_on_precision, stance,
         contributions, conditions, quote, quote_language, speaker, source_id, confidence, note, status,
         change_reason, recorded_at, recorded_by)
       values (@statementId, @version, @countryIso3, @statedOn, @statedOnPrecision, @stance, @contributions,
         @conditions, @quote, @quoteLanguage, @speaker, @sourceId, @confidence, @note, @status, @changeReason,
         @recordedAt, @recordedBy)`,
    )
    .run({
      statementId,
      version,
      countryIso3: v.countryIso3,
      statedOn: v.statedOn,
      statedOnPrecision: v.statedOnPrecision,
      stance: v.stance,
      contributions: JSON.stringify(v.contributions),
      conditions: v.conditions,
      quote: v.quote,
      quoteLanguage: v.quoteLanguage,
      speaker: v.speaker,
      sourceId: v.sourceId,
      confidence: v.confidence,
      note: v.note,
      ...meta,
    });
}

function assertCountry(db: Db, iso3: string): void {
  if (!db.$client.prepare("select 1 from countries where iso3 = ?").get(iso3)) {
    throw new InvalidInputError(`Unknown country ${iso3}`, { countryIso3: [`Unknown country ${iso3}`] });
  }
}

function nextStatementId(db: Db): number {
  const row = db.$client.prepare("select coalesce(max(statement_id), 0) + 1 as id from statements").get() as { id: number };
  return row.id;
}

/** Inserts a new logical statement inside the caller's transaction; returns its id. */
export function insertNewStatement(db: Db, input: StatementInput, actor: string, recordedAt: number): number {
  assertCountry(db, input.countryIso3);
  const { source, ...values } = input;
  const sourceId = resolveSource(db, source, actor, recordedAt);
  const statementId = nextStatementId(db);
  insertVersion(db, statementId, 1, { ...values, sourceId }, {
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
    const { current } = getStatement(db, statementId);
    if (current.version !== baseVersion) {
      throw new ConflictError(
        `Statement ${statementId} was changed by ${current.recordedBy} at ${current.recordedAt} (version ${current.version}) after you opened version ${baseVersion}.`,
        current,
      );
    }
    if (current.status === "retracted") throw new InvalidInputError(`Statement ${statementId} is retracted`);
    const { values, status, changeReason } = build(current);
    assertCountry(db, values.countryIso3);
    // Transaction time never runs backwards, even if two saves land in the same millisecond.
    const at = Math.max(Date.now(), Date.parse(current.recordedAt));
    db.$client.prepare("update statements set superseded_at = ? where id = ?").run(at, current.versionId);
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
      const { source, ...values } = input;
      return { values: { ...values, sourceId: resolveSource(db, source, actor, Date.now()) }, status: "published", changeReason };
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
      values: { ...current, sourceId: current.source.id },
      status: "retracted",
      changeReason: reason.trim(),
    }),
    "retract",
  );
}
