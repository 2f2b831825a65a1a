/**
 * The map's view-model: data + selection + ui → everything the map shows (arcs, summary,
 * shading, highlight, the three layers' inputs, legend, credit, table, export metadata). Pure:
 * no store, no DOM, no ECharts, no clock. The component only lays it out; `buildMapLayers`
 * turns its layer inputs into ECharts options. The shape follows OWID Grapher's MapChartState:
 * one object derives the chart's state, each part from the parts it needs.
 *
 * `createMapModel()` gives a model function that remembers each part's last inputs, so a part
 * whose inputs did not change keeps its identity between calls (what Grapher's MobX `computed`
 * does): a year change gives new arcs and flows, but the same base-layer input, so the base is
 * not redrawn. `mapModel` is the same derivation without memory.
 */
import type { DatasetError } from '../../data/dataset-error';
import type { DatasetMap } from '../../data/datasets';
import { DRILL_PROVINCES, isDrillProvince, type DrillProvince } from '../../data/geo-files';
import type { ModelId } from '../../data/schema/common';
import type { HubPlace } from '../../data/schema/hub';
import type { PairingsFile, Programme } from '../../data/schema/pairings';
import type { Province } from '../../data/schema/provinces';
import type { Source } from '../../data/schema/sources';
import { pick, type Lang } from '../../i18n';
import type { MapT } from './messages';
import { memoLast } from '../../lib/memo';
import { mapTakeaway, yearOverview, type YearOverview } from './takeaway';
import { SHADES, type Shade } from '../../state/url-codec';
import type { ExportField } from '../../ui/export';
import type { ExportMeta } from '../../ui/chart-export';
import {
  drillBounds,
  mapTooltip,
  namesAreSparse,
  type MapBaseInput,
  type MapLayerInputs,
  type MapNamesInput,
  type MapOptionInput,
  type MapRegions,
  type PlaceLabel,
} from './build-map-option';
import {
  buildArcs,
  buildDrillArcs,
  highlightFor,
  pairingCounts,
  summarySentence,
  yearsText,
  type Arc,
  type ArcFilters,
  type ArcSet,
  type Focus,
  type Highlight,
} from './flows';
import {
  mapName,
  shortPrefecture,
  type ChinaGeo,
  type GeoState,
  type LonLat,
  type PrefectureGeo,
  type RegionFeature,
} from './geo';
import { mapExportLegend, type LegendInput } from './legend';
import { gdpOfYear, shadeProvinces, type Shading } from './shading';

/** The datasets and geometry the map reads. */
export interface MapData {
  provinces: DatasetMap['provinces'];
  pairings: DatasetMap['pairings'];
  /** Datasets the map uses once they arrive (after its first draw). */
  gdp?: DatasetMap['gdp'];
  hub?: DatasetMap['hub'];
  sources?: DatasetMap['sources'];
  /** data/geo/china.json. */
  china: GeoState<ChinaGeo>;
  /** The drilled province's prefecture file; null when not drilled. */
  prefectures: GeoState<PrefectureGeo> | null;
}

/** The reader's selection (the store's, mirrored in the URL). */
export interface MapSelection {
  year: number;
  /** Empty = every model. */
  models: readonly ModelId[];
  programme: string | null;
  province: string | null;
  pairing: string | null;
  shade: Shade;
  /** The Zhengzhou hub places drawn over the map. */
  hub: boolean;
  drill: DrillProvince | null;
}

/** How the map is shown: language, theme, size, motion, and the transient hover. */
export interface MapUi {
  lang: Lang;
  t: MapT;
  projector: boolean;
  /** Width of the map's box in CSS px. */
  width: number;
  /** Particles and transitions; false for reduced motion and print. */
  motion: boolean;
  /** What the pointer or keyboard focus is on; not part of the selection. */
  hover: Focus;
  /**
   * The most height the first screen leaves the chart (the dashboard fits the map and the year
   * slider in it); null when the map need not fit (embeds, slides, print).
   */
  room: number | null;
  /** On a slide the map fills the height of its box instead of following its width. */
  fill?: boolean;
  /** The chart's height when the presentation fixes it (an embed); else width and room decide. */
  height?: number;
}

