/** How provinces are filled: by NBS region, or by a metric of the selected year. Pure. */
import type { GdpFile } from '../../data/schema/gdp';
import type { Province } from '../../data/schema/provinces';
import { MAP_INK, REGION_FILL } from '../../lib/colours';

import type { Shade } from '../../state/url-codec';

/** Light to dark purple: apart from the three model colours of the arcs, so both read. */
export const METRIC_RAMP = MAP_INK.metricRamp;
/** Fill of a province with no value; the tooltip and legend say "no data". */
export const NO_DATA_FILL = MAP_INK.noData;

export interface ProvinceFill {
  fill: string;
  /** The metric value; null when missing (or when shading by region). */
  value: number | null;
  missing: boolean;
}

export interface Shading {
  by: Shade;
  fills: Map<string, ProvinceFill>;
  /** Range of the metric over the provinces that have a value; null by region or no values. */
  domain: [number, number] | null;
}

/** GDP (亿元) of every province in a year; a province with no record or a null value is missing. */
export function gdpOfYear(gdp: GdpFile, year: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const v of gdp.values) if (v.year === year) out.set(v.adcode, v.value);
  return out;
}

export function shadeProvinces(
  provinces: readonly Province[],
  by: Shade,
  metric: { gdp: Map<string, number | null>; pairings: Map<string, number> },
): Shading {
  const fills = new Map<string, ProvinceFill>();
  if (by === 'region') {
    for (const p of provinces) {
      fills.set(p.adcode, { fill: REGION_FILL[p.region], value: null, missing: false });
    }
    return { by, fills, domain: null };
  }
  // Pairing counts: a province with no pairing has 0, which is a value, not missing.
  const valueOf = (code: string): number | null =>
    by === 'gdp' ? (metric.gdp.get(code) ?? null) : (metric.pairings.get(code) ?? 0);
  const values = provinces.map((p) => valueOf(p.adcode)).filter((v): v is number => v !== null);
  const domain: [number, number] | null = values.length
    ? [Math.min(0, ...values), Math.max(...values)]
    : null;
  // A square-root scale: GDP spans two orders of magnitude between provinces.
  const scale = sqrtRamp(domain && domain[1] > domain[0] ? domain : [0, 1], METRIC_RAMP);
  for (const p of provinces) {
    const value = valueOf(p.adcode);
    fills.set(
      p.adcode,
      value === null
        ? { fill: NO_DATA_FILL, value: null, missing: true }
        : { fill: scale(value), value, missing: false },
    );
  }
  return { by, fills, domain };
}

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * Maps a value onto a two-colour ramp on a square-root scale, clamped to the domain, as
 * "rgb(r, g, b)". (A few lines instead of d3-scale, which the first screen would otherwise load.)
 */
export function sqrtRamp(
  [lo, hi]: readonly [number, number],
  [from, to]: readonly [string, string],
): (value: number) => string {
  const a = rgbOf(from);
  const b = rgbOf(to);
  const sqrt = (v: number) => Math.sign(v) * Math.sqrt(Math.abs(v));
  const s0 = sqrt(lo);
  const s1 = sqrt(hi);
  return (value) => {
    const t = Math.min(1, Math.max(0, (sqrt(value) - s0) / (s1 - s0)));
    const [r, g, bl] = a.map((c, i) => Math.round(c + (b[i]! - c) * t));
    return `rgb(${r}, ${g}, ${bl})`;
  };
}
