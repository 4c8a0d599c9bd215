/**
 * The source editing form (and the JSON write API). The rules are the CSV's (same lengths, only
 * http(s) URLs, strict dates), worded with this form's field names.
 */
import { z } from "zod";
import { FIELD_LIMITS } from "../statements/fields";
import { optionalHttpUrl, optionalIsoDate, optionalLanguage, optionalText, requiredText } from "@/lib/validation/fields";
import { single, type FormValues } from "@/lib/validation/form-values";

export const SOURCE_FORM_FIELDS = ["title", "publisher", "url", "published_on", "language", "retrieved_on", "archived_url", "note"] as const;

export const sourceFormSchema = z
  .object({
    title: requiredText("title", FIELD_LIMITS.source_title),
    publisher: optionalText("publisher", FIELD_LIMITS.source_publisher),
    url: optionalHttpUrl("url"),
    published_on: optionalIsoDate("published_on"),
    language: optionalLanguage("language"),
    retrieved_on: optionalIsoDate("retrieved_on"),
    archived_url: optionalHttpUrl("archived_url"),
    note: optionalText("note", FIELD_LIMITS.note),
  })
  .transform((r) => ({
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    publishedOn: r.published_on,
    language: r.language,
    retrievedOn: r.retrieved_on,
    archivedUrl: r.archived_url,
    note: r.note,
  }));

/** Every field of the source form as a string (absent -> ""), ready for sourceFormSchema. */
export function fillSourceValues(values: FormValues): Record<(typeof SOURCE_FORM_FIELDS)[number], string> {
  return Object.fromEntries(SOURCE_FORM_FIELDS.map((f) => [f, single(values, f)])) as Record<(typeof SOURCE_FORM_FIELDS)[number], string>;
}

/** The edit version a form was opened at (hidden field `baseVersion`). */
export const baseVersionField = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, "the form lost track of which version you opened; reload the page")
  .transform(Number);