/** Below this the map is too small to read: it then runs under the first screen instead. */
const MIN_HEIGHT = 280;

/** A column of the map's data table; the component may draw a cell as a control. */
export interface MapColumn {
  key: 'east' | 'west' | 'programme' | 'model' | 'years' | 'weight';
  header: string;
  text: (arc: Arc) => string;
}

export interface MapModel {
  /** The national geometry's state; its problems as dataset errors. */
  geo: { status: 'loading' | 'ready' | 'error'; errors: readonly DatasetError[] };
  /** The drill-down's prefecture file: loading, or its problems; null when not drilled. */
  drillGeo: { status: 'loading' | 'ready' | 'error'; errors: readonly DatasetError[] } | null;
  /** The province drawn drilled into (its prefecture geometry is there); null otherwise. */
  drilled: DrillProvince | null;
  /** The arcs drawn, heaviest first: also the table's rows. */
  arcs: readonly Arc[];
  /** The live one-sentence summary. */
  summary: string;
  /** The note under the summary in a drill-down. */
  note: string | null;
  /** The accessible name of the chart. */
  label: string;
  /** The map's sources line (geometry credit). */
  credit: string;
  shading: Shading;
  highlight: Highlight | null;
  /** What is focused, as a key for tests and styling ("" when nothing). */
  focusKey: string;
  /** Whether the hub places are drawn, and how many. */
  hubPlaces: number;
  /** CSS height of the chart box. */
  height: number | string;
  /** The layers' inputs; null until the national geometry is there. */
  layers: MapLayerInputs | null;
  /** The tooltip of every part of the map, for the current state (data strings escaped). */
  tooltip: (params: unknown) => string;
  /** The regions drawn on the base layer, for finding the one under the pointer. */
  regionFeatures: readonly RegionFeature[];
  controls: {
    shades: readonly { shade: Shade; label: string; disabled: boolean }[];
    /** The hub toggle: hidden when the hub dataset has no places; disabled while it loads. */
    hub: 'hidden' | 'disabled' | 'enabled';
    /** Provinces one can drill into, with their buttons' labels. */
    drills: readonly { province: DrillProvince; label: string }[];
  };
  legend: LegendInput;
  /** The keyboard list of provinces. */
  provinceList: readonly { adcode: string; label: string }[];
  table: {
    columns: readonly MapColumn[];
    /** The rows' fields for the CSV and JSON files. */
    fields: readonly ExportField<Arc>[];
    sourceIds: readonly string[];
  };
  /** What the detail panel reads beside the selection. */
  detail: { gdp: Map<string, number | null>; filters: ArcFilters; overview: YearOverview };
  /** The headline for the current state ("2024: 43 relationships; …"). */
  takeaway: string;
  exportMeta: ExportMeta;
}

const NO_GDP = new Map<string, number | null>();
const NO_COUNTS = new Map<string, number>();
const NO_HUB: readonly HubPlace[] = [];
const NO_SOURCES: readonly Source[] = [];

/** Names of places: provinces by their short name, the drilled-into prefectures by theirs. */
function namer(byCode: Map<string, Province>, lang: Lang, labels: readonly PlaceLabel[]) {
  const provinceName = (code: string) => {
    const p = byCode.get(code);
    return p ? (lang === 'en' ? p.name.en : p.name.zhShort) : code;
  };
  const drillNames = new Map(labels.map((l) => [l.key, l.name]));
  return { provinceName, placeName: (code: string) => drillNames.get(code) ?? provinceName(code) };
}

function arcSetOf(
  pairings: PairingsFile['pairings'],
  provinces: readonly Province[],
  filters: ArcFilters,
  drilled: DrillProvince | null,
  prefectures: PrefectureGeo | null,
): ArcSet {
  return drilled && prefectures
    ? buildDrillArcs(pairings, provinces, drilled, prefectures.prefectures, filters)
    : buildArcs(pairings, provinces, filters);
}

