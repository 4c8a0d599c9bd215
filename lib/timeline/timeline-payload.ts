/**
 * What the dashboard's client receives once so that it can show any date without asking the
 * server again: each country's change points (timeline.ts) and, for each statement that makes a
 * change, just enough of its citation for a tooltip. Packed as arrays rather than objects because
 * the payload grows with the dataset (tens of thousands of points). It is not part of the page: the
 * dashboard fetches it once after load (/api/v1/timeline/payload) and unpacks it in slices.
 */
import { addDays } from "../dates";
import { daysBetween } from "./date-steps";
import { runInSlices, type SliceOptions } from "./slices";
import { changesOf, countStances, countryDeciders, stanceAt } from "./timeline";
import {
  COMMITMENT_LEVELS,
  CONDITION_KEYS,
  SPEAKER_ROLES,
  STANCE_KEYS,
  type ChangePoint,
  type Commitment,
  type ConditionKey,
  type SpeakerRole,
  type DatePrecision,
  type IsoDate,
  type StanceKey,
  type StatementFact,
} from "../types";

/** The claim fields the dashboard filters by (lib/claims/claim-view.ts) and the personnel chart sums. */
export type PointClaim = { speakerRole: SpeakerRole | null; commitment: Commitment | null; conditionKeys: ConditionKey[]; troopsMin: number | null };

/**
 * A visible published statement with what the tooltip cites (its date's precision and source) and,
 * when known, its claim fields (absent = none recorded).
 */
export type CitedFact = StatementFact & { precision: DatePrecision; sourceId: number } & Partial<PointClaim>;
export type PayloadSource = { id: number; title: string; publisher: string | null; url: string | null };
export type PayloadEvent = { date: IsoDate; name: string; slug: string };

/**
 * [offset, stance index, statementId, source index], then, only when needed (trailing defaults are
 * left out, so a statement without claim fields costs nothing more): 1 for a month-precision date
 * (else 0), its claim code (claimCode) and its troopsMin.
 */
type PackedPoint = [number, number, number, number] | [number, number, number, number, 0 | 1] | [number, number, number, number, 0 | 1, number] | [number, number, number, number, 0 | 1, number, number];

const ROLE_BASE = SPEAKER_ROLES.length + 1;
const COMMITMENT_BASE = COMMITMENT_LEVELS.length + 1;

/**
 * Speaker role, commitment and condition keys as one small integer (0 = none of them):
 * role index + 1, then commitment index + 1, then a bit per condition key, in mixed radix.
 * One number per point instead of three fields keeps the payload small at 100,000 statements.
 */
export function claimCode(c: Partial<PointClaim>): number {
  const role = c.speakerRole ? SPEAKER_ROLES.indexOf(c.speakerRole) + 1 : 0;
  const commitment = c.commitment ? COMMITMENT_LEVELS.indexOf(c.commitment) + 1 : 0;
  let bits = 0;
  for (const k of c.conditionKeys ?? []) bits |= 1 << CONDITION_KEYS.indexOf(k);
  return role + ROLE_BASE * (commitment + COMMITMENT_BASE * bits);
}

/** The claim fields of a packed point (inverse of claimCode, plus troopsMin). */
export function claimOfPacked(packed: readonly number[]): PointClaim {
  const code = packed[5] ?? 0;
  const role = code % ROLE_BASE;
  const commitment = Math.floor(code / ROLE_BASE) % COMMITMENT_BASE;
  const bits = Math.floor(code / (ROLE_BASE * COMMITMENT_BASE));
  return {
    speakerRole: role === 0 ? null : (SPEAKER_ROLES[role - 1] ?? null),
    commitment: commitment === 0 ? null : (COMMITMENT_LEVELS[commitment - 1] ?? null),
    conditionKeys: CONDITION_KEYS.filter((_, i) => (bits & (1 << i)) !== 0),
    troopsMin: packed[6] ?? null,
  };
}

export type TimelinePayload = {
  /** Every country, [iso3, name], sorted by name. */
  countries: [string, string][];
  /**
   * Per country, each change point, oldest first: [days after `span.first`, index in STANCE_KEYS,
   * statementId, index into `sources` (-1 if unknown)], plus a trailing 1 for a month-precision date.
   */
  points: Record<string, PackedPoint[]>;
  /**
   * Per country, the deciding statements that restate the stance in force (no change point), packed
   * like `points`: with them the hover cites the statement in force on a date, as the panel does.
   */
  restated: Record<string, PackedPoint[]>;
  /**
   * Per country, the statements that decide no day (a statement recorded later the same day
   * outranks them), packed like `points`. Only the claim filters need them: with the later one
   * left out (official=1, commitment=), such a statement decides its day.
   */
  sameDay?: Record<string, PackedPoint[]>;
  /** [title, publisher, url] of the sources cited by change points. */
  sources: [string, string | null, string | null][];
  events: PayloadEvent[];
  /** First and last stated-on dates of the visible statements, or null for an empty dataset. */
  span: { first: IsoDate; last: IsoDate } | null;
};

