/**
 * Choosing a statement's (or summit's) source: one already recorded, found by typing part of its
 * title, publisher or URL (a <datalist>, so it works without JavaScript), or a new one described
 * inline. Only http(s) URLs are accepted (checked on the server).
 */
import { FieldError, TextField, type FieldErrorMap } from "./field";
import type { FormValues } from "@/lib/validation/form-values";

export type SourceOption = { id: number; label: string };

function v(values: FormValues, key: string): string {
  const x = values[key];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}

export function CitationFieldset({
  values,
  errors,
  sources,
  optional = false,
}: {
  values: FormValues;
  errors?: FieldErrorMap;
  sources: SourceOption[];
  optional?: boolean;
}) {
  const mode = v(values, "source_mode") || (optional ? "none" : "existing");
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
          name="source_id"
          label="Find it by title, publisher or URL"
          hint="Start typing and pick from the list (or type its number, e.g. #12)."
          list="source-options"
          defaultValue={v(values, "source_id")}
          errors={errors}
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
        <TextField name="source_title" label="Title" defaultValue={v(values, "source_title")} errors={errors} />
        <TextField name="source_publisher" label="Publisher" defaultValue={v(values, "source_publisher")} errors={errors} />
        <TextField
          name="source_url"
          label="URL"
          hint="http:// or https:// only"
          inputMode="url"
          placeholder="https://"
          defaultValue={v(values, "source_url")}
          errors={errors}
        />
        <TextField
          name="source_published_on"
          label="Published on"
          hint="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          defaultValue={v(values, "source_published_on")}
          errors={errors}
        />
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