/**
 * Prefecture names: the pairings' bilingual names where they give one, else the geometry's
 * (Chinese only, so left out in English).
 */
function prefectureLabelsOf(
  prefectures: PrefectureGeo | null,
  pairings: PairingsFile['pairings'],
  lang: Lang,
): PlaceLabel[] {
  if (!prefectures) return [];
  const named = new Map<string, { zh: string; en: string }>();
  for (const p of pairings) {
    const place = p.west.place;
    if (place?.adcode) named.set(place.adcode, place.name);
  }
  return prefectures.prefectures.flatMap((f) => {
    const n = named.get(f.adcode);
    const name = n ? pick(n, lang) : lang === 'en' ? null : shortPrefecture(f.name);
    return name ? [{ key: f.adcode, name, at: f.cp }] : [];
  });
}

function regionsOf(
  china: ChinaGeo,
  drilled: DrillProvince | null,
  prefectures: PrefectureGeo | null,
): MapRegions {
  const drill = drilled && prefectures;
  return {
    provinces: china.provinces.map((f) => f.properties.name).filter((c) => c !== drilled),
    insetLand: drill ? [] : china.insetLand.map((f) => f.properties.name),
    insetFrame: drill ? [] : china.insetFrame.map((f) => f.properties.name),
    prefectures: drill ? prefectures.features.map((f) => f.properties.name) : [],
  };
}

function regionFeaturesOf(
  china: ChinaGeo | null,
  drilled: DrillProvince | null,
  prefectures: PrefectureGeo | null,
): readonly RegionFeature[] {
  if (!china) return [];
  if (!drilled || !prefectures) return china.provinces;
  return [...china.provinces.filter((f) => f.properties.name !== drilled), ...prefectures.features];
}

function creditOf(geometry: readonly Source[], loaded: boolean, t: MapT, lang: Lang) {
  if (!geometry.length) return loaded ? t('map.credit.none') : '';
  const sources = geometry
    .map((s) =>
      lang === 'en'
        ? `${pick(s.publisher, lang)}, ${pick(s.title, lang)}`
        : `${pick(s.publisher, lang)}《${pick(s.title, lang)}》`,
    )
    .join(lang === 'en' ? '; ' : '；');
  return t('map.credit', { sources });
}

/** Every source behind what is drawn: provinces, geometry, the arcs' pairings and programmes… */
function sourceIdsOf(
  provinces: DatasetMap['provinces'],
  pairings: DatasetMap['pairings'],
  gdp: DatasetMap['gdp'] | undefined,
  arcs: readonly Arc[],
  geometry: readonly Source[],
  shade: Shade,
  year: number,
  hub: readonly HubPlace[] | null,
): string[] {
  const ids = new Set<string>([...provinces.sourceIds, ...geometry.map((s) => s.id)]);
  const drawn = new Set(arcs.flatMap((a) => a.pairingIds));
  for (const p of pairings.pairings) {
    if (drawn.has(p.id)) p.sourceIds.forEach((s) => ids.add(s));
  }
  for (const id of new Set(arcs.flatMap((a) => a.programmes))) {
    pairings.programmes.find((x) => x.id === id)?.sourceIds.forEach((s) => ids.add(s));
  }
  // …and what the fill and the overlay show.
  if (shade === 'gdp' && gdp) {
    for (const v of gdp.values) if (v.year === year) ids.add(v.sourceId);
  }
  hub?.forEach((h) => ids.add(h.quote.sourceId));
  return [...ids];
}

