/**
 * A statement version as every read returns it (StatementDto), the SQL select list that reads it
 * and the row -> DTO mapping. Both the list and the DTO type derive from the drizzle schema, so a
 * column added there is selected, typed and returned everywhere (as-of, history, export, API).
 *
 * The DTO type is exported type-only to components through lib/types.ts (type imports erase).
 */
import { getTableColumns } from "drizzle-orm";
import { sources, statements } from "../schema";
import { publicActor } from "@/lib/format/public-actor";
import type { ConditionKey, ContributionKey, Source, StanceKey } from "@/lib/types";

type Row = typeof statements.$inferSelect;

/** One version of a statement with its citation, as pages, the API and exports see it. */
export type StatementDto = Omit<Row, "id" | "statementId" | "sourceId" | "stance" | "contributions" | "conditionKeys" | "recordedAt" | "approvedAt" | "supersededAt"> & {
  /** The logical statement id (stable across versions): what permalinks use. */
  id: number;
  versionId: number;
  countryName: string;
  stance: StanceKey;
  contributions: ContributionKey[];
  conditionKeys: ConditionKey[];
  /** ISO-8601 instants of transaction time. */
  recordedAt: string;
  /** When the version was approved at review (null: published directly); `approvedBy` is the approver's display name. */
  approvedAt: string | null;
  supersededAt: string | null;
  /** The primary source (the same as `sources[0]`; kept for the API's compatibility). */
  source: Source;
  /** Every source this version cites: the primary first, then the corroborating ones in order. */
  sources: Source[];
};

/** The source fields a statement read carries (the Source type's), prefixed `source` in rows. */
const SOURCE_KEYS = ["id", "title", "publisher", "url", "publishedOn", "language", "retrievedOn", "archivedUrl", "note"] as const satisfies readonly (keyof Source & keyof typeof sources.$inferSelect)[];
const prefixed = (k: string) => `source${k[0]!.toUpperCase()}${k.slice(1)}`;

/** Statement columns under their DTO names: the row id is the version id, statement_id the id. */
const RENAMED: Partial<Record<keyof Row, string>> = { id: "versionId", statementId: "id" };

/**
 * The table a citation's fields are read from: the current fields (`sources`) when `known` is null,
 * otherwise the version of the source that was current at `known` (source_versions has the same
 * column names, its `id` the source's id, so it joins where `sources` does).
 */
function sourceTable(alias: string, known: number | null): { table: string; on: string } {
  return known === null ? { table: `sources ${alias}`, on: "" } : { table: `source_versions ${alias}`, on: ` and ${visibleAt(known, alias)}` };
}

/** [sql expression, row key] of every selected column, in select order, as known at `known` (or now). */
const selected = (known: number | null): readonly [string, string][] => [
  ...Object.entries(getTableColumns(statements))
    .filter(([key]) => key !== "sourceId")
    .map(([key, col]): [string, string] => [`s.${col.name}`, RENAMED[key as keyof Row] ?? key]),
  ["c.name", "countryName"],
  ...SOURCE_KEYS.map((k): [string, string] => [`src.${getTableColumns(sources)[k].name}`, prefixed(k)]),
  // The corroborating sources (statement_sources) as one JSON array per row, so every read that
  // selects STATEMENT_COLUMNS (lists, history, the as-of seek) carries them without a second query;
  // a seek on the link table's key. Each carries its position: toStatementDto orders by it, since
  // json_group_array's order is the scan's, which SQL does not promise.
  [
    `(select json_group_array(json_object('position', ss.position, ${SOURCE_KEYS.map((k) => `'${k}', ms.${getTableColumns(sources)[k].name}`).join(", ")}))
       from statement_sources ss join ${sourceTable("ms", known).table} on ms.id = ss.source_id${sourceTable("ms", known).on} where ss.version_id = s.id)`,
    "moreSources",
  ],
  // The author's public display name (users.email is unique, so one index lookup per row).
  ["(select ru.display_name from users ru where ru.email = s.recorded_by)", "recorderName"],
  // The approver's, the same way (null when the version was published without review).
  ["(select au.display_name from users au where au.email = s.approved_by)", "approverName"],
];

/**
 * SQL select list with the citations as known at `known` (binds @known when it is not null);
 * expects `s` = statements, `c` = countries, `src` = the sources of statementJoins(known).
 */
export function statementColumns(known: number | null): string {
  return known === null ? COLUMNS_NOW : COLUMNS_KNOWN;
}

/**
 * The SQL depends only on whether `known` is null (an instant is bound as @known, never written
 * into the text), so each shape is built once per process: any non-null instant stands for the rest.
 */
const ANY_KNOWN = 0;
const columnsSql = (known: number | null): string =>
  selected(known)
    .map(([expr, key]) => `${expr} as "${key}"`)
    .join(", ");
const COLUMNS_NOW = columnsSql(null);
const COLUMNS_KNOWN = columnsSql(ANY_KNOWN);

/** SQL select list with the current citations; expects `s` = statements, `c` = countries, `src` = sources. */
export const STATEMENT_COLUMNS = statementColumns(null);

/** The row keys of STATEMENT_COLUMNS, in order (for rows read as arrays: db/statements/as-of.ts). */
export const STATEMENT_ROW_KEYS: readonly string[] = selected(null).map(([, key]) => key);

/** The joins statementColumns(known) expects: the country, and the primary source as known at `known` (or now). */
export function statementJoins(known: number | null): string {
  return known === null ? JOINS_NOW : JOINS_KNOWN;
}

/**
 * The join of a statement's (`s`) primary source as `src`, as known at `known` (binds @known when
 * it is not null) or now: part of statementJoins, and the as-of query's own source join.
 */
