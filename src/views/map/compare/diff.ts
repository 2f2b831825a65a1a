/**
 * What changed between two years of the map, as pure derivations: which relationships (pairing
 * records) started, ended or continued from one year to the other, and the arcs that draw them.
 * No DOM, no store, no clock.
 */
import type { Pairing, PairingsFile } from '../../../data/schema/pairings';
import type { Province } from '../../../data/schema/provinces';
import { compareCodes } from '../../../lib/compare';
import { isActive, labelPoints, type ArcFilters } from '../flows';
import type { LonLat } from '../geo';

/** How a relationship fared from the first year to the second. */
export type Change = 'started' | 'ended' | 'continued';
/** Drawing order, bottom to top: what continued under what changed. */
export const CHANGES: readonly Change[] = ['continued', 'ended', 'started'];

/** The relationships of two years, by how they fared. */
export interface YearDiff {
  from: number;
  to: number;
  /** Active in `to`, not in `from`. */
  started: Pairing[];
  /** Active in `from`, not in `to`. */
  ended: Pairing[];
  /** Active in both years. */
  continued: Pairing[];
}

/**
 * The relationships that started, ended or continued from `from` to `to`, under the model and
 * programme filters. "Active in a year" is the single-year map's own rule (flows.isActive: from
 * its start, or its first documented year when the start is unknown, to its end), so the change
 * is exactly the difference between the two years' maps. A relationship that began and ended
 * between the two years is in neither map and in none of the three lists. Data order is kept.
 */
export function yearDiff(
  pairings: PairingsFile['pairings'],
  from: number,
  to: number,
  filters: Omit<ArcFilters, 'year'>,
): YearDiff {
  const diff: YearDiff = { from, to, started: [], ended: [], continued: [] };
  for (const p of pairings) {
    const before = isActive(p, { ...filters, year: from });
    const after = isActive(p, { ...filters, year: to });
    if (before && after) diff.continued.push(p);
    else if (after) diff.started.push(p);
    else if (before) diff.ended.push(p);
  }
  return diff;
}

/** One arc of the change map: the pairings of one province pair that fared the same. */
export interface DiffArc {
  /** `${change}>${east}>${west}`. */
  key: string;
  change: Change;
  east: string;
  west: string;
  /** Number of pairings on this arc. */
  weight: number;
  pairingIds: string[];
  from: LonLat;
  to: LonLat;
}

/** The arcs of a change, and the relationships that could not be drawn as arcs. */
export interface DiffArcs {
  arcs: DiffArc[];
  /** Pairings within one province, or with an end that has no point: counted, not drawn. */
  unplaced: number;
}

/**
 * The change as arcs between provinces: one per (change, east province, west province), weighted
 * by its pairings; heaviest first within each change, in CHANGES order.
 */
export function diffArcs(diff: YearDiff, provinces: readonly Province[]): DiffArcs {
  const points = labelPoints(provinces);
  const byKey = new Map<string, DiffArc>();
  let unplaced = 0;
  for (const change of CHANGES) {
    for (const p of diff[change]) {
      const from = points.get(p.east.adcode);
      const to = points.get(p.west.adcode);
      if (!from || !to || p.east.adcode === p.west.adcode) {
        unplaced++;
        continue;
      }
      const key = `${change}>${p.east.adcode}>${p.west.adcode}`;
      let arc = byKey.get(key);
      if (!arc) {
        arc = {
          key,
          change,
          east: p.east.adcode,
          west: p.west.adcode,
          weight: 0,
          pairingIds: [],
          from,
          to,
        };
        byKey.set(key, arc);
      }
      arc.weight++;
      arc.pairingIds.push(p.id);
    }
  }
  const arcs = [...byKey.values()].sort(
    (a, b) =>
      CHANGES.indexOf(a.change) - CHANGES.indexOf(b.change) ||
      b.weight - a.weight ||
      compareCodes(a.key, b.key),
  );
  return { arcs, unplaced };
}

/** Per change: how many relationships, and how many province pairs they link. */
export type DiffCounts = Record<Change, { pairings: number; pairs: number }>;

export function diffCounts(diff: YearDiff, arcs: readonly DiffArc[]): DiffCounts {
  const pairsOf = (change: Change) => arcs.filter((a) => a.change === change).length;
  return {
    started: { pairings: diff.started.length, pairs: pairsOf('started') },
    ended: { pairings: diff.ended.length, pairs: pairsOf('ended') },
    continued: { pairings: diff.continued.length, pairs: pairsOf('continued') },
  };
}