function columnsOf(
  t: MapT,
  lang: Lang,
  programmes: readonly Programme[],
  names: ReturnType<typeof namer>,
): MapColumn[] {
  const programmeName = (id: string) => {
    const p = programmes.find((x) => x.id === id);
    return p ? pick(p.name, lang) : id;
  };
  const sep = lang === 'en' ? '; ' : '；';
  return [
    { key: 'east', header: t('map.col.east'), text: (a) => names.provinceName(a.east) },
    { key: 'west', header: t('map.col.west'), text: (a) => names.placeName(a.west) },
    {
      key: 'programme',
      header: t('map.col.programme'),
      text: (a) => a.programmes.map(programmeName).join(sep),
    },
    { key: 'model', header: t('map.col.model'), text: (a) => t(`model.${a.model}`) },
    {
      key: 'years',
      header: t('map.col.years'),
      text: (a) => yearsText(a.startYear, a.endYear, t, a.startKnown),
    },
    { key: 'weight', header: t('map.col.weight'), text: (a) => String(a.weight) },
  ];
}

/**
 * The arcs as a data file: codes beside the names in the reader's language, years and counts as
 * numbers, an arc still running with no last year.
 */
function fieldsOf(
  t: MapT,
  lang: Lang,
  programmes: readonly Programme[],
  names: ReturnType<typeof namer>,
): ExportField<Arc>[] {
  const programmeName = (id: string) => {
    const p = programmes.find((x) => x.id === id);
    return p ? pick(p.name, lang) : id;
  };
  const sep = lang === 'en' ? '; ' : '；';
  const code = (field: string) => t('export.code', { field });
  return [
    { key: 'east_code', header: code(t('map.col.east')), value: (a) => a.east },
    { key: 'east', header: t('map.col.east'), value: (a) => names.provinceName(a.east) },
    { key: 'west_code', header: code(t('map.col.west')), value: (a) => a.west },
    { key: 'west', header: t('map.col.west'), value: (a) => names.placeName(a.west) },
    {
      key: 'west_province_code',
      header: code(t('map.col.westProvince')),
      value: (a) => a.westProvince,
    },
    { key: 'model_code', header: code(t('map.col.model')), value: (a) => a.model },
    { key: 'model', header: t('map.col.model'), value: (a) => t(`model.${a.model}`) },
    {
      key: 'programme_ids',
      header: t('export.ids', { field: t('map.col.programme') }),
      value: (a) => a.programmes.join(';'),
    },
    {
      key: 'programmes',
      header: t('map.col.programme'),
      value: (a) => a.programmes.map(programmeName).join(sep),
    },
    { key: 'first_year', header: t('map.col.startYear'), value: (a) => a.startYear },
    { key: 'first_year_is_start', header: t('map.col.startKnown'), value: (a) => a.startKnown },
    { key: 'last_year', header: t('map.col.endYear'), value: (a) => a.endYear },
    { key: 'pairings', header: t('map.col.weight'), value: (a) => a.weight },
    { key: 'pairing_ids', header: t('map.col.pairingIds'), value: (a) => a.pairingIds.join(';') },
  ];
}

const geoStatus = <T>(s: GeoState<T>) => ({
  status: s.status,
  errors: s.status === 'error' ? s.errors : [],
});