export function sourceJoin(known: number | null): string {
  return known === null ? SOURCE_JOIN_NOW : SOURCE_JOIN_KNOWN;
}

const sourceJoinSql = (known: number | null): string => {
  const { table, on } = sourceTable("src", known);
  return `join ${table} on src.id = s.source_id${on}`;
};
const SOURCE_JOIN_NOW = sourceJoinSql(null);
const SOURCE_JOIN_KNOWN = sourceJoinSql(ANY_KNOWN);

const joinsSql = (known: number | null): string => `
  join countries c on c.iso3 = s.country_iso3
  ${sourceJoin(known)}`;
const JOINS_NOW = joinsSql(null);
const JOINS_KNOWN = joinsSql(ANY_KNOWN);

export const STATEMENT_JOINS = statementJoins(null);

/** A row as STATEMENT_COLUMNS reads it. */
export type StatementRow = Omit<StatementDto, "contributions" | "conditionKeys" | "recordedAt" | "approvedAt" | "supersededAt" | "source" | "sources"> & {
  /** JSON array of the corroborating sources (Source objects), in position order. */
  moreSources: string;
  contributions: string;
  conditionKeys: string;
  recordedAt: number;
  approvedAt: number | null;
  supersededAt: number | null;
} & { [K in (typeof SOURCE_KEYS)[number] as `source${Capitalize<K>}`]: Source[K] } & { recorderName: string | null; approverName: string | null };

/** Row keys that toStatementDto turns into other fields (the rest are copied as they are, in row order). */
const CONVERTED_KEYS = new Set<string>([
  "contributions",
  "conditionKeys",
  "recordedAt",
  "approvedAt",
  "supersededAt",
  ...SOURCE_KEYS.map(prefixed),
  "recorderName",
  "approverName",
  "moreSources",
]);
/** Copied keys whose value toStatementDto replaces in place (an actor as the public may see it). */
const REPLACED_KEYS = new Set(["recordedBy", "approvedBy"]);
/** The fields toStatementDto appends after the copied ones, in this order. */
const APPENDED_KEYS = ["contributions", "conditionKeys", "recordedAt", "approvedAt", "supersededAt", "source", "sources"] as const;

/**
 * The DTO as one object literal, generated once from the row keys (as db/statements/as-of.ts does
 * for rows): the copied fields in row order, the actors in their places, then APPENDED_KEYS. It
 * replaces `{ ...rest, ... }` over a 42-key row, which V8 builds slowly (about 25 µs a row: 6 ms
 * for the 249 deciding rows of an as-of read, issue #16). The keys are our own column names
 * (checked to be identifiers), never input; the order is what the JSON answers list.
 */
type DtoParts = { [K in "recordedBy" | "approvedBy" | (typeof APPENDED_KEYS)[number]]: StatementDto[K] };
const dtoLiteral = (() => {
  const keys = [...STATEMENT_ROW_KEYS.filter((k) => !CONVERTED_KEYS.has(k)), ...APPENDED_KEYS];
  if (!keys.every((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))) throw new Error("statement DTO keys must be identifiers");
  const body = keys.map((k) => `${k}: ${REPLACED_KEYS.has(k) || (APPENDED_KEYS as readonly string[]).includes(k) ? "p" : "r"}.${k}`).join(", ");
  return new Function("r", "p", `return {${body}};`) as (r: StatementRow, p: DtoParts) => StatementDto;
})();

export function toStatementDto(r: StatementRow): StatementDto {
  const source: Source = {
    id: r.sourceId,
    title: r.sourceTitle,
    publisher: r.sourcePublisher,
    url: r.sourceUrl,
    publishedOn: r.sourcePublishedOn,
    language: r.sourceLanguage,
    retrievedOn: r.sourceRetrievedOn,
    archivedUrl: r.sourceArchivedUrl,
    note: r.sourceNote,
  };
  return dtoLiteral(r, {
    // Never the stored email or file path: these DTOs are what the public pages and API show.
    recordedBy: publicActor(r.recordedBy, r.recorderName),
    approvedBy: r.approvedBy === null ? null : publicActor(r.approvedBy, r.approverName),
    contributions: JSON.parse(r.contributions) as ContributionKey[],
    conditionKeys: JSON.parse(r.conditionKeys) as ConditionKey[],
    recordedAt: new Date(r.recordedAt).toISOString(),
    approvedAt: r.approvedAt === null ? null : new Date(r.approvedAt).toISOString(),
    supersededAt: r.supersededAt === null ? null : new Date(r.supersededAt).toISOString(),
    source,
    sources: [
      source,
      ...(JSON.parse(r.moreSources) as (Source & { position: number })[])
        .sort((a, b) => a.position - b.position)
        .map((m): Source => Object.fromEntries(SOURCE_KEYS.map((k) => [k, m[k]])) as Source),
    ],
  });
}

/**
 * The transaction-time filter on a statements alias: current versions when `known` is null, otherwise the
 * versions that were current at that instant (recorded by then and not yet superseded).
 */
export function visibleAt(known: number | null, alias = "s"): string {
  return known === null
    ? `${alias}.superseded_at is null`
    : `${alias}.recorded_at <= @known and (${alias}.superseded_at is null or ${alias}.superseded_at > @known)`;
}

/** The order every as-of read returns its rows in: by country name, as the tables list them (code-point order, as before). */
export const byCountryName = (a: { countryName: string }, b: { countryName: string }): number =>
  a.countryName < b.countryName ? -1 : a.countryName > b.countryName ? 1 : 0;
