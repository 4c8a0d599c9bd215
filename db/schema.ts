/**
 * The tracker's tables. Statements are bitemporal and append-only: every edit or retraction adds a
 * row (a version) and closes the previous one by setting `superseded_at`; nothing is updated in place
 * except that closing stamp, and nothing is ever deleted.
 *
 * - valid time: `stated_on` (when the government said it), with its precision;
 * - transaction time: `recorded_at` .. `superseded_at` (when the tracker knew this version).
 */
import { sql } from "drizzle-orm";
import { COMMITMENT_LEVELS, SPEAKER_ROLES } from "../lib/types";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Milliseconds since the epoch: instants compare as integers and keep sub-second order. */
const nowMs = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const countries = sqliteTable("countries", {
  iso3: text("iso3").primaryKey(),
  iso2: text("iso2").notNull().unique(),
  numeric: text("numeric").notNull().unique(),
  name: text("name").notNull(),
});

export const stanceCategories = sqliteTable("stance_categories", {
  key: text("key").primaryKey(),
  label: text("label").notNull(),
  description: text("description").notNull(),
  colour: text("colour").notNull(),
  rank: integer("rank").notNull().unique(),
});

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    publishedOn: text("published_on"),
    language: text("language"),
    retrievedOn: text("retrieved_on"),
    archivedUrl: text("archived_url"),
    note: text("note"),
    createdAt: integer("created_at").notNull().default(nowMs),
    createdBy: text("created_by").notNull(),
    /** Bumped by every edit: an edit made from an older version is refused (no edit silently lost). */
    version: integer("version").notNull().default(1),
  },
  (t) => [index("sources_url_idx").on(t.url), index("sources_title_publisher_idx").on(t.title, t.publisher)],
);

/**
 * Every version of a source, in transaction time (recorded_at .. superseded_at), as statements
 * keep theirs: `sources` holds the current fields (what editing and matching read), and each write
 * to it appends its new state here in the same transaction (db/sources/history.ts), so a view
 * frozen at a past `known` cites the title and URL it cited then. `id` is the source's id (the
 * one statements and events cite), so a version joins where `sources` does, under the same names.
 */
