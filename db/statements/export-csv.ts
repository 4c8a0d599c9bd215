/**
 * The export file (GET /api/v1/export.csv): every current published statement as a statements
 * CSV, the same bytes as statementsToCsv(listCurrentStatements(db)) (csv.ts), built from lines kept
 * between calls.
 *
 * Why: at 100k statements the whole file is 25 MB, and reading and writing it from scratch takes
 * seconds of the server's only thread, once per version of the data; with an editor saving every
 * second that is most of the time (issue #16's mixed load). A statement version's row never
 * changes once written (an edit or a retraction adds a version), so its line depends only on that
 * row and on the current fields of the sources it cites. Each line is kept with a stamp of exactly
 * those inputs (the version's id and recording instant, and the id and version counter of each
 * cited source, which every source edit bumps); a call reads the current versions' stamps in
 * export order (one index scan and a primary-key seek per row) and builds a line only where the
 * stamp is new. After one save that is one line; after a source edit, the lines citing it.
 */
import "server-only";
import { formatCsv, formatCsvRecord } from "@/lib/csv";
import type { Db } from "../client";
import { CSV_COLUMNS } from "./fields";
import { statementToCsvRecord } from "./csv";
import { CURRENT_IN_EXPORT_ORDER } from "./read";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, type StatementDto, type StatementRow } from "./rows";

type Line = { stamp: string; text: string };

const HEADER = formatCsv([], CSV_COLUMNS);

/** The statement's line of the export file: the import format's record (csv.ts), written by formatCsvRecord. */
export function statementCsvLine(s: StatementDto): string {
  const record = statementToCsvRecord(s);
  return formatCsvRecord(CSV_COLUMNS.map((c) => record[c] ?? ""));
}

const STAMPS_SQL = `select s.id, s.recorded_at || ':' || src.id || '.' || src.version
  from statements s join sources src on src.id = s.source_id ${CURRENT_IN_EXPORT_ORDER}`;

// The corroborating sources of the current versions, apart: a correlated subquery per row costs
// more than the rest of the stamps query, for the few rows that have any.
const LINKS_SQL = `select ss.version_id, ms.id || '.' || ms.version from statement_sources ss
  join statements s on s.id = ss.version_id join sources ms on ms.id = ss.source_id
  where s.superseded_at is null and s.status = 'published' order by ss.version_id, ss.position`;

/** Each current version's stamp, in export order: what its line is built from (see above). */
function readStamps(db: Db): [number, string][] {
  const links = new Map<number, string>();
  for (const [versionId, source] of db.$client.prepare(LINKS_SQL).raw().all() as [number, string][]) {
    links.set(versionId, `${links.get(versionId) ?? ""}:${source}`);
  }
  const stamps = db.$client.prepare(STAMPS_SQL).raw().all() as [number, string][];
  if (links.size > 0) for (const entry of stamps) entry[1] += links.get(entry[0]) ?? "";
  return stamps;
}

const ROWS_SQL = `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS} where s.id in (select value from json_each(?))`;

// Per database connection, so that a test's or script's own file never sees another's lines.
const linesByDb = new WeakMap<Db, Map<number, Line>>();

/** The export file's text: statementsToCsv(listCurrentStatements(db)), byte for byte. */
export function exportStatementsCsv(db: Db): string {
  const kept = linesByDb.get(db) ?? new Map<number, Line>();
  // One read transaction: the stamps and the rows built for them are the same snapshot.
  const { stamps, rows } = db.$client.transaction(() => {
    const stamps = readStamps(db);
    const missing = stamps.filter(([id, stamp]) => kept.get(id)?.stamp !== stamp).map(([id]) => id);
    const rows = missing.length === 0 ? [] : (db.$client.prepare(ROWS_SQL).all(JSON.stringify(missing)) as StatementRow[]);
    return { stamps, rows };
  })();
  const built = new Map<number, string>();
  for (const row of rows) {
    const dto = toStatementDto(row);
    built.set(dto.versionId, statementCsvLine(dto));
  }
  // Only the current versions' lines are kept: memory follows the dataset, not its history.
  const next = new Map<number, Line>();
  const parts: string[] = [HEADER];
  for (const [id, stamp] of stamps) {
    const text = built.get(id) ?? kept.get(id)!.text;
    next.set(id, { stamp, text });
    parts.push(text);
  }
  linesByDb.set(db, next);
  return parts.join("");
}
