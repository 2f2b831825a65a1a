/**
 * Pure derivations of the map: which pairings are active, the arcs they aggregate into, the
 * set a focus highlights, and the summary sentence. No DOM, no store, no clock.
 */
import type { ModelId } from '../../data/schema/common';
import { shownFrom, type Pairing, type PairingsFile } from '../../data/schema/pairings';
import type { Province } from '../../data/schema/provinces';
import { pick, type Lang } from '../../i18n';
import type { LonLat } from './geo';
import { compareCodes } from '../../lib/compare';
import type { MapT } from './messages';

/** The shared selection the arcs depend on. */
export interface ArcFilters {
  year: number;
  /** Empty = every model. */
  models: readonly ModelId[];
  programme: string | null;
}

/** One arc: every pairing linking one east place to one west place under one model. */
export interface Arc {
  /** `${east}>${west}>${model}`. */
  key: string;
  /** Province adcode of the supporting (eastern) party. */
  east: string;
  /** Adcode of the western end: a province, or a prefecture in a drill-down. */
  west: string;
  /** Province adcode of the western party. */
  westProvince: string;
  model: ModelId;
  /** Number of pairings on this arc. */
  weight: number;
  /** Pairing ids in data order; the first is what a click selects. */
  pairingIds: string[];
  /** Programme ids in data order, without repeats. */
  programmes: string[];
  /** Earliest year its pairings are drawn from (a start, or a first documented year). */
  startYear: number;
  /** False when that earliest year is a first documented year: the start is unknown. */
  startKnown: boolean;
  /** Latest end year; null when any pairing continues. */
  endYear: number | null;
  from: LonLat;
  to: LonLat;
}

/**
 * Whether a pairing is active in the year and passes the model and programme filters. A
 * pairing whose start is unknown counts from the year it was first documented.
 */
export function isActive(p: Pairing, f: ArcFilters): boolean {
  return (
    shownFrom(p) <= f.year &&
    (p.endYear === null || p.endYear >= f.year) &&
    (f.models.length === 0 || f.models.includes(p.model)) &&
    (f.programme === null || p.programme === f.programme)
  );
}

/** Passes the model and programme filters, whatever the year. */
export function passesFilters(p: Pairing, f: Omit<ArcFilters, 'year'>): boolean {
  return (
    (f.models.length === 0 || f.models.includes(p.model)) &&
    (f.programme === null || p.programme === f.programme)
  );
}

export const labelPoints = (provinces: readonly Province[]) =>
  new Map(provinces.map((p) => [p.adcode, p.labelPoint as LonLat]));

/** Arcs plus what could not be drawn. */
export interface ArcSet {
  arcs: Arc[];
  /** Active pairings (under the filters) behind the arcs. */
  pairingCount: number;
  /** Active pairings left out: an end has no point (no label point, or no prefecture). */
  unplaced: number;
}

function aggregate(
  active: Iterable<Pairing>,
  endOf: (p: Pairing) => { west: string; from: LonLat; to: LonLat } | null,
): ArcSet {
  const byKey = new Map<string, Arc>();
  let pairingCount = 0;
  let unplaced = 0;
  for (const p of active) {
    const end = endOf(p);
    if (!end) {
      unplaced++;
      continue;
    }
    pairingCount++;
    const key = `${p.east.adcode}>${end.west}>${p.model}`;
    let arc = byKey.get(key);
    if (!arc) {
      arc = {
        key,
        east: p.east.adcode,
        west: end.west,
        westProvince: p.west.adcode,
        model: p.model,
        weight: 0,
        pairingIds: [],
        programmes: [],
        startYear: shownFrom(p),
        startKnown: p.startYear !== null,
        endYear: p.endYear,
        from: end.from,
        to: end.to,
      };
      byKey.set(key, arc);
    }
    arc.weight++;
    arc.pairingIds.push(p.id);
    if (!arc.programmes.includes(p.programme)) arc.programmes.push(p.programme);
    // The arc's first year is known when a pairing with a known start begins then.
    const from = shownFrom(p);
    if (from < arc.startYear) arc.startKnown = p.startYear !== null;
    else if (from === arc.startYear) arc.startKnown ||= p.startYear !== null;
    arc.startYear = Math.min(arc.startYear, from);
    arc.endYear =
      arc.endYear === null || p.endYear === null ? null : Math.max(arc.endYear, p.endYear);
  }
  // Heaviest first, then by key: a stable order for the table and for drawing.
  const arcs = [...byKey.values()].sort(
    (a, b) => b.weight - a.weight || compareCodes(a.key, b.key),
  );
  return { arcs, pairingCount, unplaced };
}

function* activeOf(pairings: readonly Pairing[], f: ArcFilters) {
  for (const p of pairings) if (isActive(p, f)) yield p;
}

/**
 * The province-to-province arcs of a year: one per (east province, west province, model),
 * weighted by the number of active pairings. Pairings within one province are not arcs.
 */
export function buildArcs(
  pairings: PairingsFile['pairings'],
  provinces: readonly Province[],
  f: ArcFilters,
): ArcSet {
  const points = labelPoints(provinces);
  return aggregate(activeOf(pairings, f), (p) => {
    const from = points.get(p.east.adcode);
    const to = points.get(p.west.adcode);
    if (!from || !to || p.east.adcode === p.west.adcode) return null;
    return { west: p.west.adcode, from, to };
  });
}

