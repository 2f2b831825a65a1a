/**
 * The pure option builders of the collaboration-flow map: the model's layer inputs → ECharts
 * options, for the three stacked charts on screen (buildMapLayers) or one chart for exports and
 * print (buildMapOption). No store, no window, no clock; tests assert on their fields in Node.
 */
import type { ModelId } from '../../data/schema/common';
import { MODEL_IDS } from '../../data/schema/common';
import type { HubPlace } from '../../data/schema/hub';
import type { Province } from '../../data/schema/provinces';
import { pick, type Lang } from '../../i18n';
import { MAP_INK, MODEL_STYLE, REGION_FILL } from '../../lib/colours';
import { escapeHtml } from '../../lib/escape';
import { formatInteger, formatYuan100m } from '../../lib/format';
import type { Arc, Highlight } from './flows';
import type { LonLat } from './geo';
import type { Shading } from './shading';
import { placeNames, spotLabel, type Box, type Spot } from './label-placement';
import type { MapT } from './messages';

/** Region keys of the registered map. */
export interface MapRegions {
  /** Province adcodes drawn as provinces (in a drill-down, all but the drilled one). */
  provinces: string[];
  insetLand: string[];
  insetFrame: string[];
  /** Prefecture adcodes, in a drill-down. */
  prefectures: string[];
}

/** A label on the map: a province at its label point, or a prefecture at its seat. */
export interface PlaceLabel {
  key: string;
  name: string;
  at: LonLat;
}

export interface MapOptionInput {
  /** Registered map name (`atlas-china` or `atlas-<adcode>`). */
  map: string;
  regions: MapRegions;
  tenDash: LonLat[][];
  provinces: readonly Province[];
  arcs: readonly Arc[];
  shading: Shading;
  /** Active pairings per province, for tooltips. */
  pairingCounts: Map<string, number>;
  highlight: Highlight | null;
  /** The selected province (store), drawn with a heavier outline. */
  selected: string | null;
  /** The region under the pointer, outlined (the base layer takes no pointer events itself). */
  hovered?: string | null;
  /** Hub places to mark; null when the layer is off. */
  hub: readonly HubPlace[] | null;
  /** Particles and transitions; false for reduced motion, print and export. */
  motion: boolean;
  projector: boolean;
  /** Narrow screens: smaller labels, fewer of them. */
  compact: boolean;
  year: number;
  lang: Lang;
  t: MapT;
  /** The drill-down, when drilled: prefecture labels and the box to frame. */
  drill: {
    province: string;
    labels: PlaceLabel[];
    boundingCoords: [LonLat, LonLat];
  } | null;
  /** Accessible description of the chart. */
  description: string;
  /**
   * The weight the widest arc stands for; by default the heaviest arc drawn. Maps shown side by
   * side give the heaviest of them all, so one width means one weight in every map.
   */
  widthMax?: number;
}

/** Curveness by model, so arcs of two models between the same places do not overlap. */
export const MODEL_CURVENESS: Record<ModelId, number> = {
  'policy-driven': 0.18,
  'resource-complementary': 0.28,
  'industry-education': 0.38,
};

/**
 * An arc's curveness from its length, its place in its western end's fan and the other models'
 * arcs between the same two places. Short arcs curve more and long ones less; the arcs into
 * one western place bow away from the middle of their fan (the northern ones north, the
 * southern ones south), so the fan opens instead of crossing itself; and the arcs of several
 * models between one pair are parallel curves a readable distance apart, each in its own
 * style, rather than drawn on top of one another.
 *
 * ECharts bends a line by `curveness × length` at its middle, to the left of its direction of
 * travel for a positive value: an arc going west (east → west) bows south.
 */