/** The map model function with memory of each part's last inputs (see the file's comment). */
export function createMapModel(): (data: MapData, selection: MapSelection, ui: MapUi) => MapModel {
  const m = {
    byCode: memoLast(
      (provinces: readonly Province[]) => new Map(provinces.map((p) => [p.adcode, p])),
    ),
    filters: memoLast(
      (year: number, models: readonly ModelId[], programme: string | null): ArcFilters => ({
        year,
        models,
        programme,
      }),
    ),
    arcSet: memoLast(arcSetOf),
    labels: memoLast(prefectureLabelsOf),
    namer: memoLast(namer),
    gdpYear: memoLast((gdp: DatasetMap['gdp'] | undefined, year: number) =>
      gdp ? gdpOfYear(gdp, year) : NO_GDP,
    ),
    counts: memoLast(pairingCounts),
    shading: memoLast(
      (
        provinces: readonly Province[],
        shade: Shade,
        gdp: Map<string, number | null>,
        pairings: Map<string, number>,
      ) => shadeProvinces(provinces, shade, { gdp, pairings }),
    ),
    focus: memoLast(
      (hover: Focus, arcKey: string | null, province: string | null): Focus =>
        hover ??
        (arcKey
          ? { kind: 'arc', key: arcKey }
          : province
            ? { kind: 'province', adcode: province }
            : null),
    ),
    highlight: memoLast(highlightFor),
    geometrySources: memoLast((sources: readonly Source[]) =>
      sources.filter((s) => s.kind === 'geometry'),
    ),
    regions: memoLast(regionsOf),
    regionFeatures: memoLast(regionFeaturesOf),
    drill: memoLast(
      (
        drilled: DrillProvince | null,
        labels: PlaceLabel[],
        prefectures: PrefectureGeo | null,
        arcs: readonly Arc[],
      ) =>
        drilled && prefectures
          ? {
              province: drilled,
              labels,
              boundingCoords: drillBounds([
                ...prefectures.prefectures.map((p) => p.cp),
                ...arcs.map((a) => a.from as LonLat),
              ]),
            }
          : null,
    ),
    flows: memoLast(
      (
        china: ChinaGeo,
        regions: MapRegions,
        drill: MapOptionInput['drill'],
        provinces: readonly Province[],
        arcs: readonly Arc[],
        shading: Shading,
        counts: Map<string, number>,
        highlight: Highlight | null,
        selected: string | null,
        hovered: string | null,
        hub: readonly HubPlace[] | null,
        motion: boolean,
        projector: boolean,
        compact: boolean,
        year: number,
        lang: Lang,
        t: MapT,
        description: string,
      ): MapOptionInput => ({
        map: mapName(drill ? drill.province : null),
        regions,
        tenDash: drill ? [] : china.tenDash,
        provinces,
        arcs,
        shading,
        pairingCounts: counts,
        highlight,
        selected,
        hovered,
        hub,
        motion,
        projector,
        compact,
        year,
        lang,
        t,
        drill,
        description,
      }),
    ),
    // The base depends on the drill-down's frame, not on its labels: a year change in a
    // drill-down reframes only when the arcs' ends do.
    base: memoLast(
      (
        china: ChinaGeo,
        regions: MapRegions,
        drilled: DrillProvince | null,
        frame: [LonLat, LonLat] | null,
        shading: Shading,
        highlight: Highlight | null,
        selected: string | null,
        hovered: string | null,
        projector: boolean,
      ): MapBaseInput => ({
        map: mapName(drilled && frame ? drilled : null),
        regions,
        tenDash: drilled && frame ? [] : china.tenDash,
        shading,
        highlight,
        selected,
        hovered,
        projector,
        drill: drilled && frame ? { province: drilled, boundingCoords: frame } : null,
      }),
    ),
    // With every place named, the names do not change with the year; on narrow screens and the
    // projector only places with arcs are named, and the set of them is the key.
    names: memoLast(
      (
        drill: MapOptionInput['drill'],
        provinces: readonly Province[],
        highlight: Highlight | null,
        selected: string | null,
        hub: readonly HubPlace[] | null,
        projector: boolean,
        compact: boolean,
        lang: Lang,
        involvedKey: string,
      ): MapNamesInput => ({
        map: mapName(drill ? drill.province : null),
        provinces,
        highlight,
        selected,
        hub,
        projector,
        compact,
        lang,
        drill,
        involved: new Set(involvedKey ? involvedKey.split(',') : []),
      }),
    ),
    layers: memoLast(
      (base: MapBaseInput, flows: MapOptionInput, names: MapNamesInput): MapLayerInputs => ({
        base,
        flows,
        names,
      }),
    ),
    tooltip: memoLast(mapTooltip),
    columns: memoLast(columnsOf),
    fields: memoLast(fieldsOf),
    sourceIds: memoLast(sourceIdsOf),
    shades: memoLast((t: MapT, year: number, gdp: boolean) =>
      SHADES.map((shade) => ({
        shade,
        label: t(`map.shade.${shade}`, { year }),
        disabled: shade === 'gdp' && !gdp,
      })),
    ),
    drills: memoLast(
      (byCode: Map<string, Province>, t: MapT, provinceName: (c: string) => string) =>
        DRILL_PROVINCES.filter((c) => byCode.has(c)).map((province) => ({
          province,
          label: t('map.drill.enter', { province: provinceName(province) }),
        })),
    ),
    provinceList: memoLast(
      (provinces: readonly Province[], arcs: readonly Arc[], t: MapT, lang: Lang) =>
        provinces.map((p) => ({
          adcode: p.adcode,
          label: t('map.provinces.item', {
            name: lang === 'en' ? p.name.en : p.name.zh,
            count: arcs.filter((a) => a.east === p.adcode || a.westProvince === p.adcode).length,
          }),
        })),
    ),
    legend: memoLast(
      (
        shadeBy: Shade,
        domain: [number, number] | null,
        year: number,
        minWeight: number,
        maxWeight: number,
        projector: boolean,
        t: MapT,
        lang: Lang,
      ): LegendInput => ({ shadeBy, domain, year, minWeight, maxWeight, projector, t, lang }),
    ),
    overview: memoLast(yearOverview),
    takeaway: memoLast(
      (
        pairingsFile: MapData['pairings'],
        provincesFile: MapData['provinces'],
        filters: ArcFilters,
        t: MapT,
        lang: Lang,
      ) => mapTakeaway({ pairings: pairingsFile, provinces: provincesFile }, filters, t, lang),
    ),
    exportMeta: memoLast(
      (t: MapT, caption: string, source: string, legend: LegendInput): ExportMeta => ({
        view: 'map',
        title: t('view.map'),
        caption,
        source,
        keepAspect: true,
        // The legend is HTML beside the chart: exported images draw it in.
        legend: () => mapExportLegend(legend),
      }),
    ),
  };

  return function mapModel(data, selection, ui) {
    const { year, province, pairing, shade } = selection;
    const { lang, t, projector, width, motion } = ui;
    const provinces = data.provinces.provinces;
    const pairings = data.pairings.pairings;
    const compact = width < 600;

    const china = data.china.status === 'ready' ? data.china.geo : null;
    const drill = isDrillProvince(selection.drill) ? selection.drill : null;
    const prefectures = drill && data.prefectures?.status === 'ready' ? data.prefectures.geo : null;
    const drilled = prefectures ? drill : null;

    const byCode = m.byCode(provinces);
    const filters = m.filters(year, selection.models, selection.programme);
    const set = m.arcSet(pairings, provinces, filters, drilled, prefectures);
    const arcs = set.arcs;
    const labels = m.labels(prefectures, pairings, lang);
    const names = m.namer(byCode, lang, labels);

    const hubPlaces = data.hub?.places ?? NO_HUB;
    // Nothing of the hub until asked, so the hub dataset arriving after the first draw does
    // not redraw the map.
    const hub = selection.hub ? hubPlaces : null;
    const gdpYear = m.gdpYear(data.gdp, year);
    const counts = m.counts(arcs);
    // Only what the shading reads, so shading by region stays the same object from year to
    // year (and the base layer is not redrawn).
    const shading = m.shading(
      provinces,
      shade,
      shade === 'gdp' ? gdpYear : NO_GDP,
      shade === 'pairings' ? counts : NO_COUNTS,
    );

    const hover = ui.hover;
    const selectedArc = pairing ? arcs.find((a) => a.pairingIds.includes(pairing)) : undefined;
    const focus = m.focus(hover, selectedArc?.key ?? null, province);
    const highlight = m.highlight(arcs, focus);

    const programme = data.pairings.programmes.find((x) => x.id === selection.programme);
    const drillName = drilled ? names.provinceName(drilled) : null;
    const summary = summarySentence({
      set,
      filters,
      t,
      lang,
      programmeName: programme?.name ?? null,
      drillName,
    });
    const label = drillName
      ? t('map.chart.drill', { province: drillName, count: arcs.length })
      : t('map.chart', { year, count: arcs.length });

    const geometry = m.geometrySources(data.sources?.sources ?? NO_SOURCES);
    const credit = creditOf(geometry, !!data.sources, t, lang);

    const drillInput = m.drill(drilled, labels, prefectures, arcs);
    const hovered = hover?.kind === 'province' ? hover.adcode : null;
    let layers: MapLayerInputs | null = null;
    let tooltip: (params: unknown) => string = () => '';
    if (china) {
      const regions = m.regions(china, drilled, prefectures);
      const flows = m.flows(
        china,
        regions,
        drillInput,
        provinces,
        arcs,
        shading,
        counts,
        highlight,
        province,
        hovered,
        hub,
        motion,
        projector,
        compact,
        year,
        lang,
        t,
        label,
      );
      const involvedKey = namesAreSparse({ compact, projector })
        ? [...new Set(arcs.flatMap((a) => [a.east, a.west]))].sort().join(',')
        : '';
      layers = m.layers(
        m.base(
          china,
          regions,
          drilled,
          drillInput?.boundingCoords ?? null,
          shading,
          highlight,
          province,
          hovered,
          projector,
        ),
        flows,
        m.names(
          drillInput,
          provinces,
          highlight,
          province,
          hub,
          projector,
          compact,
          lang,
          involvedKey,
        ),
      );
      tooltip = m.tooltip(flows);
    }

    const maxWeight = arcs.reduce((n, a) => Math.max(n, a.weight), 0);
    const minWeight = arcs.reduce((n, a) => Math.min(n, a.weight), Infinity);
    const legend = m.legend(
      shade,
      shading.domain,
      year,
      Number.isFinite(minWeight) ? minWeight : 0,
      maxWeight,
      projector,
      t,
      lang,
    );

    return {
      geo: geoStatus(data.china),
      drillGeo: drill && data.prefectures ? geoStatus(data.prefectures) : null,
      drilled,
      arcs,
      summary,
      note: drillName ? t('map.drill.note', { province: drillName }) : null,
      label,
      credit,
      shading,
      highlight,
      focusKey: !focus ? '' : focus.kind === 'province' ? focus.adcode : focus.key,
      hubPlaces: hub ? hub.length : 0,
      height: ui.fill
        ? '100%'
        : (ui.height ??
          Math.round(
            Math.max(
              MIN_HEIGHT,
              Math.min(projector ? 820 : 720, Math.max(300, width * 0.78), ui.room ?? Infinity),
            ),
          )),
      layers,
      tooltip,
      regionFeatures: m.regionFeatures(china, drilled, prefectures),
      controls: {
        shades: m.shades(t, year, !!data.gdp),
        hub: !data.hub ? 'disabled' : hubPlaces.length > 0 ? 'enabled' : 'hidden',
        drills: m.drills(byCode, t, names.provinceName),
      },
      legend,
      provinceList: m.provinceList(provinces, arcs, t, lang),
      table: {
        columns: m.columns(t, lang, data.pairings.programmes, names),
        fields: m.fields(t, lang, data.pairings.programmes, names),
        sourceIds: m.sourceIds(
          data.provinces,
          data.pairings,
          data.gdp,
          arcs,
          geometry,
          shade,
          year,
          hub,
        ),
      },
      detail: { gdp: gdpYear, filters, overview: m.overview(arcs) },
      takeaway: m.takeaway(data.pairings, data.provinces, filters, t, lang),
      exportMeta: m.exportMeta(t, summary, credit, legend),
    };
  };
}

/** The map model, derived afresh (tests, static builds); components use createMapModel. */
export const mapModel = (data: MapData, selection: MapSelection, ui: MapUi): MapModel =>
  createMapModel()(data, selection, ui);
