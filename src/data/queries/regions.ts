import type { GdpFile } from '../schema/gdp';
import type { Province, Region } from '../schema/provinces';

export type MainRegion = Exclude<Region, 'none'>;
export const MAIN_REGIONS: readonly MainRegion[] = ['east', 'central', 'west', 'northeast'];

/** The four NBS regions' GDP totals for one year (亿元), and what is missing from them. */
export interface RegionTotals {
  year: number;
  /** null when any province of the region has no value: a partial sum would mislead. */
  totals: Record<MainRegion, number | null>;
  /** Sum of the 31 provinces (not national GDP), null when any is missing. */
  sum31: number | null;
  /** Adcodes of provinces with no value this year. */
  missing: string[];
}

/** One year of the derived series the trend chart draws. */
export interface RatioPoint extends RegionTotals {
  westEast: number | null;
  centralEast: number | null;
  northeastEast: number | null;
  westShare: number | null;
}

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : a / b;

/** Region of every province that belongs to one of the four regions. */
export function regionIndex(provinces: readonly Province[]): Map<string, MainRegion> {
  const index = new Map<string, MainRegion>();
  for (const p of provinces) if (p.region !== 'none') index.set(p.adcode, p.region);
  return index;
}

/**
 * Sums province GDP by region for one year. A region with any province missing gets null —
 * the sum is never computed from part of a region.
 */
export function regionTotals(
  gdp: GdpFile,
  provinces: readonly Province[],
  year: number,
): RegionTotals {
  const index = regionIndex(provinces);
  const sums: Record<MainRegion, number> = { east: 0, central: 0, west: 0, northeast: 0 };
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const v of gdp.values) {
    if (v.year !== year) continue;
    const region = index.get(v.adcode);
    if (!region) continue;
    if (v.value === null) missing.push(v.adcode);
    else {
      sums[region] += v.value;
      seen.add(v.adcode);
    }
  }
  for (const code of index.keys())
    if (!seen.has(code) && !missing.includes(code)) missing.push(code);
  const incomplete = new Set(missing.map((c) => index.get(c)));
  const totals = Object.fromEntries(
    MAIN_REGIONS.map((r) => [r, incomplete.has(r) ? null : round1(sums[r])]),
  ) as Record<MainRegion, number | null>;
  const sum31 = missing.length ? null : round1(MAIN_REGIONS.reduce((n, r) => n + sums[r], 0));
  return { year, totals, sum31, missing: missing.sort() };
}

/** The West/East ratio and companions for every year of the GDP file, computed from provinces. */
export function ratioSeries(gdp: GdpFile, provinces: readonly Province[]): RatioPoint[] {
  const out: RatioPoint[] = [];
  for (let year = gdp.firstYear; year <= gdp.lastYear; year++) {
    const t = regionTotals(gdp, provinces, year);
    out.push({
      ...t,
      westEast: ratio(t.totals.west, t.totals.east),
      centralEast: ratio(t.totals.central, t.totals.east),
      northeastEast: ratio(t.totals.northeast, t.totals.east),
      westShare: ratio(t.totals.west, t.sum31),
    });
  }
  return out;
}

/** Mean of a metric over a range of years, skipping none: null if any year is missing. */
export function meanOver(
  series: readonly RatioPoint[],
  pick: (p: RatioPoint) => number | null,
  [from, to]: readonly [number, number],
): number | null {
  const values = series.filter((p) => p.year >= from && p.year <= to).map(pick);
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
}

// Floating-point sums of 0.1-precision values: round to the data's own precision.
const round1 = (n: number) => Math.round(n * 10) / 10;
