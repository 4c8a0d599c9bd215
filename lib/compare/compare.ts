/**
 * Shaping diffStances' moves for the "compare two dates" view: the kind of each change, the moves
 * grouped by transition, and the from→to matrix.
 */
import { STANCE_KEYS, type StanceCategory, type StanceKey, type StanceMove } from "../types";

/**
 * Everything the compare screen shows for two dates, as its page reads it (app/_lib/read-comparison.ts).
 * `S` is the statement as the database reads it (db/statements' StatementDto): lib/ does not import db/.
 */
export type Comparison<S> = {
  categories: StanceCategory[];
  moves: StanceMove[];
  /** The statements deciding each end of a move, by logical id (the versions visible at `known`). */
  statements: ReadonlyMap<number, S>;
  names: ReadonlyMap<string, string>;
  /** Countries per category on `dateA` and on `dateB`. */
  countsA: Record<StanceKey, number>;
  countsB: Record<StanceKey, number>;
  /** Positions older than the stale= threshold on each date (lib/staleness; the map fades them), or null with stale=off. */
  faded: { days: number; a: number; b: number } | null;
};


/**
 * How a move changes a country's commitment. Categories are ranked strongest first (troops) to
 * weakest (refusal); "no stated position" is outside that order.
 */
export type MoveKind = "new_position" | "stronger" | "weaker" | "position_withdrawn";

export const MOVE_KIND_LABELS: Record<MoveKind, string> = {
  new_position: "First stated position",
  stronger: "Stronger commitment",
  weaker: "Weaker commitment",
  position_withdrawn: "No longer a stated position",
};

/** Classifies a move; a move always has `from !== to` (diffStances guarantees it). */
export function moveKind(move: Pick<StanceMove, "from" | "to">): MoveKind {
  if (move.from === null) return "new_position";
  if (move.to === null) return "position_withdrawn";
  return STANCE_KEYS.indexOf(move.to) < STANCE_KEYS.indexOf(move.from) ? "stronger" : "weaker";
}

/** All moves sharing one transition (e.g. undecided → troops). */
export type MoveGroup<M extends StanceMove = StanceMove> = { from: StanceKey | null; to: StanceKey | null; kind: MoveKind; moves: M[] };

/** Rank with "no stated position" (null) after every category. */
function rank(s: StanceKey | null): number {
  return s === null ? STANCE_KEYS.length : STANCE_KEYS.indexOf(s);
}

/**
 * Groups moves by (from, to), ordered by destination (strongest first, "no stated position" last),
 * then by origin in the same order. Within a group the moves keep their input order.
 */
export function groupMoves<M extends StanceMove>(moves: readonly M[]): MoveGroup<M>[] {
  const groups = new Map<string, MoveGroup<M>>();
  for (const m of moves) {
    const key = `${m.from ?? ""}>${m.to ?? ""}`;
    const g = groups.get(key);
    if (g) g.moves.push(m);
    else groups.set(key, { from: m.from, to: m.to, kind: moveKind(m), moves: [m] });
  }
  return [...groups.values()].sort((a, b) => rank(a.to) - rank(b.to) || rank(a.from) - rank(b.from));
}

/** Row/column keys of the matrix: every category, then "none" for no stated position. */
export type MatrixKey = StanceKey | "none";
export const MATRIX_KEYS: readonly MatrixKey[] = [...STANCE_KEYS, "none"];

/** Counts of moves from each row key to each column key (diagonal always 0: staying is not a move). */
export function moveMatrix(moves: readonly Pick<StanceMove, "from" | "to">[]): Record<MatrixKey, Record<MatrixKey, number>> {
  const zeroRow = () => Object.fromEntries(MATRIX_KEYS.map((k) => [k, 0])) as Record<MatrixKey, number>;
  const matrix = Object.fromEntries(MATRIX_KEYS.map((k) => [k, zeroRow()])) as Record<MatrixKey, Record<MatrixKey, number>>;
  for (const m of moves) matrix[m.from ?? "none"][m.to ?? "none"] += 1;
  return matrix;
}