/**
 * Accepts the payload's JSON (as fetched by the dashboard and the embedded chart) only if it has the
 * expected shape, so a bad answer is an error, not a crash.
 */
export function pickPayload(body: unknown): TimelinePayload {
  const p = body as Partial<TimelinePayload> | null;
  if (!p || !Array.isArray(p.countries) || typeof p.points !== "object" || p.points === null || !Array.isArray(p.sources)) {
    throw new Error("The timeline the server sent is not in the expected form.");
  }
  return p as TimelinePayload;
}

/** Builds the payload from every visible published statement. O(n log n) in statements. */
export function packTimeline(
  facts: readonly CitedFact[],
  sources: readonly PayloadSource[],
  countries: readonly { iso3: string; name: string }[],
  events: readonly PayloadEvent[],
): TimelinePayload {
  const byId = new Map<number, CitedFact>();
  for (const f of facts) if (!f.retracted) byId.set(f.statementId, f);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceIndex = new Map<number, number>();
  const packedSources: TimelinePayload["sources"] = [];
  const points: TimelinePayload["points"] = {};
  const restated: TimelinePayload["restated"] = {};
  const sameDay: NonNullable<TimelinePayload["sameDay"]> = {};
  let first: IsoDate | null = null;
  let last: IsoDate | null = null;
  for (const f of byId.values()) {
    if (first === null || f.statedOn < first) first = f.statedOn;
    if (last === null || f.statedOn > last) last = f.statedOn;
  }
  const offsets = new Map<IsoDate, number>(); // few distinct days, many points
  const offsetOf = (date: IsoDate) => {
    let n = offsets.get(date);
    if (n === undefined) offsets.set(date, (n = daysBetween(first!, date)));
    return n;
  };
  const deciderIds = new Set<number>();
  const pack = (p: ChangePoint): PackedPoint => {
    const fact = byId.get(p.statementId)!;
    let index = sourceIndex.get(fact.sourceId);
    const source = sourceById.get(fact.sourceId);
    if (index === undefined && source) {
      index = packedSources.push([source.title, source.publisher, source.url]) - 1;
      sourceIndex.set(fact.sourceId, index);
    }
    const packed: PackedPoint = [offsetOf(p.date), STANCE_KEYS.indexOf(p.stance), p.statementId, index ?? -1];
    const month = fact.precision === "month" ? 1 : 0;
    const code = claimCode(fact);
    if (fact.troopsMin !== undefined && fact.troopsMin !== null) return [...packed, month, code, fact.troopsMin];
    if (code !== 0) return [...packed, month, code];
    return month === 1 ? [...packed, 1] : packed;
  };
  for (const [iso3, deciders] of countryDeciders([...byId.values()])) {
    const changes = changesOf(deciders);
    const changeIds = new Set(changes.map((p) => p.statementId));
    for (const d of deciders) deciderIds.add(d.statementId);
    points[iso3] = changes.map(pack);
    const others = deciders.filter((p) => !changeIds.has(p.statementId));
    if (others.length > 0) restated[iso3] = others.map(pack);
  }
  for (const f of byId.values()) {
    if (deciderIds.has(f.statementId)) continue;
    (sameDay[f.countryIso3] ??= []).push(pack({ date: f.statedOn, stance: f.stance, statementId: f.statementId }));
  }
  return {
    countries: countries.map((c) => [c.iso3, c.name]),
    points,
    restated,
    ...(Object.keys(sameDay).length > 0 ? { sameDay } : {}),
    sources: packedSources,
    events: [...events],
    span: first !== null && last !== null ? { first, last } : null,
  };
}

export type Citation = { precision: DatePrecision; source: { title: string; publisher: string | null; url: string | null } | null };

/** The payload unpacked into what the client looks things up in. */
export type Timeline = {
  countries: { iso3: string; name: string }[];
  names: Map<string, string>;
  pointsByCountry: Map<string, ChangePoint[]>;
  changeDates: IsoDate[];
  events: PayloadEvent[];
  span: { first: IsoDate; last: IsoDate } | null;
  citation: (statementId: number) => Citation | null;
  /** The statement in force in a country on a date (the panel's), or null: see countryDeciders. */
  decidingOn: (iso3: string, date: IsoDate) => ChangePoint | null;
  /** A country's deciding statements in date order (change points and restatements). */
  deciders: (iso3: string) => readonly ChangePoint[];
  /** The claim fields of a deciding statement, or null for an unknown id. */
  claim: (statementId: number) => PointClaim | null;
};