export function arcCurveness(arc: Arc, arcs: readonly Arc[]): number {
  const length = Math.max(1, Math.hypot(arc.to[0] - arc.from[0], arc.to[1] - arc.from[1]));
  const base = Math.min(0.34, Math.max(0.1, 0.08 + 2 / length));
  // The bearing from the western end to the eastern one; larger is further north.
  const bearing = (a: Arc) => Math.atan2(a.from[1] - a.to[1], a.from[0] - a.to[0]);
  const fan = arcs
    .filter((a) => a.west === arc.west)
    .map(bearing)
    .sort((a, b) => a - b);
  const middle = fan[Math.floor((fan.length - 1) / 2)]!;
  const sign = fan.length > 1 && bearing(arc) > middle + 1e-9 ? -1 : 1;
  const pair = arcs
    .filter((a) => a.east === arc.east && a.west === arc.west)
    .map((a) => MODEL_IDS.indexOf(a.model))
    .sort((a, b) => a - b);
  // About 0.7° between neighbouring curves of one pair, at their middles.
  const step = Math.max(0.06, 1.4 / length);
  const rank = Math.max(0, pair.indexOf(MODEL_IDS.indexOf(arc.model)));
  return Math.round(sign * (base + rank * step) * 1000) / 1000;
}

/** Opacity of what a focus dims. */
export const DIM = { arc: 0.08, region: 0.35, label: 0.35 } as const;

/**
 * Arc width for a weight: thin for one pairing, growing with the square root up to the
 * heaviest arc drawn. Projector strokes are at least 3 px.
 */
export function arcWidth(weight: number, maxWeight: number, projector: boolean): number {
  const [min, max] = projector ? [3, 14] : [1.25, 8];
  if (maxWeight <= 1) return min;
  const k = Math.sqrt((Math.max(1, weight) - 1) / (maxWeight - 1));
  // The full range only once the heaviest arc carries 9 or more pairings: 1 vs 2 pairings
  // should not look like 1 vs 100.
  const span = Math.min(1, Math.sqrt((maxWeight - 1) / 8));
  return Math.round((min + (max - min) * span * k) * 10) / 10;
}

/** Label placements that keep crowded coastal names apart (presentation only, no data). */
const LABEL_PLACEMENT: Record<string, { position: Spot; hideCompact?: boolean }> = {
  '110000': { position: 'top' }, // Beijing above, Tianjin below
  '120000': { position: 'right' },
  '150000': { position: 'left' }, // Inner Mongolia, clear of Beijing in large type
  '810000': { position: 'right', hideCompact: true }, // Hong Kong
  '820000': { position: 'left', hideCompact: true }, // Macao
  '310000': { position: 'right' },
  '320000': { position: 'top' },
  '330000': { position: 'bottom' },
};

/** Canvas layers: provinces (static), flows (animated), names and hub marks (kept on top). */
const LAYER = { base: 0, flows: 1, marks: 2 } as const;

const seriesId = (m: ModelId) => `arcs-${m}`;

type Params = {
  componentType?: string;
  seriesId?: string;
  name?: string;
  data?: { key?: string; adcode?: string; placeId?: string };
};

/**
 * The flows tooltip's parent: the chart's own element, named so that ECharts does not read the
 * element's computed style on every update to find out whether it is positioned (a forced style
 * recalculation of the page, about a tenth of a year change). Naming it has a price when the
 * chart is created (ECharts measures the element's transform), so the base, which a year change
 * leaves alone, does not.
 */
const tooltipHost = (chartDom: HTMLElement) => chartDom;

/** What the base layer depends on: nothing that changes with the year alone. */
export type MapBaseInput = Pick<
  MapOptionInput,
  'map' | 'regions' | 'tenDash' | 'shading' | 'highlight' | 'selected' | 'hovered' | 'projector'
> & { drill: Pick<NonNullable<MapOptionInput['drill']>, 'province' | 'boundingCoords'> | null };

/** Names of places on the map: provinces by their short name, drilled-into prefectures by theirs. */
function placeNamer(
  provinces: readonly Province[],
  lang: Lang,
  drill: { labels: readonly PlaceLabel[] } | null,
) {
  const byCode = new Map(provinces.map((p) => [p.adcode, p]));
  const provinceName = (code: string) => {
    const p = byCode.get(code);
    return p ? (lang === 'en' ? p.name.en : p.name.zhShort) : code;
  };
  const drillNames = new Map((drill?.labels ?? []).map((l) => [l.key, l.name]));
  const placeName = (code: string) => drillNames.get(code) ?? provinceName(code);
  return { byCode, provinceName, placeName, drillNames };
}

