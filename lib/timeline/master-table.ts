/**
 * The master table (the dashboard's `view=table`): one row per country with a stated position on
 * the view date, one column per fact (stance, commitment, size, each contribution type, conditions,
 * speaker, quote, date, age, source), sortable by any column (`sort=`) and filtered by text (`q=`). The
 * page, the header's sort links and the CSV download (master-csv.ts) all come from this one model,
 * so the file is exactly the rows and columns on screen.
 */
import { ageDays, formatAge, isStale, staleThreshold } from "../staleness/age";
import { formatDate } from "../format/format";
import { COMMITMENT_LABELS, CONDITION_LABELS, SPEAKER_ROLE_LABELS, describeSize } from "../format/claim-labels";
import { COMMITMENT_LEVELS, CONTRIBUTION_KEYS, type ContributionKey, type IsoDate, type StanceKey } from "../types";
import type { StanceRow } from "./stance-rows";
import { CONTRIBUTION_LABELS } from "./contribution-counts";

/**
 * Column headings of the contribution types: the shared labels (contribution-counts.ts), with the
 * few that are too long for one of the table's eight narrow columns shortened.
 */
const SHORT_CONTRIBUTION_HEADERS: Partial<Record<ContributionKey, string>> = { ground: "Ground" };
const contributionHeader = (k: ContributionKey) => SHORT_CONTRIBUTION_HEADERS[k] ?? CONTRIBUTION_LABELS[k];

/**
 * What a column needs beside the row: the view date (for the age), the categories (labels, order)
 * and the view's stale threshold (`stale=`; absent: the default), for the age column's stale mark.
 */
export type MasterContext = { date: IsoDate; stances: readonly { key: StanceKey; label: string }[]; stale?: number | false };

type SortValue = string | number | null;

export type MasterColumn = {
  /** The `sort=` value and the CSV header's key. */
  key: string;
  label: string;
  /** The cell as text: what the CSV holds and what the filter searches. */
  text(row: StanceRow, ctx: MasterContext): string;
  /** What the column sorts by (null sorts last whichever the direction). */
  sortValue(row: StanceRow, ctx: MasterContext): SortValue;
  /** Contribution columns hold a ✓; the others text. */
  kind?: "contribution";
};

/** Whole days from the deciding statement's date to the view date: the staleness rule's age (lib/staleness). */
export function ageInDays(row: Pick<StanceRow, "statedOn">, date: IsoDate): number {
  return ageDays(row.statedOn, date);
}

/** Whether the row's position is older than the view's stale threshold (the map fades it; the table marks it). */
export function isRowStale(row: Pick<StanceRow, "statedOn">, ctx: Pick<MasterContext, "date" | "stale">): boolean {
  return isStale(row.statedOn, ctx.date, staleThreshold(ctx.stale));
}

const speakerText = (r: StanceRow) => [r.speaker, r.speakerRole ? SPEAKER_ROLE_LABELS[r.speakerRole] : null].filter(Boolean).join(", ");
const conditionsText = (r: StanceRow) => [...r.conditionKeys.map((k) => CONDITION_LABELS[k]), r.conditions].filter(Boolean).join("; ");
const sourceText = (r: StanceRow) => [r.source.title, r.source.publisher].filter(Boolean).join(", ");
const orEmpty = (s: string) => (s === "" ? null : s.toLocaleLowerCase("en"));

