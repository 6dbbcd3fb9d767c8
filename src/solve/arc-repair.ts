import { rowHolds } from '../mip/model.js';
import { arcRowsOf, type ArcRows } from './arc-rows.js';
import type { Formulation } from './formulation.js';

/** A set of arcs that holds every row of the formulation, and its value on the tier it was repaired for. */
export interface RepairedArcs {
  readonly arcs: readonly number[];
  /** The tier's objective over these arcs, in the model's integer units (before the tier's scale). */
  readonly value: number;
}

/** How a repair values arcs and finds a request's other arcs. */
export interface RepairValues {
  /** Arc j's coefficient on the tier that decides what leaves and what comes in. */
  readonly value: ArrayLike<number>;
  /** The arcs that serve arc j's request, in canonical order. */
  sameRequest(arc: number): readonly number[];
  /** Arcs that may come in to fill room, the most valuable first (e.g. those an LP bound allows). */
  readonly fill?: readonly number[];
  /**
   * Arcs to bring in first, each also where it fits only after other
   * requests move to arcs that weigh less in its rows (e.g. the fractional
   * arcs of an LP point, which the LP wanted in).
   */
  readonly insert?: readonly number[];
}

/** Row activities above a row's maximum by more than this count as broken (rows and coefficients are integral or cents). */
const TOLERANCE = 1e-6;

/** Whether `activity` keeps a row's minimum (up to the tolerance). */
const keepsMinimum = (row: { readonly min?: number }, activity: number) => row.min === undefined || activity >= row.min - TOLERANCE;

/** A set of arcs with the activity of every row, changed one arc at a time. */
class ArcSet {
  /** In the order the arcs came in (a Set keeps it), so that every choice below is deterministic. */
  readonly chosen = new Set<number>();
  private readonly activity: Float64Array;
  private readonly inSet: Uint8Array;

  constructor(
    readonly arcRows: ArcRows,
    arcCount: number,
  ) {
    this.activity = new Float64Array(arcRows.rows.length);
    this.inSet = new Uint8Array(arcCount);
  }

  has(arc: number): boolean {
    return this.inSet[arc] === 1;
  }

  add(arc: number): void {
    this.shift(arc, 1);
    this.inSet[arc] = 1;
    this.chosen.add(arc);
  }

  remove(arc: number): void {
    this.shift(arc, -1);
    this.inSet[arc] = 0;
    this.chosen.delete(arc);
  }