export const sourceVersions = sqliteTable(
  "source_versions",
  {
    id: integer("id").notNull().references(() => sources.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    publishedOn: text("published_on"),
    language: text("language"),
    retrievedOn: text("retrieved_on"),
    archivedUrl: text("archived_url"),
    note: text("note"),
    recordedAt: integer("recorded_at").notNull(),
    recordedBy: text("recorded_by").notNull(),
    supersededAt: integer("superseded_at"),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    // The join of a read at `known`: a seek on the source, then the few versions it has.
    index("source_versions_known_idx").on(t.id, t.recordedAt),
    check("source_versions_superseded_after_recorded", sql`superseded_at is null or superseded_at >= recorded_at`),
  ],
);

export const statements = sqliteTable(
  "statements",
  {
    /** One row per version. */
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The logical statement, shared by all its versions; increases with first-recorded order. */
    statementId: integer("statement_id").notNull(),
    version: integer("version").notNull(),
    countryIso3: text("country_iso3").notNull().references(() => countries.iso3),
    statedOn: text("stated_on").notNull(),
    statedOnPrecision: text("stated_on_precision", { enum: ["day", "month"] }).notNull(),
    stance: text("stance").notNull().references(() => stanceCategories.key),
    /** JSON array of contribution keys, e.g. ["ground","air"]. */
    contributions: text("contributions").notNull().default("[]"),
    conditions: text("conditions"),
    quote: text("quote"),
    quoteLanguage: text("quote_language"),
    /** English text of a non-English quote, and who translated it (the original keeps its language). */
    quoteTranslation: text("quote_translation"),
    translationBy: text("translation_by", { enum: ["editor", "machine"] }),
    speaker: text("speaker"),
    /** The speaker's office (SPEAKER_ROLES in lib/types.ts), so a head of government weighs more than an anonymous official. */
    speakerRole: text("speaker_role", { enum: SPEAKER_ROLES }),
    /** How firm the claim is (COMMITMENT_LEVELS, weakest first). */
    commitment: text("commitment", { enum: COMMITMENT_LEVELS }),
    /** The size as stated ("several thousand soldiers"), and the numbers of troops it supports, if any. */
    sizeText: text("size_text"),
    troopsMin: integer("troops_min"),
    troopsMax: integer("troops_max"),
    /** JSON array of condition keys (CONDITION_KEYS, canonical order), beside the free-text `conditions`. */
    conditionKeys: text("condition_keys").notNull().default("[]"),
    sourceId: integer("source_id").notNull().references(() => sources.id),
    confidence: text("confidence", { enum: ["high", "medium", "low"] }).notNull(),
    note: text("note"),
    status: text("status", { enum: ["published", "retracted"] }).notNull().default("published"),
    /** Why this version exists: the edit summary or, for a retraction, its required reason. */
    changeReason: text("change_reason"),
    recordedAt: integer("recorded_at").notNull().default(nowMs),
    recordedBy: text("recorded_by").notNull(),
    /**
     * Who approved this version at /admin/review (REVIEW_REQUIRED=1), as recorded_by stores an
     * actor, and when (ms); both null for a version published directly (review off, or the CLI).
     */
    approvedBy: text("approved_by"),
    approvedAt: integer("approved_at"),
    supersededAt: integer("superseded_at"),
  },
  (t) => [
    uniqueIndex("statements_statement_version_uq").on(t.statementId, t.version),
    // As-of "now": a seek per country over current published versions (a partial index stays small).
    index("statements_current_asof_idx")
      .on(t.countryIso3, t.statedOn, t.statementId)
      .where(sql`superseded_at is null and status = 'published'`),
    // As-of at a past "known" instant: the same seek, filtered on the transaction-time interval.
    index("statements_known_asof_idx").on(t.countryIso3, t.statedOn, t.statementId, t.recordedAt),
    // Versions stated after the UTC day they were recorded (future-dated: rare). The as-of query for a
    // past `known` about a later date starts its seek at known's day and finds these here apart
    // (db/statements/as-of.ts); the expression must stay identical to the query's.
    index("statements_future_dated_idx")
      .on(t.countryIso3, t.statedOn, t.statementId)
      .where(sql`stated_on > date(recorded_at / 1000, 'unixepoch')`),
    index("statements_source_idx").on(t.sourceId),
    index("statements_current_idx").on(t.statementId).where(sql`superseded_at is null`),
    // The dataset's span now (getDatasetSpan, on every dashboard and country page): min and max
    // stated_on of the current published versions are this index's two ends, where they were a
    // scan of every version (57 ms at 100k statements, issue #16). The WHERE must stay the query's.
    index("statements_current_stated_on_idx").on(t.statedOn).where(sql`superseded_at is null and status = 'published'`),
    check("statements_stated_on_format", sql`stated_on glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
    check("statements_superseded_after_recorded", sql`superseded_at is null or superseded_at >= recorded_at`),
    check(
      "statements_troops_range",
      sql`(troops_min is null or troops_min >= 0) and (troops_max is null or troops_max >= 0) and (troops_min is null or troops_max is null or troops_min <= troops_max)`,
    ),
    check("statements_translation_by", sql`translation_by is null or (quote_translation is not null and translation_by in ('editor', 'machine'))`),
  ],
);

/**
 * The corroborating sources a statement VERSION cites besides its primary one (`statements.source_id`),
 * in the order given (position 1, 2, …). Keyed by the version row, not the logical statement, so the
 * history keeps which sources each version cited; a new version writes its own links. The primary
 * stays in `statements.source_id` (every existing row stays valid, nothing to backfill), so this
 * table holds only the additional ones.
 */
export const statementSources = sqliteTable(
  "statement_sources",
  {
    versionId: integer("version_id").notNull().references(() => statements.id),
    position: integer("position").notNull(),
    sourceId: integer("source_id").notNull().references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.position] }),
    uniqueIndex("statement_sources_version_source_uq").on(t.versionId, t.sourceId),
    index("statement_sources_source_idx").on(t.sourceId),
    check("statement_sources_position_positive", sql`position >= 1`),
  ],
);

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  place: text("place"),
  heldOn: text("held_on").notNull(),
  summary: text("summary"),
  quote: text("quote"),
  quoteLanguage: text("quote_language"),
  sourceId: integer("source_id").references(() => sources.id),
  createdAt: integer("created_at").notNull().default(nowMs),
  createdBy: text("created_by").notNull(),
  /** Bumped by every edit, as for sources. */
  version: integer("version").notNull().default(1),
});

export const eventParticipants = sqliteTable(
  "event_participants",
  {
    eventId: integer("event_id").notNull().references(() => events.id),
    countryIso3: text("country_iso3").notNull().references(() => countries.iso3),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.countryIso3] })],
);

/**
 * Every version of an event, in transaction time, with its participants (a JSON array of ISO3
 * codes, sorted) as part of the version: `events` and `event_participants` hold the current state
 * (what editing reads), and each write appends its new state here (db/events/history.ts), so a
 * view frozen at a past `known` lists the events, names and participants it listed then.
 */
export const eventVersions = sqliteTable(
  "event_versions",
  {
    id: integer("id").notNull().references(() => events.id),
    version: integer("version").notNull(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    place: text("place"),
    heldOn: text("held_on").notNull(),
    summary: text("summary"),
    quote: text("quote"),
    quoteLanguage: text("quote_language"),
    sourceId: integer("source_id").references(() => sources.id),
    participants: text("participants").notNull().default("[]"),
    recordedAt: integer("recorded_at").notNull(),
    recordedBy: text("recorded_by").notNull(),
    supersededAt: integer("superseded_at"),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index("event_versions_known_idx").on(t.recordedAt, t.supersededAt),
    index("event_versions_slug_idx").on(t.slug, t.recordedAt),
    check("event_versions_superseded_after_recorded", sql`superseded_at is null or superseded_at >= recorded_at`),
  ],
);

/** Every change by anyone: who, when, what, and the entity before and after (JSON). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull().default(nowMs),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    countryIso3: text("country_iso3"),
    before: text("before"),
    after: text("after"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    // /admin/history filters by editor and by country, newest first.
    index("audit_log_actor_idx").on(t.actor, t.at),
    index("audit_log_country_idx").on(t.countryIso3, t.at),
  ],
);

/*
 * Accounts and sessions, managed by better-auth (db/accounts/auth.ts) through its drizzle adapter. The
 * property names are the adapter's field names (it addresses columns by them; a mismatch is
 * reported at start-up by its schema check); the SQL names follow the house style. `role`,
 * `banned*` and `impersonatedBy` are its admin plugin's fields.
 */
const timestampMs = (name: string) => integer(name, { mode: "timestamp_ms" });

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
    image: text("image"),
    createdAt: timestampMs("created_at").notNull().default(nowMs),
    updatedAt: timestampMs("updated_at").notNull().default(nowMs),
    role: text("role", { enum: ["editor", "admin"] }).notNull().default("editor"),
    /** A disabled account: it cannot sign in, and its sessions are revoked. */
    banned: integer("banned", { mode: "boolean" }).default(false),
    banReason: text("ban_reason"),
    banExpires: timestampMs("ban_expires"),
    /**
     * The name public pages and the public API show for this account's work ("Editor N" until an
     * admin sets another at /admin/users); the email is for sign-in and admin pages only. Filled by
     * a trigger on insert (migration 0003), since better-auth writes this table without it.
     */
    displayName: text("display_name"),
  },
  () => [check("users_role_check", sql`role in ('editor', 'admin')`)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestampMs("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestampMs("created_at").notNull().default(nowMs),
    updatedAt: timestampMs("updated_at").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    impersonatedBy: text("impersonated_by"),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestampMs("access_token_expires_at"),
    refreshTokenExpiresAt: timestampMs("refresh_token_expires_at"),
    scope: text("scope"),
    /** better-auth's scrypt hash; never the password itself. */
    password: text("password"),
    createdAt: timestampMs("created_at").notNull().default(nowMs),
    updatedAt: timestampMs("updated_at").notNull(),
  },
  (t) => [index("accounts_user_id_idx").on(t.userId)],
);

export const verifications = sqliteTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestampMs("expires_at").notNull(),
    createdAt: timestampMs("created_at").notNull().default(nowMs),
    updatedAt: timestampMs("updated_at").notNull().default(nowMs),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/**
 * A CSV upload waiting for the editor to confirm its dry run (/admin/import). Removed when
 * confirmed, and after a day otherwise.
 */
export const importDrafts = sqliteTable("import_drafts", {
  id: text("id").primaryKey(),
  fileName: text("file_name").notNull(),
  content: text("content").notNull(),
  createdAt: integer("created_at").notNull().default(nowMs),
  createdBy: text("created_by").notNull(),
});

/**
 * The dataset revision: one row whose counter moves, in the writer's own transaction, with every
 * change to a table a public view reads (triggers in migration 0006, so any writer counts: the
 * server, the CLI import, a restore, another host on a copy of the file). Unlike `pragma
 * data_version` (per connection) it is the same number in every process and on every host, so
 * the public views' ETags built from it agree wherever they are computed (docs/caching.md).
 */
export const dataRevision = sqliteTable(
  "data_revision",
  {
    id: integer("id").primaryKey(),
    /** How many row changes have been counted (for people and benchmarks to read). */
    revision: integer("revision").notNull().default(0),
    /**
     * A random token drawn again with every change: the validator. A counter alone could repeat
     * after a restore to an older backup followed by other edits; a stamp travels with the content
     * it was drawn for (a restore or a replica copies it), so equal stamps mean equal data.
     */
    stamp: text("stamp").notNull(),
  },
  (t) => [check("data_revision_single_row", sql`${t.id} = 1`)],
);

/**
 * A change waiting for review (REVIEW_REQUIRED=1, db/review): a new statement, an edit, a retraction
 * or a whole CSV import (one batch). It lives outside `statements`, so no public read, count, feed,
 * export, search index or data revision sees it until it is approved; approval then writes it through
 * the same verb that publishes directly. `payload` is the validated input (JSON; sources not yet
 * resolved, so a draft creates no source either). A rejected draft stays, with its reason.
 */
export const reviewDrafts = sqliteTable(
  "review_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["create", "edit", "retract", "import"] }).notNull(),
    /** The statement an edit or retraction changes; null for a new statement or an import. */
    statementId: integer("statement_id"),
    /** The version the author worked from: approval is refused once it is no longer current. */
    baseVersion: integer("base_version"),
    countryIso3: text("country_iso3"),
    payload: text("payload").notNull(),
    author: text("author").notNull(),
    createdAt: integer("created_at").notNull().default(nowMs),
    status: text("status", { enum: ["pending", "approved", "rejected"] }).notNull().default("pending"),
    reviewedBy: text("reviewed_by"),
    reviewedAt: integer("reviewed_at"),
    reviewReason: text("review_reason"),
    /** After approval: the statements (id and version) it published, as JSON. */
    published: text("published"),
  },
  (t) => [
    index("review_drafts_status_idx").on(t.status, t.createdAt),
    index("review_drafts_statement_idx").on(t.statementId),
    check("review_drafts_status_check", sql`${t.status} in ('pending', 'approved', 'rejected')`),
  ],
);

/**
 * Corrections suggested by readers (signed out) on a statement or a country page: a queue for the
 * editors (/admin/corrections), never public data. A suggestion changes nothing a reader sees, so
 * this table carries no data-revision triggers (listed as private in tests/db/data-revision.test.ts).
 * `client_key` is a keyed hash of the client address (the rate limit counts rows by it), never the
 * address itself; `email` is optional and shown only to editors.
 */
export const correctionSuggestions = sqliteTable(
  "correction_suggestions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    statementId: integer("statement_id"),
    countryIso3: text("country_iso3").references(() => countries.iso3),
    body: text("body").notNull(),
    sourceUrl: text("source_url"),
    email: text("email"),
    clientKey: text("client_key").notNull(),
    createdAt: integer("created_at").notNull().default(nowMs),
    status: text("status", { enum: ["open", "accepted", "dismissed"] }).notNull().default("open"),
    handledBy: text("handled_by"),
    handledAt: integer("handled_at"),
    reason: text("reason"),
  },
  (t) => [
    index("correction_suggestions_status_idx").on(t.status, t.createdAt),
    // The rate limit: suggestions of one client within the window.
    index("correction_suggestions_client_idx").on(t.clientKey, t.createdAt),
    check("correction_suggestions_target", sql`(${t.statementId} is null) <> (${t.countryIso3} is null)`),
    check("correction_suggestions_status", sql`${t.status} in ('open', 'accepted', 'dismissed')`),
  ],
);
