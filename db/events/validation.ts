/**
 * The summit (event) editing form. Text rules are shared with the statement form; participants are
 * typed as country names or codes separated by commas, semicolons or new lines.
 */
import { z } from "zod";
import { resolveCountry } from "@/lib/countries";
import { FIELD_LIMITS, statementFieldRules } from "../statements/fields";
import { citationSchema } from "../statements/form";
import { fail, optionalLanguage, optionalText, requiredIsoDate, requiredText } from "@/lib/validation/fields";
import { single, type FormValues } from "@/lib/validation/form-values";

export const EVENT_FORM_FIELDS = [
  "name",
  "slug",
  "place",
  "held_on",
  "participants",
  "summary",
  "quote",
  "quote_language",
  "source_mode",
  "source_id",
  "source_title",
  "source_publisher",
  "source_url",
  "source_published_on",
] as const;
export type EventFormField = (typeof EVENT_FORM_FIELDS)[number];

export const EVENT_LIMITS = { name: 300, place: 200, summary: 4000, slug: 100 } as const;

/** "Paris summit", "2025-09-04" -> "paris-summit-2025-09-04": lower-case ASCII words and hyphens. */
export function slugify(name: string, heldOn: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, EVENT_LIMITS.slug - 11);
  return [words, heldOn].filter(Boolean).join("-");
}

/** Splits the participants field and resolves each entry; unknown entries are errors. */
export function parseParticipants(text: string): { iso3s: string[]; unknown: string[] } {
  const iso3s = new Set<string>();
  const unknown: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const entry = part.trim();
    if (!entry) continue;
    const iso3 = resolveCountry(/\(([A-Za-z]{3})\)$/.exec(entry)?.[1] ?? entry);
    if (iso3) iso3s.add(iso3);
    else unknown.push(entry);
  }
  return { iso3s: [...iso3s].sort(), unknown };
}

const fields = z.object({
  name: requiredText("name", EVENT_LIMITS.name),
  slug: optionalText("slug", EVENT_LIMITS.slug).refine(
    (s) => s === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s),
    "slug may hold only lower-case letters, digits and single hyphens (leave it empty to make one from the name)",
  ),
  place: optionalText("place", EVENT_LIMITS.place),
  held_on: requiredIsoDate("held_on"),
  participants: z.string().transform((s, ctx) => {
    const { iso3s, unknown } = parseParticipants(s);
    if (unknown.length > 0) return fail(ctx, `unknown ${unknown.length === 1 ? "country" : "countries"}: ${unknown.map((u) => `'${u}'`).join(", ")}`);
    return iso3s;
  }),
  summary: optionalText("summary", EVENT_LIMITS.summary),
  quote: optionalText("quote", FIELD_LIMITS.quote),
  quote_language: optionalLanguage("quote_language"),
});

export type EventFormInput = {
  slug: string;
  name: string;
  place: string | null;
  heldOn: string;
  summary: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  participants: string[];
  source: ReturnType<typeof citationSchema>["_zod"]["output"];
};

/** Validates a submitted event form; every field's errors at once. */
export function parseEventForm(
  values: FormValues,
): { ok: true; data: EventFormInput } | { ok: false; fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const filled = Object.fromEntries(EVENT_FORM_FIELDS.map((f) => [f, single(values, f)])) as Record<EventFormField, string>;
  if (filled.source_mode === "") filled.source_mode = filled.source_id.trim() ? "existing" : filled.source_title.trim() ? "new" : "none";
  const a = fields.safeParse(filled);
  const b = citationSchema(statementFieldRules({ resolveCountry }), { optional: true }).safeParse(filled);
  if (a.success && b.success) {
    const r = a.data;
    return {
      ok: true,
      data: {
        slug: r.slug ?? slugify(r.name, r.held_on),
        name: r.name,
        place: r.place,
        heldOn: r.held_on,
        summary: r.summary,
        quote: r.quote,
        quoteLanguage: r.quote_language,
        participants: r.participants,
        source: b.data,
      },
    };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of [...(a.error?.issues ?? []), ...(b.error?.issues ?? [])]) {
    (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  }
  const { form: formErrors = [], ...rest } = fieldErrors;
  return { ok: false, fieldErrors: rest, formErrors };
}
