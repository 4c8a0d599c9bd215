"use client";
/**
 * Upload a statements CSV, see every row's outcome (dry run), then confirm. Both steps are plain
 * forms posting to one server action, so the import works without JavaScript too. With JavaScript,
 * a file over the browser import's limit is refused here, before anything is sent (the action
 * refuses it too, and proxy.ts refuses any form post over its own limit).
 */
import { useActionState, useState, type FormEvent } from "react";
import { BROWSER_IMPORT_MAX_FILE_BYTES, browserImportTooLarge, formatBytes } from "@/lib/http/body-limits";
import type { FormState } from "@/lib/form-state";
import type { ImportData } from "@/db/statements";
import { FieldError } from "./field";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";
import { TableScroll } from "@/components/ui/table-scroll";

type Action = (prev: FormState<ImportData>, formData: FormData) => Promise<FormState<ImportData>>;

export function ImportForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState<FormState<ImportData>, FormData>(action, { status: "idle" });
  const data = state.data;
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const fieldErrors = tooLarge ? { ...state.fieldErrors, file: [tooLarge] } : state.fieldErrors;
  const checkSize = (file: File | undefined): boolean => {
    const problem = file && file.size > BROWSER_IMPORT_MAX_FILE_BYTES ? browserImportTooLarge(file.size) : null;
    setTooLarge(problem);
    return problem === null;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    if (input instanceof HTMLInputElement && !checkSize(input.files?.[0])) event.preventDefault();
  };
  return (
    <>
      <FormStatus status={tooLarge ? "error" : state.status} message={tooLarge ? "The file was not sent: it is too large for the browser import." : state.message} />
      {data?.draftId && !data.imported && data.summary.new === 0 ? (
        <p className="notice" role="status" data-testid="nothing-to-import">
          Nothing to import: every valid row is already recorded.
        </p>
      ) : null}
      {data?.draftId && !data.imported && data.summary.new > 0 ? (
        <form action={formAction} className="admin-form">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="draftId" value={data.draftId} />
          <p className="actions">
            <SubmitButton pendingLabel="Importing…">
              Import {data.summary.new} new statement{data.summary.new === 1 ? "" : "s"}
            </SubmitButton>
          </p>
        </form>
      ) : null}
      {data ? <OutcomeTable data={data} /> : null}
      <form action={formAction} className="admin-form" encType="multipart/form-data" onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="preview" />
        <div className={fieldErrors?.file ? "field invalid" : "field"}>
          <label htmlFor="f-file">{data ? "Check another file" : "Statements CSV file"}</label>
          <div className="hint" id="f-file-hint">
            UTF-8, with a header row; the columns of the CSV export (country, stated_on, stance and source_title are required). At
            most {formatBytes(BROWSER_IMPORT_MAX_FILE_BYTES)}; import larger files with npm run db:import or the API.
          </div>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby="f-file-hint f-file-error"
            aria-invalid={fieldErrors?.file ? true : undefined}
            onChange={(e) => checkSize(e.currentTarget.files?.[0])}
          />
          <FieldError name="file" errors={fieldErrors} />
        </div>
        <p className="actions">
          <SubmitButton pendingLabel="Checking…" className={data?.draftId && !data.imported ? "secondary" : "primary"}>
            Check the file (dry run)
          </SubmitButton>
        </p>
      </form>
    </>
  );
}

function OutcomeTable({ data }: { data: ImportData }) {
  return (
    <TableScroll label={`Import of ${data.fileName}`}>
      <table className="data import-outcomes">
        <caption>
          {data.fileName}: {data.summary.new} new, {data.summary.duplicate} duplicate, {data.summary.error} with errors
          {data.imported ? " (imported)" : " (dry run, nothing written)"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Outcome</th>
            <th scope="col">Country</th>
            <th scope="col">Stated on</th>
            <th scope="col">Stance</th>
            <th scope="col">Quote</th>
            <th scope="col">Source</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.line} data-line={r.line} data-outcome={r.outcome}>
              <td>{r.line}</td>
              <td className={`outcome-${r.outcome}`}>{r.outcome === "duplicate" ? "duplicate" : r.outcome}</td>
              <td>{r.country}</td>
              <td className="date">{r.statedOn}</td>
              <td>{r.stance}</td>
              <td className="import-quote">{r.quote ?? "—"}</td>
              <td data-testid="import-source">
                {r.source === null ? (
                  "—"
                ) : r.source.matchedId !== null ? (
                  <>
                    {r.source.title} (matches <a href={`/admin/sources/${r.source.matchedId}/edit`}>source #{r.source.matchedId}</a>)
                  </>
                ) : (
                  <>{r.source.title} (new source, will be created)</>
                )}
              </td>
              <td>
                {r.outcome === "error" ? (
                  <ul>
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : r.statementId !== null ? (
                  r.outcome === "duplicate" ? (
                    <a href={`/admin/statements/${r.statementId}`}>same as statement #{r.statementId}</a>
                  ) : data.imported ? (
                    <a href={`/admin/statements/${r.statementId}`}>statement #{r.statementId}</a>
                  ) : (
                    "will be added"
                  )
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
