import "server-only";
import type { Db } from "../client";
import type { Source } from "@/lib/types";
import { STATEMENT_COLUMNS, STATEMENT_JOINS, toStatementDto, type StatementDto, type StatementRow } from "../statements/rows";

const SOURCE_COLUMNS = `src.id, src.title, src.publisher, src.url, src.published_on as publishedOn, src.language,
  src.retrieved_on as retrievedOn, src.archived_url as archivedUrl, src.note`;

/** A source with the number of current published statements that cite it. */
export type SourceWithCount = Source & { statements: number };

/** Every source, newest published first (undated last), then by title; with statement counts. */
export function listSourcesWithCounts(db: Db): SourceWithCount[] {
  return db.$client
    .prepare(
      `select ${SOURCE_COLUMNS},
         (select count(*) from statements s where s.source_id = src.id and s.superseded_at is null and s.status = 'published')
           as statements
       from sources src
       order by src.published_on is null, src.published_on desc, src.title, src.id`,
    )
    .all() as SourceWithCount[];
}

/** One source, or null when there is none with that id. */
export function getSource(db: Db, id: number): Source | null {
  const row = db.$client.prepare(`select ${SOURCE_COLUMNS} from sources src where src.id = ?`).get(id) as Source | undefined;
  return row ?? null;
}

/**
 * The current versions of every statement citing the source (retracted ones included, marked by
 * their status), by country name, then newest stated first.
 */
export function listSourceStatements(db: Db, sourceId: number): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${STATEMENT_COLUMNS} from statements s ${STATEMENT_JOINS}
       where s.source_id = ? and s.superseded_at is null
       order by c.name, s.stated_on desc, s.statement_id desc`,
    )
    .all(sourceId) as StatementRow[];
  return rows.map(toStatementDto);
}

/** Events (summits) that cite the source, oldest first. */
export function listSourceEvents(db: Db, sourceId: number): { slug: string; name: string; heldOn: string }[] {
  return db.$client
    .prepare("select slug, name, held_on as heldOn from events where source_id = ? order by held_on, id")
    .all(sourceId) as { slug: string; name: string; heldOn: string }[];
}