  /** Adds the arc if every row it is in still holds; whether it did. Most tries fail, so the rows are read before anything moves. */
  tryAdd(arc: number): boolean {
    if (this.has(arc)) return false;
    const { rows, columns } = this.arcRows;
    for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++) {
      const row = columns.rows[at]!;
      if (!rowHolds(rows[row]!, this.activity[row]! + columns.coefficients[at]!)) return false;
    }
    this.add(arc);
    return true;
  }

  /** A copy that lists its arcs in `order` (the same arcs), so that choices that take the first arc follow it. */
  copyInOrder(order: Iterable<number>): ArcSet {
    const copy = new ArcSet(this.arcRows, this.inSet.length);
    copy.activity.set(this.activity);
    copy.inSet.set(this.inSet);
    for (const arc of order) copy.chosen.add(arc);
    return copy;
  }

  /**
   * Whether `to` may take the place of `from`: every row of `to` holds
   * afterwards, except `row`, which is over its maximum now and may stay so
   * as long as it gets lower.
   */
  fitsInstead(from: number, to: number, row: number): boolean {
    const { rows, columns } = this.arcRows;
    for (let at = columns.starts[to]!; at < columns.starts[to + 1]!; at++) {
      const other = columns.rows[at]!;
      const after = this.activity[other]! - this.coefficient(from, other) + columns.coefficients[at]!;
      if (other !== row && !rowHolds(rows[other]!, after)) return false;
    }
    // The rows `from` leaves only lose activity: they keep their maximum, and their minimum is checked here.
    for (let at = columns.starts[from]!; at < columns.starts[from + 1]!; at++) {
      const other = columns.rows[at]!;
      if (!keepsMinimum(rows[other]!, this.activity[other]! - columns.coefficients[at]! + this.coefficient(to, other))) return false;
    }
    return true;
  }

  /** Whether every row the arc is in holds. */
  holdsAt(arc: number): boolean {
    const { rows, columns } = this.arcRows;
    for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++) {
      const row = columns.rows[at]!;
      if (!rowHolds(rows[row]!, this.activity[row]!)) return false;
    }
    return true;
  }

  /** How far the row is over its maximum (0 when it holds there). */
  excess(row: number): number {
    const limit = this.arcRows.rows[row]!.max;
    return limit === undefined ? 0 : Math.max(0, this.activity[row]! - limit - TOLERANCE);
  }

  /** The arc's coefficient in the row (0 when it is not in it). */
  coefficient(arc: number, row: number): number {
    const { columns } = this.arcRows;
    for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++) if (columns.rows[at] === row) return columns.coefficients[at]!;
    return 0;
  }

  /** Whether the arc may leave: each of its rows keeps its minimum and gets no further over its maximum. */
  mayLeave(arc: number): boolean {
    const { rows, columns } = this.arcRows;
    for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++) {
      const row = rows[columns.rows[at]!]!;
      const before = this.activity[columns.rows[at]!]!;
      const after = before - columns.coefficients[at]!;
      if (!keepsMinimum(row, after) || (after > before && !rowHolds(row, after))) return false;
    }
    return true;
  }

  private shift(arc: number, sign: 1 | -1): void {
    const { columns } = this.arcRows;
    for (let at = columns.starts[arc]!; at < columns.starts[arc + 1]!; at++)
      this.activity[columns.rows[at]!]! += sign * columns.coefficients[at]!;
  }

  rowsOf(arc: number): Int32Array {
    const { columns } = this.arcRows;
    return columns.rows.subarray(columns.starts[arc]!, columns.starts[arc + 1]!);
  }
}

/**
 * Repairs a set of arcs (an allocation, or an LP point rounded down) so that
 * it contains `forced`, and returns it with its value: the forced arc comes
 * in; while one of its rows is over its maximum, another arc of that row
 * leaves (the least valuable one whose leaving clears the excess, else the
 * least valuable per unit of the row; never one whose leaving breaks a
 * minimum such as a pin); then the requests that left come back where they
 * fit, the most valuable first, on any of their arcs, and the `fill` arcs
 * come in where they fit. Undefined when a broken row has no arc that may
 * leave.
 *
 * It reads the formulation's rows over arcs (see arc-rows.ts), so it costs a
 * few row updates per arc moved instead of a check of the whole allocation:
 * an explanation repairs every arc of every unserved request. What it returns
 * holds every row of the model; callers that state it as a fact still have
 * the independent checker accept it.
 */
export function repairWithArc(
  formulation: Formulation,
  base: readonly number[],
  forced: number,
  values: RepairValues,
): RepairedArcs | undefined {
  const set = baseSet(formulation, base, forced);
  const value = (arc: number) => values.value[arc] ?? 0;
  set.add(forced);
  const left: number[] = [];
  for (const row of set.rowsOf(forced)) {
    for (let excess = set.excess(row); excess > 0; excess = set.excess(row)) {
      if (moveWithin(set, row, [forced], values)) continue;
      const leaving = leavingArc(set, row, excess, forced, value);
      if (leaving === undefined) return undefined;
      set.remove(leaving);
      left.push(leaving);
    }
  }
  if (!set.holdsAt(forced)) return undefined;
  // The most valuable first, each on the first of its request's arcs that fits.
  for (const arc of left.sort((a, b) => value(b) - value(a) || a - b)) values.sameRequest(arc).some((candidate) => set.tryAdd(candidate));
  for (const arc of values.insert ?? []) if (!set.tryAdd(arc)) insertWithMoves(set, arc, forced, values);
  for (const arc of values.fill ?? []) set.tryAdd(arc);
  const arcs = [...set.chosen].sort((a, b) => a - b);
  return { arcs, value: arcs.reduce((sum, arc) => sum + value(arc), 0) };
}

