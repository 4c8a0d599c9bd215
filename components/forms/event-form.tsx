"use client";
/** Creating or editing a summit (event): when, where, who took part, and optionally a source. */
import { CitationFieldset, type SourceOption } from "./citation-fieldset";
import { EntityForm, type EntityFormProps } from "./entity-form";
import { TextArea, TextField } from "./field";

export function EventForm({ sources, ...props }: EntityFormProps & { sources: SourceOption[] }) {
  return (
    <EntityForm {...props} submitLabel={{ create: "Add summit", edit: "Save changes" }}>
      {(fields) => {
        const { field } = fields;
        return (
          <>
            <fieldset>
              <legend>Summit</legend>
              <TextField {...field("name")} label="Name" required />
              <TextField {...field("held_on")} label="Held on" hint="YYYY-MM-DD (the first day)" placeholder="YYYY-MM-DD" required />
              <TextField {...field("place")} label="Place" />
              <TextArea {...field("participants")} label="Participants" hint="Country names or ISO codes, separated by commas: France, GBR, DE…" />
              <TextArea {...field("summary")} label="Summary" rows={4} />
              <TextArea {...field("quote")} label="Quote" />
              <TextField {...field("quote_language")} label="Quote language" hint="en, fr, de…" />
              <TextField {...field("slug")} label="Slug" hint="For its address; leave empty to make one from the name and date." />
            </fieldset>
            <CitationFieldset fields={fields} sources={sources} optional />
          </>
        );
      }}
    </EntityForm>
  );
}