/**
 * The arcs of a drill-down into one western province: from each supporting province's label
 * point to the seat (`cp`) of the prefecture the pairing names. Pairings of that province that
 * name no known prefecture are counted as unplaced.
 */
export function buildDrillArcs(
  pairings: PairingsFile['pairings'],
  provinces: readonly Province[],
  province: string,
  prefectures: readonly { adcode: string; cp: LonLat }[],
  f: ArcFilters,
): ArcSet {
  const points = labelPoints(provinces);
  const seats = new Map(prefectures.map((p) => [p.adcode, p.cp]));
  const inProvince = pairings.filter((p) => p.west.adcode === province);
  return aggregate(activeOf(inProvince, f), (p) => {
    const code = p.west.place?.adcode ?? null;
    const from = points.get(p.east.adcode);
    const to = code ? seats.get(code) : undefined;
    if (!from || !to || !code) return null;
    return { west: code, from, to };
  });
}

/** What hovering or keyboard focus points at. */
export type Focus = { kind: 'province'; adcode: string } | { kind: 'arc'; key: string } | null;

/** What stays bright under a focus; everything else dims. */
export interface Highlight {
  /** Region keys (province or prefecture adcodes). */
  regions: Set<string>;
  arcs: Set<string>;
}

/**
 * The partners and arcs of the focused province (or the ends of the focused arc); null when
 * nothing is focused, meaning everything is bright. A focused province without arcs
 * highlights itself alone.
 */
export function highlightFor(arcs: readonly Arc[], focus: Focus): Highlight | null {
  if (!focus) return null;
  const regions = new Set<string>();
  const keys = new Set<string>();
  const add = (a: Arc) => {
    keys.add(a.key);
    regions.add(a.east);
    regions.add(a.west);
  };
  if (focus.kind === 'arc') {
    const arc = arcs.find((a) => a.key === focus.key);
    if (arc) add(arc);
    return { regions, arcs: keys };
  }
  regions.add(focus.adcode);
  for (const a of arcs) {
    if (a.east === focus.adcode || a.west === focus.adcode || a.westProvince === focus.adcode) {
      add(a);
    }
  }
  return { regions, arcs: keys };
}

/** Active pairings per province (either side), for the "number of pairings" shading. */
export function pairingCounts(arcs: readonly Arc[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: string, n: number) => counts.set(code, (counts.get(code) ?? 0) + n);
  for (const a of arcs) {
    add(a.east, a.weight);
    add(a.westProvince, a.weight);
  }
  return counts;
}

/**
 * Years of an arc or pairing, in words. `startKnown: false` says that the first year is the
 * year the relationship was first documented, its start being unknown.
 */
export function yearsText(
  startYear: number,
  endYear: number | null,
  t: MapT,
  startKnown = true,
): string {
  if (!startKnown) {
    return endYear === null
      ? t('map.years.documented.open', { from: startYear })
      : t('map.years.documented.range', { from: startYear, to: endYear });
  }
  return endYear === null
    ? t('map.years.open', { from: startYear })
    : startYear === endYear
      ? String(startYear)
      : t('map.years.range', { from: startYear, to: endYear });
}

/** How many province pairs the arcs link (two models between the same places are one pair). */
export const provincePairCount = (arcs: readonly Pick<Arc, 'east' | 'west'>[]): number =>
  new Set(arcs.map((a) => `${a.east}>${a.west}`)).size;

/** The one-sentence live summary of what the map shows. */
export function summarySentence(input: {
  set: ArcSet;
  filters: ArcFilters;
  t: MapT;
  lang: Lang;
  programmeName: { zh: string; en: string } | null;
  /** The drilled province's name, when drilled. */
  drillName: string | null;
}): string {
  const { set, filters, t, lang, programmeName, drillName } = input;
  const { year } = filters;
  const pairs = provincePairCount(set.arcs);
  const parts: string[] = [];
  if (set.arcs.length === 0) {
    parts.push(
      drillName
        ? t('map.summary.drill.none', { year, province: drillName })
        : t('map.summary.none', { year }),
    );
  } else if (drillName) {
    parts.push(
      t('map.summary.drill', {
        year,
        province: drillName,
        arcs: t('map.count.prefectureLinks', { count: set.arcs.length }),
        pairings: t('map.count.pairings', { count: set.pairingCount }),
      }),
    );
  } else {
    parts.push(
      t('map.summary', {
        year,
        arcs: t('map.count.relationships', { count: set.arcs.length }),
        pairs: t('map.count.provincePairs', { count: pairs }),
        pairings: t('map.count.pairings', { count: set.pairingCount }),
      }),
    );
  }
  if (set.unplaced > 0) parts.push(t('map.summary.unplaced', { count: set.unplaced }));
  const documented = set.arcs.filter((a) => !a.startKnown).length;
  if (documented > 0) parts.push(t('map.summary.documented', { count: documented }));
  const filterText: string[] = [];
  if (filters.models.length) {
    const sep = lang === 'en' ? ', ' : '、';
    filterText.push(
      t('map.filter.models', { models: filters.models.map((m) => t(`model.${m}`)).join(sep) }),
    );
  }
  if (filters.programme) {
    filterText.push(
      t('map.filter.programme', {
        programme: programmeName ? pick(programmeName, lang) : filters.programme,
      }),
    );
  }
  if (filterText.length) {
    parts.push(t('map.summary.filters', { filters: filterText.join(lang === 'en' ? '; ' : '；') }));
  }
  return parts.join(lang === 'en' ? ' ' : '');
}
