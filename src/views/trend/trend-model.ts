import type { Text } from '../../data/schema/common';
import type { Claim, GdpFile } from '../../data/schema/gdp';
import type { Policy } from '../../data/schema/policies';
import type { Province } from '../../data/schema/provinces';
import type { Source } from '../../data/schema/sources';
import { meanOver, ratioSeries, type RatioPoint } from '../../data/queries/regions';
import { compareCodes } from '../../lib/compare';
import { TREND_SERIES, type TrendSeries } from '../../state/url-codec';

/**
 * The trend's data model, derived once per dataset: the ratio series computed from the province
 * rows (never a stored series), the paper's claims checked against it, per-year vintages and
 * sources, and the policy documents placed on the same years. Pure: no store, no DOM.
 */

export const LINE_IDS = ['westEast', 'centralEast', 'northeastEast', 'westShare'] as const;
export type LineId = (typeof LINE_IDS)[number];
/** Lines the reader can add to the West/East ratio (the URL's `series`). */
export const OPTIONAL_LINES = TREND_SERIES;
export type OptionalLine = TrendSeries;

/** One of the paper's claims next to what the data say. */
export interface ClaimCheck {
  claim: Claim;
  /** 1-based, for the ①② marks that tie the chart to the quoted text. */
  n: number;
  /** Mean of the computed metric over the claim's years; null when any year is missing. */
  computed: number | null;
  /** |computed − value| ≤ tolerance; null when the data cannot say. */
  within: boolean | null;
}

export interface YearMeta {
  vintages: string[];
  sourceIds: string[];
}

/** A policy document placed on the trend's time axis. */
export interface PolicyMark {
  policy: Policy;
  year: number;
  /** Position in the stack of documents of the same year (0 = lowest). */
  stack: number;
}

export interface TrendModel {
  points: RatioPoint[];
  claims: ClaimCheck[];
  yearMeta: Map<number, YearMeta>;
  vintageLabels: Map<string, Text>;
  baseChanges: GdpFile['baseChanges'];
  markers: PolicyMark[];
  /** The time axis: the GDP years, widened to the policy years inside `bounds`. */
  xRange: readonly [number, number];
  provinceNames: Map<string, { zh: string; en: string }>;
  publishers: Map<string, Text>;
}

export const metricOf: Record<LineId, (p: RatioPoint) => number | null> = {
  westEast: (p) => p.westEast,
  centralEast: (p) => p.centralEast,
  northeastEast: (p) => p.northeastEast,
  westShare: (p) => p.westShare,
};

/** The claim's computed mean and whether it lies within the claim's tolerance. */
export function checkClaims(claims: readonly Claim[], points: readonly RatioPoint[]): ClaimCheck[] {
  return claims.map((claim, i) => {
    const computed = meanOver(points, metricOf.westEast, claim.years);
    return {
      claim,
      n: i + 1,
      computed,
      within:
        computed === null ? null : Math.abs(computed - claim.value) <= claim.tolerance + 1e-12,
    };
  });
}

export function buildTrendModel(
  gdp: GdpFile,
  provinces: readonly Province[],
  policies: readonly Policy[],
  sources: readonly Source[],
  bounds: readonly [number, number],
): TrendModel {
  const points = ratioSeries(gdp, provinces);
  const regionOf = new Map(provinces.map((p) => [p.adcode, p.region]));

  const yearMeta = new Map<number, YearMeta>();
  for (const v of gdp.values) {
    const region = regionOf.get(v.adcode);
    if (!region || region === 'none') continue;
    const m = yearMeta.get(v.year) ?? { vintages: [], sourceIds: [] };
    if (!m.vintages.includes(v.vintage)) m.vintages.push(v.vintage);
    if (!m.sourceIds.includes(v.sourceId)) m.sourceIds.push(v.sourceId);
    yearMeta.set(v.year, m);
  }

  const policyYears = policies
    .map((p) => Number(p.date.slice(0, 4)))
    .filter((y) => y >= bounds[0] && y <= bounds[1]);
  const xRange = [
    Math.max(bounds[0], Math.min(gdp.firstYear, ...policyYears)),
    Math.min(bounds[1], Math.max(gdp.lastYear, ...policyYears)),
  ] as const;

  const perYear = new Map<number, number>();
  const markers = [...policies]
    .sort((a, b) => compareCodes(a.date, b.date) || compareCodes(a.id, b.id))
    .map((policy) => ({ policy, year: Number(policy.date.slice(0, 4)) }))
    .filter((m) => m.year >= xRange[0] && m.year <= xRange[1])
    .map((m) => {
      const stack = perYear.get(m.year) ?? 0;
      perYear.set(m.year, stack + 1);
      return { ...m, stack };
    });

  return {
    points,
    claims: checkClaims(gdp.claims, points),
    yearMeta,
    vintageLabels: new Map(gdp.vintages.map((v) => [v.id, v.label])),
    baseChanges: gdp.baseChanges,
    markers,
    xRange,
    provinceNames: new Map(provinces.map((p) => [p.adcode, { zh: p.name.zh, en: p.name.en }])),
    publishers: new Map(sources.map((s) => [s.id, s.publisher])),
  };
}

/** A run of consecutive years drawn with one line style. */
export interface Run {
  dashed: boolean;
  data: [number, number | null][];
}

/**
 * Splits a metric into solid and dashed runs: the step between two years is dashed when a
 * statistical base change lies between them (values on either side are not comparable).
 * Adjacent runs share their boundary year so the line stays continuous.
 */
export function splitRuns(
  points: readonly RatioPoint[],
  metric: (p: RatioPoint) => number | null,
  baseChanges: GdpFile['baseChanges'],
): Run[] {
  const runs: Run[] = [];
  const isDashed = (a: number, b: number) =>
    baseChanges.some((c) => c.fromYear <= a && c.toYear >= b);
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const point: [number, number | null] = [p.year, metric(p)];
    if (i === 0) {
      runs.push({ dashed: false, data: [point] });
      continue;
    }
    const dashed = isDashed(points[i - 1]!.year, p.year);
    const last = runs[runs.length - 1]!;
    if (last.data.length === 1 && i === 1) last.dashed = dashed;
    if (last.dashed === dashed) last.data.push(point);
    else {
      const prev = last.data[last.data.length - 1]!;
      runs.push({ dashed, data: [prev, point] });
    }
  }
  return runs;
}
