import "server-only";
import type { Db } from "../client";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import type { IsoDate, Source } from "@/lib/types";
import { recordAudit } from "./audit";
import { findSource } from "./sources";

/** A source as the editing pages see it: its fields, edit version and how many statements cite it. */
export type EditableSource = Source & { version: number; createdAt: string; createdBy: string; citedBy: number };

/** Everything an editor can set on a source. */
export type SourceInput = {
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: IsoDate | null;
  language: string | null;
  retrievedOn: IsoDate | null;
  archivedUrl: string | null;
  note: string | null;
};

type SourceRow = Omit<EditableSource, "createdAt"> & { createdAt: number };

const COLUMNS = `s.id, s.title, s.publisher, s.url, s.published_on as publishedOn, s.language, s.retrieved_on as retrievedOn,
  s.archived_url as archivedUrl, s.note, s.version, s.created_at as createdAt, s.created_by as createdBy,
  (select count(distinct st.statement_id) from statements st where st.source_id = s.id and st.superseded_at is null) as citedBy`;

function toDto(r: SourceRow): EditableSource {
  return { ...r, createdAt: new Date(r.createdAt).toISOString() };
}

/** One source for editing. @throws NotFoundError */
export function getSourceForEdit(db: Db, id: number): EditableSource {
  const row = db.$client.prepare(`select ${COLUMNS} from sources s where s.id = ?`).get(id) as SourceRow | undefined;
  if (!row) throw new NotFoundError(`No source with id ${id}`);
  return toDto(row);
}

/**
 * Sources whose title, publisher or URL contains `q` (case-insensitive; all when empty), most
 * recently added first. LIKE's wildcards in `q` are matched literally.
 */
export function searchSources(db: Db, q = "", limit = 500): EditableSource[] {
  const pattern = `%${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db.$client
    .prepare(
      `select ${COLUMNS} from sources s
       where lower(s.title) like @p escape '\\' or lower(coalesce(s.publisher, '')) like @p escape '\\'
         or lower(coalesce(s.url, '')) like @p escape '\\'
       order by s.id desc limit @limit`,
    )
    .all({ p: pattern, limit }) as SourceRow[];
  return rows.map(toDto);
}

function assertNotDuplicate(db: Db, input: SourceInput, selfId: number | null): void {
  const existing = findSource(db, { title: input.title, publisher: input.publisher, url: input.url, publishedOn: input.publishedOn });
  if (existing === null || existing === selfId) return;
  const field = input.url && db.$client.prepare("select 1 from sources where id = ? and url = ?").get(existing, input.url) ? "url" : "title";
  throw new InvalidInputError(`The same source is already recorded as #${existing}`, {
    [field]: [`already recorded as source #${existing}; cite that one instead`],
  });
}

/** Records a new source (refusing a duplicate of an existing one) with its audit entry; returns it. */
export function createSource(db: Db, input: SourceInput, actor: string): EditableSource {
  const id = db.$client.transaction(() => {
    assertNotDuplicate(db, input, null);
    const { lastInsertRowid } = db.$client
      .prepare(
        `insert into sources (title, publisher, url, published_on, language, retrieved_on, archived_url, note, created_at, created_by)
         values (@title, @publisher, @url, @publishedOn, @language, @retrievedOn, @archivedUrl, @note, @at, @actor)`,
      )
      .run({ ...input, at: Date.now(), actor });
    const created = getSourceForEdit(db, Number(lastInsertRowid));
    recordAudit(db, { actor, action: "create", entity: "source", entityId: created.id, after: created });
    return created.id;
  })();
  return getSourceForEdit(db, id);
}

/**
 * Changes a source in place (statements cite it by id, so the fix shows wherever it is cited),
 * refusing when the editor worked from an older version. The audit entry keeps the old values.
 */
export function editSource(db: Db, id: number, baseVersion: number, input: SourceInput, actor: string): EditableSource {
  db.$client.transaction(() => {
    const before = getSourceForEdit(db, id);
    if (before.version !== baseVersion) {
      throw new ConflictError(`Source ${id} was changed (version ${before.version}) after you opened version ${baseVersion}.`, before);
    }
    assertNotDuplicate(db, input, id);
    db.$client
      .prepare(
        `update sources set title = @title, publisher = @publisher, url = @url, published_on = @publishedOn, language = @language,
           retrieved_on = @retrievedOn, archived_url = @archivedUrl, note = @note, version = version + 1
         where id = @id and version = @baseVersion`,
      )
      .run({ ...input, id, baseVersion });
    recordAudit(db, { actor, action: "edit", entity: "source", entityId: id, before, after: getSourceForEdit(db, id) });
  })();
  return getSourceForEdit(db, id);
}
