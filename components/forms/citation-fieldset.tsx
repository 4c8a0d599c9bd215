/**
 * Choosing a statement's (or summit's) source: one already recorded, found by typing part of its
 * title, publisher or URL (a <datalist>, so it works without JavaScript), or a new one described
 * inline. Only http(s) URLs are accepted (checked on the server).
 */
import type { FormEvent } from "react";
import { single } from "@/lib/validation/form-values";
import type { FormFields } from "./bind-fields";
import { FieldError, TextField } from "./field";

export type SourceOption = { id: number; label: string };

/** Typing in one choice's fields selects that choice (the server infers it too, for forms without JavaScript). */
function selectChoice(mode: "existing" | "new") {
  return (e: FormEvent<HTMLDivElement>) => {
    const target = e.target as HTMLInputElement;
    if (target.name === "source_mode" || target.value.trim() === "") return;
    const radio = e.currentTarget.querySelector<HTMLInputElement>(`input[name="source_mode"][value="${mode}"]`);
    if (radio) radio.checked = true;
  };
}

/** Empty inputs offered for corroborating sources beside those already cited (no JavaScript needed). */
const SPARE_MORE_SOURCES = 2;

export function CitationFieldset({
  fields,
  sources,
  optional = false,
  corroborating = false,
}: {
  fields: FormFields & { editing?: boolean };
  sources: SourceOption[];
  optional?: boolean;
  /** Offer corroborating sources (statements: `more_sources`, several recorded sources). */
  corroborating?: boolean;
}) {
  const { field, errors } = fields;
  // As typed (an echo after a refusal) or as cited: one entry per field, never split on commas.
  const typed = fields.values.more_sources;
  const moreValues = (Array.isArray(typed) ? typed : typed ? [typed] : []).filter((v) => v.trim() !== "");
  // A new statement starts with neither choice ticked: the server infers it from what was typed
  // (a picked source means "already recorded", a described one "new"), so typing only a new
  // source's fields, without JavaScript, is not refused as "source is required".
  const mode = single(fields.values, "source_mode") || (optional ? "none" : "");
  return (
    <fieldset className="citation-picker" aria-describedby="f-source_mode-error">
      <legend>
        Source{optional ? " (optional)" : <span aria-hidden="true"> *</span>}
      </legend>
      <div className="choice" onInput={selectChoice("existing")}>
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
      <div className="choice" onInput={selectChoice("new")}>
        <label className="inline">
          <input type="radio" name="source_mode" value="new" defaultChecked={mode === "new"} /> A new source
        </label>
        {fields.editing ? (
          <p className="hint" data-testid="new-source-hint">
            Cites another source instead, recorded as new. To correct the source already cited, edit that source on its own page.
          </p>
        ) : null}
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
      {corroborating ? (
        <fieldset className="corroborating-sources" aria-describedby="f-more_sources-error">
          <legend>Corroborating sources (optional)</legend>
          <p className="hint">Other recorded sources reporting the same statement: one per field, picked from the list (or #12).</p>
          {[...moreValues, ...Array<string>(SPARE_MORE_SOURCES).fill("")].map((value, i) => (
            <label key={i} className="more-source">
              <span className="visually-hidden">Corroborating source {i + 1}</span>
              <input name="more_sources" defaultValue={value} list="source-options" autoComplete="off" data-testid="more-source-input" />
            </label>
          ))}
          <FieldError name="more_sources" errors={errors} />
        </fieldset>
      ) : null}
    </fieldset>
  );
}
