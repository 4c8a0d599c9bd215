/**
 * Choosing a statement's (or summit's) source: one already recorded, found by typing part of its
 * title, publisher or URL (a <datalist>, so it works without JavaScript), or a new one described
 * inline. Only http(s) URLs are accepted (checked on the server).
 */
import { single } from "@/lib/validation/form-values";
import type { FormFields } from "./bind-fields";
import { FieldError, TextField } from "./field";

export type SourceOption = { id: number; label: string };

export function CitationFieldset({ fields, sources, optional = false }: { fields: FormFields; sources: SourceOption[]; optional?: boolean }) {
  const { field, errors } = fields;
  const mode = single(fields.values, "source_mode") || (optional ? "none" : "existing");
  return (
    <fieldset className="citation-picker" aria-describedby="f-source_mode-error">
      <legend>
        Source{optional ? " (optional)" : <span aria-hidden="true"> *</span>}
      </legend>
      <div className="choice">
        <label className="inline">
          <input type="radio" name="source_mode" value="existing" defaultChecked={mode === "existing"} /> A source already recorded
        </label>
        <TextField
          {...field("source_id")}
          label="Find it by title, publisher or URL"
          hint="Start typing and pick from the list (or type its number, e.g. #12)."
          list="source-options"
          autoComplete="off"
        />
        <datalist id="source-options">
          {sources.map((s) => (
            <option key={s.id} value={s.label} />
          ))}
        </datalist>
      </div>
      <div className="choice">
        <label className="inline">
          <input type="radio" name="source_mode" value="new" defaultChecked={mode === "new"} /> A new source
        </label>
        <TextField {...field("source_title")} label="Title" />
        <TextField {...field("source_publisher")} label="Publisher" />
        <TextField {...field("source_url")} label="URL" hint="http:// or https:// only" inputMode="url" placeholder="https://" />
        <TextField {...field("source_published_on")} label="Published on" hint="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
      </div>
      {optional ? (
        <label className="inline">
          <input type="radio" name="source_mode" value="none" defaultChecked={mode === "none"} /> No source
        </label>
      ) : null}
      <FieldError name="source_mode" errors={errors} />
    </fieldset>
  );
}
