import "server-only";
import type { EditableEvent } from "@/db/events";
import type { EditableSource } from "@/db/sources";
import type { VersionConflict } from "@/lib/form-state";
import { single, type FormValues } from "@/lib/validation/form-values";

/** A source as the form's initial values. */
export function sourceFormValues(s: EditableSource): FormValues {
  return {
    title: s.title,
    publisher: s.publisher ?? "",
    url: s.url ?? "",
    published_on: s.publishedOn ?? "",
    language: s.language ?? "",
    retrieved_on: s.retrievedOn ?? "",
    archived_url: s.archivedUrl ?? "",
    note: s.note ?? "",
  };
}

const SOURCE_LABELS: [string, string][] = [
  ["title", "Title"],
  ["publisher", "Publisher"],
  ["url", "URL"],
  ["published_on", "Published on"],
  ["language", "Language"],
  ["retrieved_on", "Retrieved on"],
  ["archived_url", "Archived copy"],
  ["note", "Note"],
];

function compare(labels: [string, string][], theirs: FormValues, yours: FormValues) {
  return labels.map(([field, label]) => ({ field, label, theirs: single(theirs, field).trim(), yours: single(yours, field).trim() }));
}

type LastChange = { actor: string; at: string } | null;

export function sourceConflict(current: EditableSource, typed: FormValues, last: LastChange): VersionConflict {
  return { version: current.version, recordedBy: last?.actor ?? null, recordedAt: last?.at ?? null, fields: compare(SOURCE_LABELS, sourceFormValues(current), typed) };
}

/** An event as the form's initial values. */
export function eventFormValues(e: EditableEvent, countryNames: Map<string, string>): FormValues {
  return {
    name: e.name,
    slug: e.slug,
    place: e.place ?? "",
    held_on: e.heldOn,
    participants: e.participants.map((iso3) => `${countryNames.get(iso3) ?? iso3} (${iso3})`).join(", "),
    summary: e.summary ?? "",
    quote: e.quote ?? "",
    quote_language: e.quoteLanguage ?? "",
    source_mode: e.sourceId === null ? "none" : "existing",
    source_id: e.sourceId === null ? "" : `#${e.sourceId} · ${e.sourceTitle ?? ""}`,
  };
}

const EVENT_LABELS: [string, string][] = [
  ["name", "Name"],
  ["slug", "Slug"],
  ["place", "Place"],
  ["held_on", "Held on"],
  ["participants", "Participants"],
  ["summary", "Summary"],
  ["quote", "Quote"],
  ["quote_language", "Quote language"],
  ["source_id", "Source"],
];

export function eventConflict(current: EditableEvent, typed: FormValues, countryNames: Map<string, string>, last: LastChange): VersionConflict {
  return {
    version: current.version,
    recordedBy: last?.actor ?? null,
    recordedAt: last?.at ?? null,
    fields: compare(EVENT_LABELS, eventFormValues(current, countryNames), typed),
  };
}
