/**
 * The domain's plain data shapes, shared by db/ (which produces them), lib/ (which reasons about
 * them) and app/ (which renders them). No database or React types leak in here.
 */

/** Stance keys, strongest commitment first; the order is also the categories' default rank. */
export const STANCE_KEYS = [
  "troops",
  "air_policing",
  "naval",
  "training_only",
  "support_only",
  "undecided",
  "refusal",
] as const;
export type StanceKey = (typeof STANCE_KEYS)[number];

/** What a country may offer; a statement may name several. */
export const CONTRIBUTION_KEYS = [
  "ground",
  "air",
  "naval",
  "training",
  "financing",
  "equipment",
  "monitoring",
  "regional_presence",
] as const;
export type ContributionKey = (typeof CONTRIBUTION_KEYS)[number];

/** Who made a statement, by office: how much it binds a government. */
export const SPEAKER_ROLES = [
  "head_of_state_or_government",
  "minister",
  "official_spokesperson",
  "parliament",
  "diplomat",
  "military",
  "anonymous_official",
  "other",
] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/**
 * How firm a claim is, weakest first: floated < willing < pledged (a signed declaration or letter of
 * intent) < approved (by parliament or cabinet decision) < deployed.
 */
export const COMMITMENT_LEVELS = ["floated", "willing", "pledged", "approved", "deployed"] as const;
export type Commitment = (typeof COMMITMENT_LEVELS)[number];

/** What a contribution is made conditional on (beside the free-text conditions). */
export const CONDITION_KEYS = ["ceasefire", "us_backstop", "un_or_eu_mandate", "parliament_vote", "ukraine_request", "other"] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const DATE_PRECISIONS = ["day", "month"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date as `YYYY-MM-DD`. Month-precision dates are stored as the month's first day. */
export type IsoDate = string;

export type StanceCategory = {
  key: StanceKey;
  label: string;
  description: string;
  colour: string;
  rank: number;
};

export type Country = { iso3: string; iso2: string; numeric: string; name: string };

export type Source = {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: IsoDate | null;
  language: string | null;
  retrievedOn: IsoDate | null;
  archivedUrl: string | null;
  note: string | null;
};

/**
 * The minimum the as-of engine needs of one (current, published or retracted) statement version.
 * `statementId` is the logical statement's id: stable across versions and increasing with the
 * order in which statements were first recorded, which breaks ties between same-day statements.
 */
export type StatementFact = {
  statementId: number;
  countryIso3: string;
  statedOn: IsoDate;
  stance: StanceKey;
  retracted?: boolean;
};

/** One country's position as of a date: the statement that decides it. */
export type StanceAsOf<T extends StatementFact = StatementFact> = {
  countryIso3: string;
  stance: StanceKey;
  statement: T;
};

/** A step in a country's own history: from `date` on (until its next change) it stands at `stance`. */
export type ChangePoint = { date: IsoDate; stance: StanceKey; statementId: number };

/** Count of countries per category from `date` until the next point of the series. */
export type TimelinePoint = { date: IsoDate; counts: Record<StanceKey, number> };

/** `null` stance means "no stated position". */
export type StanceMove = {
  countryIso3: string;
  from: StanceKey | null;
  to: StanceKey | null;
  fromStatementId: number | null;
  toStatementId: number | null;
};

// StatementDto (one version of a statement with its citation) is derived from the drizzle schema
// in db/statements/rows.ts; lib/ may not import db/, so pages and components import it from there
// (type-only) and pure code here takes the fields it reads.
