/** Plain reads of sources: the public list and page, and the editing pages' view of one. */
import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { events, sources, statements } from "../schema";
import type { Source } from "@/lib/types";
import { statementColumns, statementJoins, toStatementDto, visibleAt, type StatementDto, type StatementRow } from "../statements/rows";

/** The columns of the Source type, under its names. */
const SOURCE = {
  id: sources.id,
  title: sources.title,
  publisher: sources.publisher,
  url: sources.url,
  publishedOn: sources.publishedOn,
  language: sources.language,
  retrievedOn: sources.retrievedOn,
  archivedUrl: sources.archivedUrl,
  note: sources.note,
};

/**
 * The same columns read from `source_versions` (the frozen reads), under the Source names: built from
 * SOURCE's own column names so that a new source field cannot be added to one read and not the other.
 */
const SOURCE_VERSION_COLUMNS = (alias: string) =>
  Object.entries(SOURCE)
    .map(([key, column]) => (column.name === key ? `${alias}.${column.name}` : `${alias}.${column.name} as ${key}`))
    .join(", ");

/**
 * Whether statement version `s` cites source `source` (a column reference), as its primary source or as a
 * corroborating one (statement_sources): the one rule every count of "statements citing a source" uses.
 */
const citesSource = (s: string, source: string) =>
  `(${s}.source_id = ${source} or exists (select 1 from statement_sources ss where ss.version_id = ${s}.id and ss.source_id = ${source}))`;

/** A source with the number of current published statements that cite it. */
export type SourceWithCount = Source & { statements: number };

/**
 * Every source, newest published first (undated last), then by title; with statement counts. At a
 * past `known`, each source's version current then (source_versions) and the published statement
 * versions current then, so a frozen list shows what the list showed at that instant.
 */
export function listSourcesWithCounts(db: Db, known: number | null = null): SourceWithCount[] {
  if (known === null) {
    return db
      .select({
        ...SOURCE,
        statements: sql<number>`(select count(*) from ${statements} s
          where ${sql.raw(citesSource("s", "sources.id"))} and s.superseded_at is null and s.status = 'published')`,
      })
      .from(sources)
      .orderBy(sql`${sources.publishedOn} is null`, desc(sources.publishedOn), asc(sources.title), asc(sources.id))
      .all();
  }
  return db.$client
    .prepare(
      `select ${SOURCE_VERSION_COLUMNS("v")},
         (select count(*) from statements s
           where ${citesSource("s", "v.id")} and ${visibleAt(known)} and s.status = 'published') as statements
       from source_versions v where ${visibleAt(known, "v")}
       order by v.published_on is null, v.published_on desc, v.title, v.id`,
    )
    .all({ known }) as SourceWithCount[];
}

/**
 * One source, or null when there is none with that id; at a past `known`, its version current then
 * (db/sources/history.ts), or null when it was not recorded yet.
 */
export function getSource(db: Db, id: number, known: number | null = null): Source | null {
  if (known === null) return db.select(SOURCE).from(sources).where(eq(sources.id, id)).get() ?? null;
  const row = db.$client
    .prepare(
      `select ${SOURCE_VERSION_COLUMNS("s")}
       from source_versions s where s.id = @id and ${visibleAt(known)}`,
    )
    .get({ id, known }) as Source | undefined;
  return row ?? null;
}

/**
 * The current versions of every statement citing the source, as primary or corroborating (retracted ones included, marked by
 * their status), by country name, then newest stated first. Hand-written: it shares the statement
 * select list and joins every statement read uses (db/statements/rows.ts).
 */
export function listSourceStatements(db: Db, sourceId: number, known: number | null = null): StatementDto[] {
  const rows = db.$client
    .prepare(
      `select ${statementColumns(known)} from statements s ${statementJoins(known)}
       where (s.source_id = @id or s.id in (select ss.version_id from statement_sources ss where ss.source_id = @id)) and ${visibleAt(known)}
       order by c.name, s.stated_on desc, s.statement_id desc`,
    )
    .all(known === null ? { id: sourceId } : { id: sourceId, known }) as StatementRow[];
  return rows.map(toStatementDto);
}

/** Events (summits) that cite the source, oldest first, as known at `known` (or now). */
export function listSourceEvents(db: Db, sourceId: number, known: number | null = null): { slug: string; name: string; heldOn: string }[] {
  if (known !== null) {
    return db.$client
      .prepare(`select e.slug, e.name, e.held_on as heldOn from event_versions e where e.source_id = @id and ${visibleAt(known, "e")} order by e.held_on, e.id`)
      .all({ id: sourceId, known }) as { slug: string; name: string; heldOn: string }[];
  }
  return db
    .select({ slug: events.slug, name: events.name, heldOn: events.heldOn })
    .from(events)
    .where(eq(events.sourceId, sourceId))
    .orderBy(asc(events.heldOn), asc(events.id))
    .all();
}

/** A source as the editing pages see it: its fields, edit version and how many statements cite it. */
export type EditableSource = Source & { version: number; createdAt: string; createdBy: string; citedBy: number };

// In the correlated subqueries the outer table is named literally: drizzle writes a column of a
// single-table select unqualified, which the subquery would resolve to its own table.
const EDITABLE = {
  ...SOURCE,
  version: sources.version,
  createdAt: sources.createdAt,
  createdBy: sources.createdBy,
  citedBy: sql<number>`(select count(distinct st.statement_id) from ${statements} st
    where ${sql.raw(citesSource("st", "sources.id"))} and st.superseded_at is null)`,
};

function toEditable(r: Omit<EditableSource, "createdAt"> & { createdAt: number }): EditableSource {
  return { ...r, createdAt: new Date(r.createdAt).toISOString() };
}

/** One source for editing. @throws NotFoundError */
export function getSourceForEdit(db: Db, id: number): EditableSource {
  const row = db.select(EDITABLE).from(sources).where(eq(sources.id, id)).get();
  if (!row) throw new NotFoundError(`No source with id ${id}`);
  return toEditable(row);
}

/**
 * Sources whose title, publisher or URL contains `q` (case-insensitive; all when empty), most
 * recently added first. LIKE's wildcards in `q` are matched literally (escaped; drizzle's like()
 * has no ESCAPE clause, hence the fragments).
 */
export function searchSources(db: Db, q = "", limit = 500): EditableSource[] {
  const p = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const contains = (column: typeof sources.title | typeof sources.publisher | typeof sources.url) =>
    sql`lower(coalesce(${column}, '')) like ${p} escape '\\'`;
  return db
    .select(EDITABLE)
    .from(sources)
    .where(sql`${contains(sources.title)} or ${contains(sources.publisher)} or ${contains(sources.url)}`)
    .orderBy(desc(sources.id))
    .limit(limit)
    .all()
    .map(toEditable);
}