/** The bases repairs start from, by base array: an explanation repairs every arc it tries from the same allocation. */
const builtBases = new WeakMap<readonly number[], ArcSet>();

/**
 * A set of `base`'s arcs but `forced`, in the order of `base`. A base
 * without the forced arc is kept and copied for the next repair from it; a
 * base that holds it (a repaired set, filled once) is built each time.
 */
function baseSet(formulation: Formulation, base: readonly number[], forced: number): ArcSet {
  const arcRows = arcRowsOf(formulation);
  const built = builtBases.get(base);
  if (built?.arcRows === arcRows && !built.has(forced)) return built.copyInOrder(built.chosen);
  const set = new ArcSet(arcRows, formulation.arcs.length);
  for (const arc of base) if (arc !== forced && !set.has(arc)) set.add(arc);
  if (!built && !base.includes(forced)) builtBases.set(base, set.copyInOrder(set.chosen));
  return set;
}

/**
 * Moves one request of the over-full `row` (not one of the `staying` arcs)
 * to another of its arcs that weighs less there (another expert, or another period), if every other row
 * still holds: the request stays served. The move that frees the most, then
 * keeps the most value, then comes first. The move made, if any.
 */
function moveWithin(set: ArcSet, row: number, staying: readonly number[], values: RepairValues): [number, number] | undefined {
  let best: { from: number; to: number; freed: number; kept: number } | undefined;
  for (const from of set.chosen) {
    const weight = set.coefficient(from, row);
    if (staying.includes(from) || weight <= 0) continue;
    for (const to of values.sameRequest(from)) {
      if (to === from || set.has(to)) continue;
      const freed = weight - set.coefficient(to, row);
      const kept = (values.value[to] ?? 0) - (values.value[from] ?? 0);
      if (freed <= 0) continue;
      if (best && (freed < best.freed || (freed === best.freed && kept <= best.kept))) continue;
      if (set.fitsInstead(from, to, row)) best = { from, to, freed, kept };
    }
  }
  if (!best) return undefined;
  set.remove(best.from);
  set.add(best.to);
  return [best.from, best.to];
}

/**
 * Brings `arc` in by moving other requests within its over-full rows (see
 * moveWithin), never by dropping one; takes everything back when that does
 * not make every row hold. Whether it came in.
 */
function insertWithMoves(set: ArcSet, arc: number, forced: number, values: RepairValues): boolean {
  if (set.has(arc)) return false;
  set.add(arc);
  const moves: [number, number][] = [];
  for (const row of set.rowsOf(arc)) {
    while (set.excess(row) > 0) {
      const move = moveWithin(set, row, [arc, forced], values);
      if (!move) break;
      moves.push(move);
    }
  }
  if (set.holdsAt(arc) && moves.every(([, to]) => set.holdsAt(to))) return true;
  for (const [from, to] of moves.reverse()) {
    set.remove(to);
    set.add(from);
  }
  set.remove(arc);
  return false;
}

/** The arc of `row` to leave: the least valuable that clears the excess alone, else the least valuable per unit. */
function leavingArc(set: ArcSet, row: number, excess: number, forced: number, value: (arc: number) => number): number | undefined {
  let clearing: number | undefined;
  let cheapest: number | undefined;
  let cheapestRate = Infinity;
  for (const arc of set.chosen) {
    const coefficient = set.coefficient(arc, row);
    if (arc === forced || coefficient <= 0 || !set.mayLeave(arc)) continue;
    if (coefficient >= excess && (clearing === undefined || value(arc) < value(clearing))) clearing = arc;
    const rate = value(arc) / coefficient;
    if (rate < cheapestRate) [cheapest, cheapestRate] = [arc, rate];
  }
  return clearing ?? cheapest;
}