/** The geo frame every layer shares, so the flows and the names line up with the provinces. */
function geoFrame(input: Pick<MapOptionInput, 'map'> & { drill: MapBaseInput['drill'] }) {
  return {
    id: 'geo',
    map: input.map,
    roam: false,
    top: 8,
    bottom: 8,
    left: 8,
    right: 8,
    // Explicitly null outside a drill-down: ECharts merges updates, and a stale box would
    // keep the country map framed on the drilled province.
    boundingCoords: input.drill ? input.drill.boundingCoords : null,
  };
}

/**
 * The base layer: provinces (or prefectures) and the ten-dash line. It is drawn by a chart of
 * its own under the flows, so a year change does not redraw it (ECharts re-renders every
 * component on each setOption, and the provinces are the costliest drawing). `tooltip` is the
 * province tooltip, shown on request by the flows layer, which takes the pointer.
 */
export function buildMapBase(input: MapBaseInput, tooltip: (params: unknown) => string) {
  const { projector, shading, drill, highlight } = input;
  const lit = (key: string) => !highlight || highlight.regions.has(key);
  const regionItem = (key: string, fill: string) => {
    const selected = input.selected === key;
    const hovered = input.hovered === key;
    return {
      name: key,
      itemStyle: {
        areaColor: fill,
        opacity: lit(key) ? 1 : DIM.region,
        borderColor: selected || hovered ? MAP_INK.focus : MAP_INK.paper,
        borderWidth: selected
          ? projector
            ? 4
            : 2.5
          : hovered
            ? projector
              ? 3
              : 1.5
            : projector
              ? 1.5
              : 0.8,
      },
    };
  };
  const hainan = shading.fills.get('460000')?.fill ?? REGION_FILL.none;
  const regions = [
    ...input.regions.provinces.map((code) =>
      regionItem(code, shading.fills.get(code)?.fill ?? REGION_FILL.none),
    ),
    ...input.regions.prefectures.map((code) =>
      regionItem(code, shading.fills.get(drill?.province ?? '')?.fill ?? REGION_FILL.west),
    ),
    // The islands of the inset belong to Hainan: same fill, not interactive.
    ...input.regions.insetLand.map((name) => ({
      name,
      silent: true,
      itemStyle: { areaColor: hainan, borderColor: MAP_INK.insetLand, borderWidth: 0.5 },
      emphasis: { disabled: true },
      tooltip: { show: false },
    })),
    // The inset frame: an outline only, no fill, hover or label.
    ...input.regions.insetFrame.map((name) => ({
      name,
      silent: true,
      itemStyle: {
        areaColor: 'transparent',
        borderColor: MAP_INK.insetFrame,
        borderWidth: projector ? 2 : 1,
      },
      emphasis: { disabled: true },
      tooltip: { show: false },
    })),
  ];
  const tenDash = {
    id: 'ten-dash',
    type: 'lines' as const,
    coordinateSystem: 'geo',
    polyline: true,
    silent: true,
    z: 2,
    animation: false,
    lineStyle: { color: MAP_INK.dashLine, width: projector ? 2.5 : 1.2, opacity: 1 },
    tooltip: { show: false },
    data: input.tenDash.map((coords) => ({ coords })),
  };
  return {
    animation: false,
    tooltip: {
      trigger: 'item' as const,
      triggerOn: 'none' as const,
      confine: true,
      formatter: tooltip,
      extraCssText: `max-width: ${projector ? 520 : 320}px; white-space: normal;`,
      textStyle: { fontSize: projector ? 24 : 13 },
    },
    geo: {
      ...geoFrame(input),
      selectedMode: false,
      silent: false,
      label: { show: false },
      // Here, not only at the top level: ECharts does not use the top-level formatter for a
      // component's items (the regions showed their bare adcode).
      tooltip: { show: true, formatter: tooltip },
      itemStyle: { borderColor: MAP_INK.paper, borderWidth: 0.8 },
      // The outline of the region under the pointer comes from `hovered`.
      emphasis: { disabled: true },
      regions,
    },
    series: [tenDash],
  };
}