/** The payload unpacked in one go (tests, benches, the server). The browser uses `unpackTimelineInSlices`. */
export function unpackTimeline(payload: TimelinePayload): Timeline {
  const steps = unpackSteps(payload);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `unpackTimeline` in slices (./slices.ts): at 100,000 statements the whole unpack is a task of
 * 100 ms or more. Resolves to null if `shouldStop` abandoned it.
 */
export function unpackTimelineInSlices(payload: TimelinePayload, pause: () => Promise<void>, options: SliceOptions = {}): Promise<Timeline | null> {
  return runInSlices(unpackSteps(payload), pause, options);
}

/** How many change points one step of the sliced unpack handles at most (about 0.1 ms of work). */
const POINTS_PER_STEP = 256;

function* unpackSteps(payload: TimelinePayload): Generator<void, Timeline> {
  const pointsByCountry = new Map<string, ChangePoint[]>();
  const packedById = new Map<number, PackedPoint>();
  const dates = new Map<number, IsoDate>(); // a few hundred distinct days among many points
  const changeDays = new Set<IsoDate>();
  const dateAt = (offset: number) => {
    let d = dates.get(offset);
    if (d === undefined) {
      dates.set(offset, (d = addDays(payload.span!.first, offset)));
      changeDays.add(d);
    }
    return d;
  };
  for (const [iso3, list] of Object.entries(payload.points)) {
    const points: ChangePoint[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const packed = list[i]!;
      packedById.set(packed[2], packed);
      points[i] = { date: dateAt(packed[0]), stance: STANCE_KEYS[packed[1]] ?? "undecided", statementId: packed[2] };
      // A country that spoke thousands of times is several steps: a slice can end inside it.
      if (i % POINTS_PER_STEP === POINTS_PER_STEP - 1) yield;
    }
    pointsByCountry.set(iso3, points);
    yield;
  }
  // Every decider of a country, in date order: its change points and its restatements, merged.
  // (Their dates are not change dates: they go through their own cache, not `dateAt`'s tick set.)
  const decidersByCountry = new Map<string, ChangePoint[]>();
  const restatedDates = new Map<number, IsoDate>();
  const restatedAt = (offset: number) => dates.get(offset) ?? restatedDates.get(offset) ?? restatedDates.set(offset, addDays(payload.span!.first, offset)).get(offset)!;
  for (const [iso3, list] of Object.entries(payload.restated ?? {})) {
    const stated: ChangePoint[] = list.map((packed) => {
      packedById.set(packed[2], packed);
      return { date: restatedAt(packed[0]), stance: STANCE_KEYS[packed[1]] ?? "undecided", statementId: packed[2] };
    });
    decidersByCountry.set(iso3, [...(pointsByCountry.get(iso3) ?? []), ...stated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    yield;
  }
  const countries = payload.countries.map(([iso3, name]) => ({ iso3, name }));
  return {
    countries,
    names: new Map(payload.countries),
    pointsByCountry,
    // Every change point's date went through `dateAt`, so these are exactly changeDates(pointsByCountry).
    changeDates: [...changeDays].sort(),
    events: payload.events,
    span: payload.span,
    decidingOn: (iso3, date) => stanceAt(decidersByCountry.get(iso3) ?? pointsByCountry.get(iso3) ?? [], date),
    deciders: (iso3) => decidersByCountry.get(iso3) ?? pointsByCountry.get(iso3) ?? [],
    claim: (statementId) => {
      const packed = packedById.get(statementId);
      return packed ? claimOfPacked(packed) : null;
    },
    citation: (statementId) => {
      const packed = packedById.get(statementId);
      if (!packed) return null;
      const source = payload.sources[packed[3]];
      return {
        precision: packed[4] === 1 ? "month" : "day",
        source: source ? { title: source[0], publisher: source[1], url: source[2] } : null,
      };
    },
  };
}

/** Each country's change point in force on `date`; countries with no stated position are absent. */
export function stateOn(timeline: Pick<Timeline, "pointsByCountry">, date: IsoDate): Map<string, ChangePoint> {
  const state = new Map<string, ChangePoint>();
  for (const [iso3, points] of timeline.pointsByCountry) {
    const point = stanceAt(points, date);
    if (point) state.set(iso3, point);
  }
  return state;
}

/** Countries per category in a state, and how many of `total` countries have no stated position. */
export function countState(state: ReadonlyMap<string, ChangePoint>, total: number): { counts: Record<StanceKey, number>; none: number } {
  return { counts: countStances(state.values()), none: Math.max(0, total - state.size) };
}
