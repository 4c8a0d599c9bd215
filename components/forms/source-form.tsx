"use client";
/** Creating or editing a source (a citation). Same behaviour as the statement form. */
import { EntityForm, type EntityFormProps } from "./entity-form";
import { TextArea, TextField } from "./field";

export function SourceForm(props: EntityFormProps) {
  return (
    <EntityForm {...props} submitLabel={{ create: "Add source", edit: "Save changes" }}>
      {({ field }) => (
        <fieldset>
          <legend>Source</legend>
          <TextField {...field("title")} label="Title" required />
          <TextField {...field("publisher")} label="Publisher" />
          <TextField {...field("url")} label="URL" hint="http:// or https:// only" inputMode="url" placeholder="https://" />
          <TextField {...field("published_on")} label="Published on" hint="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
          <TextField {...field("language")} label="Language" hint="A language code: en, fr, de…" />
          <TextField {...field("retrieved_on")} label="Retrieved on" hint="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
          <TextField {...field("archived_url")} label="Archived copy" hint="e.g. a web.archive.org URL (http:// or https:// only)" inputMode="url" placeholder="https://" />
          <TextArea {...field("note")} label="Note" />
        </fieldset>
      )}
    </EntityForm>
  );
}