/** The ECharts option of the map as one chart (exports, print): base and flows together. */
export function buildMapOption(input: MapOptionInput) {
  const tooltip = mapTooltip(input);
  const base = buildMapBase(input, tooltip);
  const flows = buildMapFlows(input);
  return {
    ...flows,
    tooltip: { ...flows.tooltip, formatter: tooltip },
    geo: base.geo,
    series: [...base.series, ...flows.series],
  };
}

/**
 * The flows layer: arcs by model, place marks and hub marks over a hidden copy of the base's
 * geo frame. It takes the pointer (its tooltips and events are the arcs', places' and hub's).
 * The place names are drawn here too (`inline`, for exports and print), or by a names layer of
 * their own above (`apart`, on screen), so a year change, which redraws this layer, does not
 * have to redraw some forty labels that did not change.
 */
export function buildMapFlows(input: MapOptionInput, names: 'inline' | 'apart' = 'inline') {
  const { arcs, highlight, projector, lang, provinces, drill } = input;
  const { placeName } = placeNamer(provinces, lang, drill);
  const maxWeight = input.widthMax ?? arcs.reduce((m, a) => Math.max(m, a.weight), 1);

  const lit = (a: Arc) => !highlight || highlight.arcs.has(a.key);
  // A focus splits each model's arcs: those it lights (particles, pointer) and those it dims,
  // drawn first, still, and silent, so that a click there reaches the province under them.
  const arcSeries = MODEL_IDS.flatMap((model) => {
    const style = MODEL_STYLE[model];
    const mine = arcs.filter((a) => a.model === model);
    const part = (dimmed: boolean) => ({
      id: dimmed ? `${seriesId(model)}-dimmed` : seriesId(model),
      type: 'lines' as const,
      coordinateSystem: 'geo',
      // Their own canvas layer: the moving particles then repaint only the arcs, not the
      // provinces (the costliest drawing), every frame.
      zlevel: LAYER.flows,
      z: dimmed ? 2 : 3,
      ...(dimmed ? { silent: true } : {}),
      symbol: ['none', 'arrow'],
      symbolSize: projector ? 18 : 11,
      lineStyle: {
        color: style.colour,
        type: style.dash,
        opacity: 0.85,
        curveness: MODEL_CURVENESS[model],
        cap: 'round',
      },
      emphasis: { focus: 'none', lineStyle: { opacity: 1 } },
      effect: {
        show: input.motion && !dimmed,
        period: 5,
        constantSpeed: projector ? 60 : 40,
        symbol: 'circle',
        symbolSize: projector ? 7 : 4,
        trailLength: 0,
        color: style.colour,
      },
      data: mine
        .filter((a) => lit(a) !== dimmed)
        .map((a) => ({
          key: a.key,
          // What a click on the arc selects: its first pairing.
          pairing: a.pairingIds[0],
          name: `${placeName(a.east)} → ${placeName(a.west)}`,
          coords: [a.from, a.to],
          lineStyle: {
            width: arcWidth(a.weight, maxWeight, projector),
            opacity: dimmed ? DIM.arc : 0.9,
            curveness: arcCurveness(a, arcs),
          },
        })),
    });
    return highlight ? [part(true), part(false)] : [part(false)];
  });

  const involved = new Set(arcs.flatMap((a) => [a.east, a.west]));
  const places = placeSeries(input, involved, names === 'apart' ? 'marks' : 'all');

  const formatter = mapTooltip(input);

  return {
    aria: { enabled: true, label: { description: input.description } },
    animation: input.motion,
    animationDurationUpdate: input.motion ? 350 : 0,
    animationEasingUpdate: 'cubicOut',
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter,
      appendTo: tooltipHost,
      extraCssText: `max-width: ${projector ? 520 : 320}px; white-space: normal;`,
      textStyle: { fontSize: projector ? 24 : 13 },
    },
    geo: { ...geoFrame(input), show: false },
    series: [...arcSeries, ...places],
  };
}

