/**
 * Plain reads of statements: lists, one statement with its versions, histories, facts.
 *
 * Hand-written SQL on purpose: every read shares the one select list (rows.ts STATEMENT_COLUMNS,
 * derived from the schema) and the one transaction-time rule (rows.ts visibleAt) with the as-of
 * seek (as-of.ts), whose plan is the point; a second, query-builder copy of that rule could drift.
 */
import "server-only";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import type { DatedFact } from "@/lib/timeline/event-changes";
import type { IsoDate, StatementFact } from "@/lib/types";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, statementColumns, statementJoins, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "./rows";

/** A country's published statements as visible at `known` (or now), newest stated first. */
export function listCountryStatements(db: Db, iso3: string, known: number | null = null, opts: { withRetracted?: boolean } = {}): StatementDto[] {
  // withRetracted: the retracted ones too (status "retracted"), for a history that says what was withdrawn.
  const status = opts.withRetracted ? "s.status in ('published', 'retracted')" : "s.status = 'published'";
  const rows = db.$client
    .prepare(
      `select ${statementColumns(known)} from statements s ${statementJoins(known)}
       where s.country_iso3 = @iso3 and ${status} and ${visibleAt(known)}
       order by s.stated_on desc, s.statement_id desc`,
    )
    .all(known === null ? { iso3 } : { iso3, known }) as StatementRow[];
  return rows.map(toStatementDto);
}

export type StatementWithVersions = { current: StatementDto; versions: StatementDto[] };

/** One logical statement: its current version and every version, oldest first. */
export function getStatement(db: Db, statementId: number): StatementWithVersions {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.statement_id = ? order by s.version`,
    )
    .all(statementId) as StatementRow[];
  const versions = rows.map(toStatementDto);
  const current = versions.find((v) => v.supersededAt === null);
  if (!current) throw new NotFoundError(`No statement with id ${statementId}`);
  return { current, versions };
}

/** The export's rows and order: every current published version, by country, date and id (on its partial index). */
export const CURRENT_IN_EXPORT_ORDER = `where s.superseded_at is null and s.status = 'published' order by s.country_iso3, s.stated_on, s.statement_id`;

/** Every current published statement, in a stable order (country, date, id) for export. */
export function listCurrentStatements(db: Db): StatementDto[] {
  const rows = db.$client.prepare(`select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS} ${CURRENT_IN_EXPORT_ORDER}`).all() as StatementRow[];
  return rows.map(toStatementDto);
}

/** Version rows (ordered by statement, then version) grouped by logical statement, oldest version first. */
function groupVersions(rows: readonly StatementRow[]): Map<number, StatementDto[]> {
  const byId = new Map<number, StatementDto[]>();
  for (const dto of rows.map(toStatementDto)) {
    const versions = byId.get(dto.id);
    if (versions) versions.push(dto);
    else byId.set(dto.id, [dto]);
  }
  return byId;
}

/**
 * Every logical statement about a country (retracted ones included, so their reasons can be shown),
 * each with all its versions oldest first; newest stated first, then newest recorded first.
 */
export function listCountryStatementHistories(db: Db, iso3: string): StatementWithVersions[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.statement_id in (select statement_id from statements where country_iso3 = @iso3)
       order by s.statement_id, s.version`,
    )
    .all({ iso3 }) as StatementRow[];
  const byId = groupVersions(rows);
  const histories: StatementWithVersions[] = [];
  for (const versions of byId.values()) {
    const current = versions.find((v) => v.supersededAt === null);
    // A statement moved to another country by a later edit belongs to that country's page now.
    if (current && current.countryIso3 === iso3) histories.push({ current, versions });
  }
  return histories.sort((a, b) =>
    a.current.statedOn !== b.current.statedOn ? (a.current.statedOn < b.current.statedOn ? 1 : -1) : b.current.id - a.current.id,
  );
}

/** What a country page needs of all its statements: the stance band and today's position come from these. */
export type CountryStatementFact = { statementId: number; statedOn: IsoDate; stance: StatementDto["stance"]; status: StatementDto["status"] };

/**
 * Every logical statement whose current version is about the country (retracted ones included),
 * as small facts, newest stated first, then newest id first: the order and membership of
 * listCountryStatementHistories (a statement moved to another country by a later edit belongs to
 * that country's page). A country page reads these for all its statements and full rows only for
 * the page it shows (listStatementHistories), so it costs about the same at ten statements or ten
 * thousand (issue #16).
 */
export function listCountryStatementFacts(db: Db, iso3: string): CountryStatementFact[] {
  return db.$client
    .prepare(
      `select statement_id as statementId, stated_on as statedOn, stance, status from statements
       where country_iso3 = @iso3 and superseded_at is null
       order by stated_on desc, statement_id desc`,
    )
    .all({ iso3 }) as CountryStatementFact[];
}

/**
 * The versions of the given logical statements that were current at `known` (or are current now),
 * keyed by statement id; ids with no such version are absent.
 */
