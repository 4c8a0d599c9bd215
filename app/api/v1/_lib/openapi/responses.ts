/**
 * Zod schemas of the API's answers (the DTO shapes of db/ and lib/), for the OpenAPI description:
 * the requests are described by the very schemas that validate them (see document.ts); these say
 * what comes back, and e2e/openapi.e2e.ts validates real answers against the description.
 */
import { z } from "zod";
import { COMMITMENT_LEVELS, CONDITION_KEYS, CONFIDENCE_LEVELS, CONTRIBUTION_KEYS, DATE_PRECISIONS, SPEAKER_ROLES, STANCE_KEYS } from "@/lib/types";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().meta({ description: "ISO-8601 instant (UTC)" });
const stance = z.enum(STANCE_KEYS).meta({ id: "StanceKey" });

export const errorSchema = z
  .object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() })
  .catchall(z.unknown())
  .meta({ id: "Error", description: "A refused request: `error` says why; a refused body also lists `fieldErrors` by field name." });

export const sourceSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: date.nullable(),
    language: z.string().nullable(),
    retrievedOn: date.nullable(),
    archivedUrl: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "Source" });

export const statementSchema = z
  .object({
    id: z.number().int().meta({ description: "The statement's permanent id (/statements/{id})." }),
    versionId: z.number().int(),
    version: z.number().int(),
    countryIso3: z.string(),
    countryName: z.string(),
    statedOn: date,
    statedOnPrecision: z.enum(DATE_PRECISIONS),
    stance,
    commitment: z.enum(COMMITMENT_LEVELS).nullable(),
    contributions: z.array(z.enum(CONTRIBUTION_KEYS)),
    sizeText: z.string().nullable(),
    troopsMin: z.number().int().nullable(),
    troopsMax: z.number().int().nullable(),
    conditions: z.string().nullable(),
    conditionKeys: z.array(z.enum(CONDITION_KEYS)),
    quote: z.string().nullable(),
    quoteLanguage: z.string().nullable(),
    quoteTranslation: z.string().nullable(),
    translationBy: z.enum(["editor", "machine"]).nullable(),
    speaker: z.string().nullable(),
    speakerRole: z.enum(SPEAKER_ROLES).nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    note: z.string().nullable(),
    status: z.enum(["published", "retracted"]),
    changeReason: z.string().nullable(),
    recordedAt: instant,
    recordedBy: z.string().meta({ description: "The author's public display name (never an e-mail address)." }),
    approvedBy: z
      .string()
      .nullable()
      .meta({ description: "The public display name of the editor who approved this version at review (never an e-mail address); null when it was published without review." }),
    approvedAt: instant.nullable().meta({ description: "When this version was approved at review (ISO-8601 instant, UTC); null when it was published without review." }),
    supersededAt: instant.nullable(),
    source: sourceSchema,
    sources: z.array(sourceSchema),
  })
  .meta({ id: "Statement", description: "One version of a statement with its citations." });

export const statementWithVersionsSchema = z.object({ current: statementSchema, versions: z.array(statementSchema) }).meta({ id: "StatementWithVersions" });

export const searchResultsSchema = z.object({
  terms: z.array(z.string()),
  known: instant.nullable(),
  results: z.array(
    statementSchema
      .extend({
        links: z.object({ statement: z.string(), dashboard: z.string() }),
        highlights: z.record(z.string(), z.string()).meta({ description: "Per matching field, its text as escaped HTML with <mark> around each match." }),
      })
      .meta({ id: "SearchResult", description: "A matching statement version with its links and highlights." }),
  ),
  next: z.number().int().nullable(),
});

export const categoriesSchema = z.object({
  categories: z.array(z.object({ key: stance, label: z.string(), description: z.string(), colour: z.string(), rank: z.number().int() }).meta({ id: "Category" })),
});

export const stancesSchema = z.object({
  date,
  known: instant.nullable(),
  official: z.boolean().meta({ description: "Official positions only (official=1)." }),
  commitment: z.enum(COMMITMENT_LEVELS).nullable().meta({ description: "Only statements at this level or firmer." }),
  assume: z.string().nullable().meta({ description: "The scenario applied (no_<condition key>), or null." }),
  moved: z.array(z.string()).meta({ description: "ISO3 codes of the countries the scenario moved to undecided on the date." }),
  group: z.string().nullable().meta({ description: "The group the countries are limited to (eu, nato, summit:SLUG), or null." }),
  members: z.array(z.string()).nullable().meta({ description: "ISO3 codes of the group's members on the date, or null without a group." }),
  stale: z.union([z.number().int().min(1), z.literal(false)]).meta({ description: "The staleness threshold in days (stale=, default 180), or false for stale=off." }),
  countries: z.array(
    z
      .object({
        iso3: z.string(),
        name: z.string(),
        stance,
        statementId: z.number().int(),
        statedOn: date,
        source: sourceSchema.partial(),
        sources: z.array(sourceSchema.partial()),
        age_days: z.number().int().min(0).meta({ description: "Days from the deciding statement (the latest; a repeat of the same stance is a reaffirmation and resets the age) to the date." }),
        stale: z.boolean().meta({ description: "Whether age_days is over the stale threshold (the map fades it; never with stale=off)." }),
      })
      .catchall(z.unknown())
      .meta({ id: "StanceRow", description: "A country with a stated position and the statement deciding it (its fields as in Statement, camelCase)." }),
  ),
});

export const statementListSchema = z.object({ country: z.string(), statements: z.array(statementSchema) });

export const timelineSchema = z.object({
  from: date.nullable(),
  to: date.nullable(),
  series: z.array(z.object({ date, counts: z.record(z.string(), z.number().int()) })),
});

export const timelinePayloadSchema = z.object({}).catchall(z.unknown()).meta({ description: "The packed timeline the dashboard unpacks (lib/timeline/timeline-payload.ts)." });

export const importResultSchema = z
  .object({ imported: z.boolean(), rows: z.array(z.object({}).catchall(z.unknown())), summary: z.object({ new: z.number().int(), duplicate: z.number().int(), error: z.number().int() }) })
  .catchall(z.unknown());

export const openObject = z.object({}).catchall(z.unknown());

/** GET /api/v1/citation?format=json: the Cite control's data (components/cite/cite-data.ts). */
export const citationSchema = z
  .object({
    title: z.string(),
    publisher: z.string(),
    permalink: z.string().meta({ description: "The view's frozen permalink: its parameters (the date explicit) plus `known`." }),
    known: instant,
    accessed: date,
    apa: z.string().meta({ description: "APA (7th edition), plain text, rendered by citation-js." }),
    chicago: z.string().meta({ description: "Chicago author-date, plain text, rendered by citation-js." }),
    bibtexHref: z.string(),
    cslHref: z.string(),
    bundleCsvHref: z.string(),
    bundleBibtexHref: z.string(),
  })
  .meta({ id: "Citation" });

/** CSL-JSON: an array of items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export const cslItemsSchema = z
  .array(z.object({ id: z.string(), type: z.string(), title: z.string() }).catchall(z.unknown()))
  .meta({ id: "CslJson", description: "CSL-JSON items." });