/** What the names layer depends on: with every place named, nothing that changes by year. */
export type MapNamesInput = Pick<
  MapOptionInput,
  'map' | 'provinces' | 'highlight' | 'selected' | 'hub' | 'projector' | 'compact' | 'lang'
> & {
  drill: Pick<
    NonNullable<MapOptionInput['drill']>,
    'province' | 'labels' | 'boundingCoords'
  > | null;
  /** Places with arcs this year: on narrow screens and the projector, only they are named. */
  involved: ReadonlySet<string>;
};

/** Whether only the places with arcs (or selected, or drilled into) are named. */
export const namesAreSparse = (input: Pick<MapOptionInput, 'compact' | 'projector'>) =>
  input.compact || input.projector;

/**
 * The names layer: place and hub names only, over a hidden copy of the geo frame, above the
 * flows and taking no pointer events (hovering or clicking a name reaches the place under it).
 */
export function buildMapNames(input: MapNamesInput, spots?: NameSpots) {
  return {
    animation: false,
    geo: { ...geoFrame(input), show: false },
    series: placeSeries(input, input.involved, 'names', spots),
  };
}

/**
 * Place marks and names, and hub marks and names. `all` draws both (one chart: exports, print);
 * `marks` the dots and diamonds with no text (the flows layer); `names` the text with its marks
 * invisible but still there, so every name sits where it would beside its mark.
 */
/** How place names are drawn: what `placeNames` needs to size them as ECharts will. */
export function nameStyle(input: Pick<MapOptionInput, 'projector' | 'compact'>) {
  return {
    fontSize: input.projector ? 24 : input.compact ? 10 : 12,
    halo: input.projector ? 4 : 2.5,
    mark: input.projector ? 7 : 4,
    hubMark: input.projector ? 26 : 15,
    distance: NAME_DISTANCE,
  };
}

/** The hub places named on the map (the hub itself; exemplar cities are in the tooltip). */
function hubNames(input: Pick<MapOptionInput, 'hub' | 'compact' | 'lang'>) {
  if (input.compact) return [];
  return (input.hub ?? [])
    .filter((h) => h.kind === 'hub')
    .map((h) => ({ key: `hub:${h.id}`, name: pick(h.name, input.lang), at: h.coord as LonLat }));
}
const NAME_DISTANCE = 2;

/**
 * The place names the map may draw, the most important first (the selected place, a drilled
 * province's prefectures, western then eastern places with arcs, the rest): the order in which
 * they claim their spots. `shown` says whether the name is drawn at all.
 */