export function getStatementsAt(db: Db, ids: readonly number[], known: number | null = null): Map<number, StatementDto> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db.$client
    .prepare(
      `select ${statementColumns(known)} from statements s ${statementJoins(known)}
       where s.statement_id in (select value from json_each(@ids)) and ${visibleAt(known)}`,
    )
    .all(known === null ? { ids: JSON.stringify(unique) } : { ids: JSON.stringify(unique), known }) as StatementRow[];
  return new Map(rows.map((r) => [r.id, toStatementDto(r)]));
}

/**
 * The given logical statements, in the order given (unknown ids left out), each with its versions
 * oldest first: all of them now, or as a frozen link (`known`) shows them: each one recorded by then,
 * its version current then, and its versions recorded up to that one. Every version cites its
 * sources as known at `known`, not as they are today nor as they were at that version's own
 * recording: the page read at `known` showed its older versions citing the sources current at
 * `known`, so this is that page again, whatever was edited afterwards.
 */
export function listStatementHistories(db: Db, ids: readonly number[], known: number | null = null): StatementWithVersions[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = db.$client
    .prepare(
      `select ${statementColumns(known)} from statements s ${statementJoins(known)}
       where s.statement_id in (select value from json_each(@ids)) ${known === null ? "" : "and s.recorded_at <= @known"}
       order by s.statement_id, s.version`,
    )
    .all(known === null ? { ids: JSON.stringify(unique) } : { ids: JSON.stringify(unique), known }) as StatementRow[];
  const byId = groupVersions(rows);
  const histories: StatementWithVersions[] = [];
  for (const id of ids) {
    const versions = byId.get(id) ?? [];
    // The version current at `known` (or now): recorded by then and not superseded by then.
    const current = versions.find((v) => v.supersededAt === null || (known !== null && Date.parse(v.supersededAt) > known));
    if (current) histories.push({ current, versions: versions.filter((v) => v.version <= current.version) });
  }
  return histories;
}

/**
 * Current versions (published and retracted) for the editors' list: most recently changed first,
 * optionally for one country.
 */
export function listStatementsForEditors(db: Db, { country, limit = 200 }: { country?: string; limit?: number } = {}): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.superseded_at is null ${country ? "and s.country_iso3 = @country" : ""}
       order by s.recorded_at desc, s.statement_id desc limit @limit`,
    )
    .all(country ? { country, limit } : { limit }) as StatementRow[];
  return rows.map(toStatementDto);
}

/**
 * Like listStatementFacts, plus each statement's date precision, so that timelines can say when a
 * change is only known to the month. Published versions visible at `known` (or now).
 */
export function listDatedFacts(db: Db, known: number | null = null): DatedFact[] {
  return db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance,
         s.stated_on_precision as statedOnPrecision
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(known === null ? {} : { known }) as DatedFact[];
}

/**
 * Every statement visible at `known` (or now) reduced to what the as-of engine needs, so timelines
 * and the client's slider can compute any date locally.
 */
export function listStatementFacts(db: Db, known: number | null = null): StatementFact[] {
  return db.$client
    .prepare(
      `select s.statement_id as statementId, s.country_iso3 as countryIso3, s.stated_on as statedOn, s.stance
       from statements s where s.status = 'published' and ${visibleAt(known)}`,
    )
    .all(known === null ? {} : { known }) as StatementFact[];
}

/** First and last stated-on dates of the visible statements, or null for an empty dataset. */
export function getDatasetSpan(db: Db, known: number | null = null): { first: IsoDate; last: IsoDate } | null {
  if (known !== null) {
    // As known at a past instant: the index below holds only today's current versions, so
    // min()/max() over the filter, as before (the rarer case: links with known=).
    const row = db.$client
      .prepare(
        `select min(s.stated_on) as first, max(s.stated_on) as last from statements s
         where s.status = 'published' and ${visibleAt(known)}`,
      )
      .get({ known }) as { first: string | null; last: string | null };
    return row.first && row.last ? { first: row.first, last: row.last } : null;
  }
  // Now (every dashboard and country page): the two ends of statements_current_stated_on_idx, each
  // its own subquery so SQLite reads one index entry for it, where one min()/max() over the filter
  // read every version (57 ms at 100k statements, issue #16).
  const row = db.$client
    .prepare(
      `select (select min(stated_on) from statements s where s.superseded_at is null and s.status = 'published') as first,
              (select max(stated_on) from statements s where s.superseded_at is null and s.status = 'published') as last`,
    )
    .get() as { first: string | null; last: string | null };
  const { first, last } = row;
  return first && last ? { first, last } : null;
}

/** Who saved the current version, as stored (an editor's sign-in email): tells a stale edit from one's own other tab. */
export function currentVersionAuthor(db: Db, statementId: number): string | null {
  const row = db.$client
    .prepare("select recorded_by as author from statements where statement_id = ? and superseded_at is null")
    .get(statementId) as { author: string } | undefined;
  return row?.author ?? null;
}