/** The columns, in display (and CSV) order. */
export const MASTER_COLUMNS: readonly MasterColumn[] = [
  { key: "country", label: "Country", text: (r) => r.name, sortValue: (r) => r.name.toLocaleLowerCase("en") },
  {
    key: "stance",
    label: "Stance",
    text: (r, c) => c.stances.find((s) => s.key === r.stance)?.label ?? r.stance,
    // Strongest category first (the categories come in rank order), as the legend lists them.
    sortValue: (r, c) => c.stances.findIndex((s) => s.key === r.stance),
  },
  {
    key: "commitment",
    label: "Commitment",
    text: (r) => (r.commitment ? COMMITMENT_LABELS[r.commitment] : ""),
    // Firmest first: deployed, approved, pledged, willing, floated.
    sortValue: (r) => (r.commitment ? COMMITMENT_LEVELS.length - COMMITMENT_LEVELS.indexOf(r.commitment) : null),
  },
  {
    key: "size",
    label: "Size",
    text: (r) => describeSize(r) ?? "",
    // Largest stated number first; a size in words only sorts after the numbers, by its text.
    sortValue: (r) => {
      const n = r.troopsMax ?? r.troopsMin;
      return n !== null ? -n : orEmpty(describeSize(r) ?? "");
    },
  },
  ...CONTRIBUTION_KEYS.map(
    (k): MasterColumn => ({
      key: k,
      label: contributionHeader(k),
      kind: "contribution",
      text: (r) => (r.contributions.includes(k) ? "✓" : ""),
      // Those offering it first.
      sortValue: (r) => (r.contributions.includes(k) ? 0 : 1),
    }),
  ),
  { key: "conditions", label: "Conditions", text: conditionsText, sortValue: (r) => orEmpty(conditionsText(r)) },
  { key: "speaker", label: "Speaker", text: speakerText, sortValue: (r) => orEmpty(speakerText(r)) },
  // The words themselves, in their original language (the page adds the translation beside them).
  { key: "quote", label: "Quote", text: (r) => r.quote ?? "", sortValue: (r) => orEmpty(r.quote ?? "") },
  { key: "date", label: "Date", text: (r) => formatDate(r.statedOn, r.statedOnPrecision), sortValue: (r) => r.statedOn },
  { key: "age", label: "Age", text: (r, c) => formatAge(ageInDays(r, c.date)), sortValue: (r, c) => ageInDays(r, c.date) },
  { key: "source", label: "Source", text: sourceText, sortValue: (r) => orEmpty(sourceText(r)) },
];

export type MasterSort = { key: string; desc: boolean };
/** The default order: by category, strongest first, then by country: the per-category grouping in one table. */
export const DEFAULT_SORT: MasterSort = { key: "stance", desc: false };
/** Longest filter text kept from the URL (a country name or a phrase; more is noise). */
export const MAX_QUERY_LENGTH = 100;

/** `sort=date` (ascending) or `sort=-date` (descending) for a known column; null otherwise. */
export function parseSort(s: string): MasterSort | null {
  const desc = s.startsWith("-");
  const key = desc ? s.slice(1) : s;
  return MASTER_COLUMNS.some((c) => c.key === key) ? { key, desc } : null;
}

export function serializeSort(s: MasterSort): string {
  return `${s.desc ? "-" : ""}${s.key}`;
}

/** The sort a click on `key`'s header asks for: ascending first, then the other way. */
export function nextSort(current: MasterSort, key: string): MasterSort {
  return current.key === key ? { key, desc: !current.desc } : { key, desc: false };
}

/** The filter text as compared: trimmed, lower case, without accents ("Türkiye" matches "turkiye"). */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Numbers (a stated size) before words (a size given only in words).
  if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
  return String(a).localeCompare(String(b), "en");
}

/**
 * The table's rows: those matching `q` in any column's text (every word of it, in any column),
 * ordered by `sort` (ties by country name). Rows are taken as given (the caller has already
 * applied the URL's other filters).
 */
export function masterRows(rows: readonly StanceRow[], ctx: MasterContext, opts: { sort: MasterSort | null; q: string | null }): StanceRow[] {
  const words = fold(opts.q ?? "").split(/\s+/).filter(Boolean);
  const matching =
    words.length === 0
      ? [...rows]
      : rows.filter((r) => {
          const haystack = fold(MASTER_COLUMNS.map((c) => c.text(r, ctx)).join(" \u0000 ") + ` ${r.iso3}`);
          return words.every((w) => haystack.includes(w));
        });
  const sort = opts.sort ?? DEFAULT_SORT;
  const column = MASTER_COLUMNS.find((c) => c.key === sort.key) ?? MASTER_COLUMNS[0]!;
  const byName = (a: StanceRow, b: StanceRow) => a.name.localeCompare(b.name, "en");
  return matching.sort((a, b) => {
    const va = column.sortValue(a, ctx);
    const vb = column.sortValue(b, ctx);
    // Empty cells stay last in both directions: a reversed sort shows the other end of the values.
    if (va === null || vb === null) return compareValues(va, vb) || byName(a, b);
    return (sort.desc ? -compareValues(va, vb) : compareValues(va, vb)) || byName(a, b);
  });
}