export function nameLabels(
  input: Omit<MapNamesInput, 'involved'>,
  involved: ReadonlySet<string>,
): { key: string; name: string; at: LonLat; prefer: Spot | undefined; shown: boolean }[] {
  const { compact, lang, provinces, drill } = input;
  const { provinceName, drillNames } = placeNamer(provinces, lang, drill);
  const all = drill
    ? [
        ...provinces
          .filter((p) => p.adcode !== drill.province)
          .map((p) => ({
            key: p.adcode,
            name: provinceName(p.adcode),
            at: p.labelPoint as LonLat,
          })),
        ...drill.labels,
      ]
    : provinces.map((p) => ({
        key: p.adcode,
        name: provinceName(p.adcode),
        at: p.labelPoint as LonLat,
      }));
  // On narrow screens and on the projector, only places with arcs (or selected) are named.
  const sparse = namesAreSparse(input);
  // The western partners first among places with arcs: the atlas is about them.
  const west = new Set(provinces.filter((p) => p.region === 'west').map((p) => p.adcode));
  const rank = (key: string) =>
    input.selected === key
      ? 0
      : drillNames.get(key)
        ? 1
        : involved.has(key)
          ? west.has(key)
            ? 2
            : 3
          : 4;
  return all
    .map((l) => ({
      ...l,
      prefer: LABEL_PLACEMENT[l.key]?.position,
      shown:
        !(compact && LABEL_PLACEMENT[l.key]?.hideCompact) &&
        (!sparse || involved.has(l.key) || input.selected === l.key || !!drillNames.get(l.key)),
    }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

/** Each name's spot as placed on screen (null: left out); absent, names take their usual spot. */
export type NameSpots = ReadonlyMap<string, Spot | null>;

/**
 * Places the names that `nameLabels` shows so that none overlaps another, from where the chart
 * draws their marks (`toPixel`) and how wide they are (`measure`, at the names' size).
 */
export function placeMapNames(
  input: Omit<MapNamesInput, 'involved'>,
  involved: ReadonlySet<string>,
  toPixel: (at: LonLat) => readonly [number, number] | null,
  measure: (text: string, fontSize: number) => number,
): { spots: Map<string, Spot | null>; boxes: Box[] } {
  const { fontSize, halo, mark, distance, hubMark } = nameStyle(input);
  // The hub's name first (bold, beside its larger diamond), then the places'.
  const hubs = hubNames(input).flatMap((h) => {
    const at = toPixel(h.at);
    if (!at) return [];
    const width = measure(h.name, fontSize) * 1.1 + halo * 2;
    const size = { width, height: fontSize * 1.2 + halo };
    return [{ key: h.key, at, size, prefer: 'right' as const, mark: hubMark }];
  });
  const names = nameLabels(input, involved).flatMap((l) => {
    const at = l.shown ? toPixel(l.at) : null;
    if (!at) return [];
    // The halo is part of what a reader sees as the name.
    const size = { width: measure(l.name, fontSize) + halo * 2, height: fontSize * 1.2 + halo };
    return [{ key: l.key, at, size, prefer: l.prefer }];
  });
  return placeNames([...hubs, ...names], { mark, distance: distance - halo / 2, gap: 1 });
}

function placeSeries(
  input: Omit<MapNamesInput, 'involved'>,
  involved: ReadonlySet<string>,
  part: 'all' | 'marks' | 'names',
  spots?: NameSpots,
) {
  const { highlight, projector, compact, lang } = input;
  const { fontSize } = nameStyle(input);
  const lit = (key: string) => !highlight || highlight.regions.has(key);
  const text = part !== 'marks';
  const marks = part !== 'names';
  // The names layer is silent and still: no hover, no transitions.
  const quiet =
    part === 'names' ? { silent: true, animation: false, tooltip: { show: false } } : {};
  const ordered = nameLabels(input, involved);

  const labels = {
    id: 'labels',
    type: 'scatter' as const,
    coordinateSystem: 'geo',
    zlevel: LAYER.marks,
    z: 4,
    symbolSize: projector ? 7 : 4,
    itemStyle: { color: MAP_INK.mark },
    emphasis: { scale: false },
    ...quiet,
    data: ordered.map((l) => {
      const place = LABEL_PLACEMENT[l.key];
      // Placed names (on screen) take their spot or are left out; else their usual spot.
      const spot = spots?.has(l.key) ? spots.get(l.key) : (place?.position ?? 'bottom');
      const show = text && l.shown && !!spot;
      const opacity = lit(l.key) ? 1 : DIM.label;
      return {
        adcode: l.key,
        name: l.name,
        value: [l.at[0], l.at[1]],
        itemStyle: { opacity: marks && involved.has(l.key) ? opacity : 0 },
        label: {
          show,
          ...spotLabel(spot ?? 'bottom', nameStyle(input).mark, NAME_DISTANCE),
          opacity,
        },
      };
    }),
    label: {
      show: text,
      formatter: (p: { name?: string }) => p.name ?? '',
      fontSize,
      color: MAP_INK.label,
      textBorderColor: MAP_INK.paper,
      textBorderWidth: projector ? 4 : 2.5,
    },
  };

  const hubSeries = {
    id: 'hub',
    type: 'scatter' as const,
    coordinateSystem: 'geo',
    zlevel: LAYER.marks,
    z: 5,
    symbol: 'diamond',
    symbolSize: nameStyle(input).hubMark,
    itemStyle: {
      color: MAP_INK.label,
      borderColor: MAP_INK.paper,
      borderWidth: projector ? 3 : 1.5,
      opacity: marks ? 1 : 0,
    },
    ...quiet,
    label: {
      show: text && !compact,
      position: 'right',
      formatter: (p: { name?: string }) => p.name ?? '',
      fontSize,
      fontWeight: 'bold' as const,
      color: MAP_INK.label,
      textBorderColor: MAP_INK.paper,
      textBorderWidth: projector ? 4 : 2.5,
      // Its own opacity: on the names layer the mark under it is invisible, and a label
      // otherwise takes its mark's (the hub's name was never drawn there).
      opacity: 1,
    },
    // Only the hub is named on the map; the exemplar cities sit close together (tooltip).
    data: (input.hub ?? []).map((h) => {
      const key = `hub:${h.id}`;
      const spot = spots?.has(key) ? spots.get(key) : 'right';
      return {
        placeId: h.id,
        name: pick(h.name, lang),
        value: [h.coord[0], h.coord[1]],
        symbol: h.kind === 'hub' ? 'diamond' : 'triangle',
        label: {
          show: text && !compact && h.kind === 'hub' && !!spot,
          ...spotLabel(spot ?? 'right', nameStyle(input).hubMark, NAME_DISTANCE),
        },
      };
    }),
  };

  return [labels, ...(input.hub ? [hubSeries] : [])];
}

/** The three stacked layers' inputs: what each layer's option is built from. */
export interface MapLayerInputs {
  /** Provinces (or prefectures) and the ten-dash line: changes with the shading and focus. */
  base: MapBaseInput;
  /** Arcs, place and hub marks: changes with the year. */
  flows: MapOptionInput;
  /** Place names: with every place named, does not change with the year. */
  names: MapNamesInput;
}

/** The ECharts options of the map's three stacked charts, bottom to top. */
export interface MapLayers {
  base: ReturnType<typeof buildMapBase>;
  flows: ReturnType<typeof buildMapFlows>;
  names: ReturnType<typeof buildMapNames>;
}

type Tooltip = (params: unknown) => string;
const baseOptions = new WeakMap<MapBaseInput, WeakMap<Tooltip, MapLayers['base']>>();
const flowsOptions = new WeakMap<MapOptionInput, MapLayers['flows']>();
const namesOptions = new WeakMap<MapNamesInput, WeakMap<NameSpots, MapLayers['names']>>();
/** No names placed yet: each takes its usual spot. */
const UNPLACED: NameSpots = new Map();

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = build();
    cache.set(key, v);
  }
  return v;
}

/**
 * The map as three stacked charts, so that an update redraws only the layer it concerns
 * (ECharts re-renders every component of a chart on each setOption, and the provinces are the
 * costliest drawing): the base (provinces, taking no pointer events), the flows above it (arcs
 * and marks, taking the pointer; redrawn on a year change), and the place names on top. Each
 * layer's option is built once per input object, so a model that kept a layer's input (see
 * createMapModel) gives the same option object and its chart is not redrawn.
 *
 * `tooltip` is the base layer's province tooltip. The base option does not change with the
 * year, but its tooltip must say the year's figures: give a function that reads the latest
 * model's tooltip when called (the flows layer asks the base to show it, see base-pointer.ts).
 */
export function buildMapLayers(
  model: { layers: MapLayerInputs | null; tooltip: Tooltip },
  tooltip: Tooltip = model.tooltip,
  /** The names' spots as placed on screen (placeMapNames); before that, their usual ones. */
  spots: NameSpots = UNPLACED,
): MapLayers | null {
  const { layers } = model;
  if (!layers) return null;
  const bases = cached(baseOptions, layers.base, () => new WeakMap<Tooltip, MapLayers['base']>());
  return {
    base: cached(bases, tooltip, () => buildMapBase(layers.base, tooltip)),
    flows: cached(flowsOptions, layers.flows, () => buildMapFlows(layers.flows, 'apart')),
    names: cached(
      cached(namesOptions, layers.names, () => new WeakMap<NameSpots, MapLayers['names']>()),
      spots,
      () => buildMapNames(layers.names, spots === UNPLACED ? undefined : spots),
    ),
  };
}

/** The tooltip of every part of the map; data strings are escaped. */
export function mapTooltip(input: MapOptionInput): (raw: unknown) => string {
  const { arcs, t, lang, shading, provinces, drill } = input;
  const { byCode, placeName, drillNames } = placeNamer(provinces, lang, drill);
  const arcByKey = new Map(arcs.map((a) => [a.key, a]));
  const hubById = new Map((input.hub ?? []).map((h) => [h.id, h]));
  const line = (s: string) => `<div>${s}</div>`;
  const formatter = (raw: unknown): string => {
    const p = raw as Params;
    if (p.componentType === 'geo') {
      const code = p.name ?? '';
      if (!byCode.has(code) && !drillNames.has(code)) return '';
      const out = [`<strong>${escapeHtml(placeName(code))}</strong>`];
      const prov = byCode.get(code);
      if (prov) out.push(line(escapeHtml(t(`region.${prov.region}`))));
      if (shading.by === 'gdp' && prov) {
        const f = shading.fills.get(code);
        out.push(
          line(
            escapeHtml(
              t('map.tooltip.gdp', {
                value:
                  f && !f.missing
                    ? formatYuan100m(f.value, lang)
                    : `${t('missing.value')} (${input.year})`,
              }),
            ),
          ),
        );
      }
      out.push(
        line(escapeHtml(t('map.tooltip.pairings', { count: input.pairingCounts.get(code) ?? 0 }))),
      );
      out.push(line(`<em>${escapeHtml(t('map.tooltip.click'))}</em>`));
      return out.join('');
    }
    if (p.seriesId?.startsWith('arcs-')) {
      const arc = arcByKey.get(p.data?.key ?? '');
      if (!arc) return '';
      return [
        `<strong>${escapeHtml(`${placeName(arc.east)} → ${placeName(arc.west)}`)}</strong>`,
        line(escapeHtml(t(`model.${arc.model}`))),
        line(escapeHtml(t('map.tooltip.weight', { count: formatInteger(arc.weight, lang) }))),
        line(`<em>${escapeHtml(t('map.tooltip.click'))}</em>`),
      ].join('');
    }
    if (p.seriesId === 'hub') {
      const h = hubById.get(p.data?.placeId ?? '');
      if (!h) return '';
      const quote = pick(h.quote, lang);
      return [
        `<strong>${escapeHtml(pick(h.name, lang))}</strong> · ${escapeHtml(
          t(h.kind === 'hub' ? 'map.hub.hub' : 'map.hub.exemplar'),
        )}`,
        `<div class="map-tooltip__quote">“${escapeHtml(quote)}”</div>`,
        line(`<small>${escapeHtml(h.quote.locator)}</small>`),
      ].join('');
    }
    if (p.seriesId === 'labels') {
      const code = p.data?.adcode ?? '';
      return `<strong>${escapeHtml(placeName(code))}</strong>`;
    }
    return '';
  };

  return formatter;
}

/** The box a drill-down frames: the drilled province's prefecture seats and the arcs' ends. */
export function drillBounds(points: readonly LonLat[]): [LonLat, LonLat] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const pad = 1.5;
  return [
    [Math.min(...lons) - pad, Math.max(...lats) + pad],
    [Math.max(...lons) + pad, Math.min(...lats) - pad],
  ];
}
