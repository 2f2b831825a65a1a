import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import type { ViewProps } from '../types';
import { pick } from '../../i18n';
import { selectPairing, selectProvince, setDrill, setOverlay, setShade } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { Chart, type ChartEvents } from '../../ui/Chart';
import { DataAndSources, type Column } from '../../ui/DataAndSources';
import { DatasetErrorPanel } from '../../ui/DatasetErrorPanel';
import { echarts } from '../../ui/echarts-core';
import { useT } from '../../ui/use-t';
import {
  buildMapBase,
  buildMapFlows,
  buildMapNames,
  namesAreSparse,
  buildMapOption,
  drillBounds,
  mapTooltip,
  type MapOptionInput,
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
  type Focus,
} from './flows';
import { mapName, shortPrefecture, type LonLat } from './geo';
import { DRILL_PROVINCES } from '../../data/geo-files';
import { SHADES } from '../../state/url-codec';
import { createBasePointer } from './base-pointer';
import { MapDetail } from './MapDetail';
import { MapLegend, mapExportLegend } from './MapLegend';
import { gdpOfYear, shadeProvinces } from './shading';
import { useChinaGeo, usePrefectureGeo } from './use-geo';
import { usePrinting, useReducedMotion } from '../../ui/use-media';
import './map.css';
import { useWidth } from '../../ui/use-width';
import { pauseWhileHidden } from '../../ui/pause-offscreen';
import { noteChartDrawn } from '../../ui/first-screen';
import type { ECharts } from 'echarts/core';
import { mapMessages } from './messages';

echarts.use([LinesChart, ScatterChart, GeoComponent, TooltipComponent]);

// GDP (for shading), the hub places and the bibliography arrive after the first draw.
type Props = ViewProps<'provinces' | 'pairings', 'gdp' | 'hub' | 'sources'>;
const NO_GDP = new Map<string, number | null>();
const NO_COUNTS = new Map<string, number>();

const sameFocus = (a: Focus, b: Focus) =>
  a === b ||
  (!!a &&
    !!b &&
    a.kind === b.kind &&
    (a.kind === 'province'
      ? a.adcode === (b as { adcode: string }).adcode
      : a.key === (b as { key: string }).key));

type EventParams = {
  componentType?: string;
  seriesId?: string;
  name?: string;
  data?: { key?: string; adcode?: string };
};

/** The collaboration-flow map: provinces, east→west arcs by model, detail of the selection. */
export default function MapView({ data }: Props) {
  const t = useT(mapMessages);
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const year = useAtlas((s) => s.year);
  const models = useAtlas((s) => s.models);
  const programme = useAtlas((s) => s.programme);
  const province = useAtlas((s) => s.province);
  const pairing = useAtlas((s) => s.pairing);
  const embedded = useAtlas((s) => s.mode === 'embed');
  const reduced = useReducedMotion();
  const printing = usePrinting();
  const motion = !reduced && !printing;
  const projector = theme === 'projector';

  const shadeBy = useAtlas((s) => s.shade);
  const showHub = useAtlas((s) => s.overlay === 'hub');
  const drill = useAtlas((s) => s.drill);
  const [hover, setHoverState] = useState<Focus>(null);
  // Stable: the base layer's pointer keeps the first one it is given.
  const setHover = useCallback(
    (f: Focus) => setHoverState((prev) => (sameFocus(prev, f) ? prev : f)),
    [],
  );
  // Hover is transient (not in the URL) and belongs to the map it was made on: a drill-down
  // in or out, from a button or from Back, drops it.
  const [hoverDrill, setHoverDrill] = useState(drill);
  if (hoverDrill !== drill) {
    setHoverDrill(drill);
    setHoverState(null);
  }
  const [width, boxRef] = useWidth(800);
  const compact = width < 600;

  const provinces = data.provinces.provinces;
  const byCode = useMemo(() => new Map(provinces.map((p) => [p.adcode, p])), [provinces]);
  const provinceName = useCallback(
    (code: string) => {
      const p = byCode.get(code);
      return p ? (lang === 'en' ? p.name.en : p.name.zhShort) : code;
    },
    [byCode, lang],
  );

  const china = useChinaGeo();
  const chinaGeo = china.status === 'ready' ? china.geo : null;
  // Without geometry the map has drawn all it will (its message): the panels it holds back
  // until its first chart has drawn need not wait for one.
  const geoFailed = china.status === 'error';
  useEffect(() => {
    if (geoFailed) noteChartDrawn();
  }, [geoFailed]);
  const pref = usePrefectureGeo(drill, chinaGeo);
  const drillGeo = drill && pref.status === 'ready' ? pref.geo : null;

  const filters = useMemo(() => ({ year, models, programme }), [year, models, programme]);
  const set = useMemo(
    () =>
      drill && drillGeo
        ? buildDrillArcs(data.pairings.pairings, provinces, drill, drillGeo.prefectures, filters)
        : buildArcs(data.pairings.pairings, provinces, filters),
    [data.pairings.pairings, provinces, filters, drill, drillGeo],
  );
  const arcs = set.arcs;

  // Prefecture names: the pairings' bilingual names where they give one, else the geometry's
  // (Chinese only, so left out in English).
  const prefectureLabels = useMemo((): PlaceLabel[] => {
    if (!drillGeo) return [];
    const named = new Map<string, { zh: string; en: string }>();
    for (const p of data.pairings.pairings) {
      const code = p.west.place?.adcode;
      if (code && p.west.place) named.set(code, p.west.place.name);
    }
    return drillGeo.prefectures.flatMap((f) => {
      const n = named.get(f.adcode);
      const name = n ? pick(n, lang) : lang === 'en' ? null : shortPrefecture(f.name);
      return name ? [{ key: f.adcode, name, at: f.cp }] : [];
    });
  }, [drillGeo, data.pairings.pairings, lang]);
  const placeName = useCallback(
    (code: string) => prefectureLabels.find((l) => l.key === code)?.name ?? provinceName(code),
    [prefectureLabels, provinceName],
  );

  const hubPlaces = useMemo(() => data.hub?.places ?? [], [data.hub]);
  // What the charts draw of the hub: nothing until asked, so the hub dataset arriving after the
  // first draw does not redraw the map.
  const hubShown = showHub ? hubPlaces : null;
  const gdpYear = useMemo(() => (data.gdp ? gdpOfYear(data.gdp, year) : NO_GDP), [data.gdp, year]);
  const counts = useMemo(() => pairingCounts(arcs), [arcs]);
  // Only what the shading reads, so shading by region stays the same object from year to year
  // (and the base layer is not redrawn).
  const shadeGdp = shadeBy === 'gdp' ? gdpYear : NO_GDP;
  const shadeCounts = shadeBy === 'pairings' ? counts : NO_COUNTS;
  const shading = useMemo(
    () => shadeProvinces(provinces, shadeBy, { gdp: shadeGdp, pairings: shadeCounts }),
    [provinces, shadeBy, shadeGdp, shadeCounts],
  );

  const selectedArc = useMemo(
    () => (pairing ? arcs.find((a) => a.pairingIds.includes(pairing)) : undefined),
    [arcs, pairing],
  );
  const focus = useMemo(
    (): Focus =>
      hover ??
      (selectedArc
        ? { kind: 'arc', key: selectedArc.key }
        : province
          ? { kind: 'province', adcode: province }
          : null),
    [hover, selectedArc, province],
  );
  const highlight = useMemo(() => highlightFor(arcs, focus), [arcs, focus]);

  const programmeName = useMemo(() => {
    const p = data.pairings.programmes.find((x) => x.id === programme);
    return p ? p.name : null;
  }, [data.pairings.programmes, programme]);
  const drillName = drill && drillGeo ? provinceName(drill) : null;
  const summary = summarySentence({ set, filters, t, lang, programmeName, drillName });
  const chartLabel = drillName
    ? t('map.chart.drill', { province: drillName, count: arcs.length })
    : t('map.chart', { year, count: arcs.length });

  const geometrySources = useMemo(
    () => (data.sources?.sources ?? []).filter((s) => s.kind === 'geometry'),
    [data.sources],
  );
  const credit = geometrySources.length
    ? t('map.credit', {
        sources: geometrySources
          .map((s) =>
            lang === 'en'
              ? `${pick(s.publisher, lang)}, ${pick(s.title, lang)}`
              : `${pick(s.publisher, lang)}《${pick(s.title, lang)}》`,
          )
          .join(lang === 'en' ? '; ' : '；'),
      })
    : data.sources
      ? t('map.credit.none')
      : '';

  const regions = useMemo(
    () =>
      chinaGeo && {
        provinces: chinaGeo.provinces
          .map((f) => f.properties.name)
          .filter((c) => !(drillGeo && c === drill)),
        insetLand: drillGeo ? [] : chinaGeo.insetLand.map((f) => f.properties.name),
        insetFrame: drillGeo ? [] : chinaGeo.insetFrame.map((f) => f.properties.name),
        prefectures: drillGeo ? drillGeo.features.map((f) => f.properties.name) : [],
      },
    [chinaGeo, drillGeo, drill],
  );
  const drillInfo = useMemo(
    () =>
      drill && drillGeo
        ? {
            province: drill,
            labels: prefectureLabels,
            boundingCoords: drillBounds([
              ...drillGeo.prefectures.map((p) => p.cp),
              ...arcs.map((a) => a.from as LonLat),
            ]),
          }
        : null,
    [drill, drillGeo, prefectureLabels, arcs],
  );
  const hovered = hover?.kind === 'province' ? hover.adcode : null;
  const input = useMemo(
    (): MapOptionInput | null =>
      chinaGeo && regions
        ? {
            map: mapName(drillInfo ? drill : null),
            regions,
            tenDash: drillGeo ? [] : chinaGeo.tenDash,
            provinces,
            arcs,
            shading,
            pairingCounts: counts,
            highlight,
            selected: province,
            hovered,
            hub: hubShown,
            motion,
            projector,
            compact,
            year,
            lang,
            t,
            drill: drillInfo,
            description: chartLabel,
          }
        : null,
    [
      chinaGeo,
      regions,
      drillGeo,
      drill,
      drillInfo,
      arcs,
      provinces,
      shading,
      counts,
      highlight,
      province,
      hovered,
      hubShown,
      motion,
      projector,
      compact,
      year,
      lang,
      t,
      chartLabel,
    ],
  );
  // The map is two stacked charts: the base (provinces) and the flows above it, which take the
  // pointer. A year change redraws only the flows (see buildMapBase).
  const option = useMemo(() => input && buildMapFlows(input, 'apart'), [input]);
  // The place names have a layer of their own over the flows. With every place named it does
  // not change with the year; on narrow screens and the projector only places with arcs are
  // named, and the set of them is its key.
  const involvedKey = namesAreSparse({ compact, projector })
    ? [...new Set(arcs.flatMap((a) => [a.east, a.west]))].sort().join(',')
    : '';
  const namesOption = useMemo(
    () =>
      chinaGeo && regions
        ? buildMapNames({
            map: mapName(drillInfo ? drill : null),
            provinces,
            highlight,
            selected: province,
            hub: hubShown,
            projector,
            compact,
            lang,
            drill: drillInfo,
            involved: new Set(involvedKey ? involvedKey.split(',') : []),
          })
        : null,
    [
      chinaGeo,
      regions,
      drillInfo,
      drill,
      provinces,
      highlight,
      province,
      hubShown,
      projector,
      compact,
      lang,
      involvedKey,
    ],
  );
  const inputRef = useRef(input);
  useLayoutEffect(() => {
    inputRef.current = input;
  }, [input]);
  // The province tooltip reads the latest data when shown, so the base option need not change
  // with the year.
  const provinceTip = useCallback(
    (p: unknown) => (inputRef.current ? mapTooltip(inputRef.current)(p) : ''),
    [],
  );
  const baseFrame = drillInfo?.boundingCoords;
  const baseOption = useMemo(
    () =>
      chinaGeo && regions
        ? buildMapBase(
            {
              map: mapName(baseFrame ? drill : null),
              regions,
              tenDash: drillGeo ? [] : chinaGeo.tenDash,
              shading,
              highlight,
              selected: province,
              hovered,
              projector,
              drill: drill && baseFrame ? { province: drill, boundingCoords: baseFrame } : null,
            },
            // Called by ECharts when a tooltip shows, never during render.
            // eslint-disable-next-line react-hooks/refs
            provinceTip,
          )
        : null,
    [
      chinaGeo,
      regions,
      drillGeo,
      drill,
      baseFrame,
      shading,
      highlight,
      province,
      hovered,
      projector,
      provinceTip,
    ],
  );
  const exportOption = useCallback(() => (input ? buildMapOption(input) : {}), [input]);

  const regionFeatures = useMemo(
    () =>
      !chinaGeo
        ? []
        : drillGeo
          ? [...chinaGeo.provinces.filter((f) => f.properties.name !== drill), ...drillGeo.features]
          : chinaGeo.provinces,
    [chinaGeo, drillGeo, drill],
  );
  const [pointer] = useState(() =>
    createBasePointer(setHover, (code) => {
      if (/^\d{2}0000$/.test(code)) selectProvince(code);
    }),
  );
  useLayoutEffect(() => pointer.setRegions(regionFeatures), [pointer, regionFeatures]);
  // Redrawing the base (the hover outline, the partners lit) drops its tooltip: show it again.
  // This runs after the chart has taken the new option (children's effects run first).
  useLayoutEffect(() => pointer.reshow(), [pointer, baseOption]);

  // The flows chart animates its particles: paused while the map is scrolled out of view.
  const [flowsChart, setFlowsChart] = useState<ECharts | null>(null);
  const onFlowsReady = useCallback(
    (chart: ECharts) => {
      pointer.wireFlows(chart);
      setFlowsChart(chart);
    },
    [pointer],
  );
  useEffect(() => {
    const el = boxRef.current;
    if (!flowsChart || !el) return;
    return pauseWhileHidden(el, flowsChart.getZr().animation);
  }, [flowsChart, boxRef]);

  // Stable handlers reading the latest arcs through a ref.
  const arcsRef = useRef<readonly Arc[]>(arcs);
  useLayoutEffect(() => {
    arcsRef.current = arcs;
  }, [arcs]);
  const events = useMemo((): ChartEvents => {
    const focusOf = (raw: unknown): Focus => {
      const p = raw as EventParams;
      if (p.seriesId?.startsWith('arcs-') && p.data?.key) return { kind: 'arc', key: p.data.key };
      if (p.seriesId === 'labels' && p.data?.adcode) {
        return { kind: 'province', adcode: p.data.adcode };
      }
      return null;
    };
    return {
      mouseover: (p) => {
        const f = focusOf(p);
        if (f) setHover(f);
      },
      mouseout: () => setHover(null),
      globalout: () => setHover(null),
      click: (p) => {
        const f = focusOf(p);
        if (!f) return;
        if (f.kind === 'arc') {
          const arc = arcsRef.current.find((a) => a.key === f.key);
          if (arc) selectPairing(arc.pairingIds[0]!);
        } else if (/^\d{2}0000$/.test(f.adcode)) selectProvince(f.adcode);
      },
    };
  }, [setHover]);

  const columns = useMemo((): Column<Arc>[] => {
    const progName = (id: string) => {
      const p = data.pairings.programmes.find((x) => x.id === id);
      return p ? pick(p.name, lang) : id;
    };
    const sep = lang === 'en' ? '; ' : '；';
    return [
      { key: 'east', header: t('map.col.east'), cell: (a) => provinceName(a.east) },
      {
        key: 'west',
        header: t('map.col.west'),
        cell: (a) => (
          <button
            type="button"
            className="map-linkbutton"
            onClick={() => selectPairing(a.pairingIds[0]!)}
            onFocus={() => setHover({ kind: 'arc', key: a.key })}
            onBlur={() => setHover(null)}
          >
            {placeName(a.west)}
          </button>
        ),
        text: (a) => placeName(a.west),
      },
      {
        key: 'programme',
        header: t('map.col.programme'),
        cell: (a) => a.programmes.map(progName).join(sep),
      },
      { key: 'model', header: t('map.col.model'), cell: (a) => t(`model.${a.model}`) },
      {
        key: 'years',
        header: t('map.col.years'),
        cell: (a) => yearsText(a.startYear, a.endYear, t),
      },
      { key: 'weight', header: t('map.col.weight'), cell: (a) => a.weight },
    ];
  }, [t, lang, data.pairings.programmes, provinceName, placeName, setHover]);

  const sourceIds = useMemo(() => {
    const ids = new Set<string>([...data.provinces.sourceIds, ...geometrySources.map((s) => s.id)]);
    const drawn = new Set(arcs.flatMap((a) => a.pairingIds));
    for (const p of data.pairings.pairings)
      if (drawn.has(p.id)) p.sourceIds.forEach((s) => ids.add(s));
    for (const id of new Set(arcs.flatMap((a) => a.programmes))) {
      data.pairings.programmes.find((x) => x.id === id)?.sourceIds.forEach((s) => ids.add(s));
    }
    if (shadeBy === 'gdp' && data.gdp) {
      for (const v of data.gdp.values) if (v.year === year) ids.add(v.sourceId);
    }
    if (showHub) hubPlaces.forEach((h) => ids.add(h.quote.sourceId));
    return [...ids];
  }, [data, arcs, geometrySources, shadeBy, showHub, hubPlaces, year]);

  const maxWeight = arcs.reduce((m, a) => Math.max(m, a.weight), 0);
  const minWeight = arcs.reduce((m, a) => Math.min(m, a.weight), Infinity);
  const legendMin = Number.isFinite(minWeight) ? minWeight : 0;
  const domain = shading.domain;
  const exportMeta = useMemo(
    () => ({
      view: 'map',
      title: t('view.map'),
      caption: summary,
      source: credit,
      keepAspect: true,
      // The legend is HTML beside the chart: exported images draw it in.
      legend: () =>
        mapExportLegend({
          shadeBy,
          domain,
          year,
          minWeight: legendMin,
          maxWeight,
          projector,
          t,
          lang,
        }),
    }),
    [t, summary, credit, shadeBy, domain, year, legendMin, maxWeight, projector, lang],
  );
  const height = Math.round(Math.min(projector ? 820 : 720, Math.max(300, width * 0.78)));
  const drillable = DRILL_PROVINCES.filter((c) => byCode.has(c));
  const focusText = !focus ? '' : focus.kind === 'province' ? focus.adcode : focus.key;

  return (
    <div className={`map-view${projector ? ' map-view--projector' : ''}`}>
      <div className="map-toolbar">
        <div className="map-segmented" role="group" aria-label={t('map.shade.label')}>
          <span className="map-toolbar__label" aria-hidden="true">
            {t('map.shade.label')}
          </span>
          {SHADES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={shadeBy === s}
              disabled={s === 'gdp' && !data.gdp}
              onClick={() => setShade(s)}
            >
              {t(`map.shade.${s}`, { year })}
            </button>
          ))}
        </div>
        {/* Shown (disabled) while the hub places load, so the controls below do not move. */}
        {(!data.hub || hubPlaces.length > 0) && (
          <label className="map-toggle">
            <input
              type="checkbox"
              disabled={!data.hub}
              checked={showHub}
              onChange={(e) => setOverlay(e.target.checked ? 'hub' : null)}
            />{' '}
            {t('map.hub.toggle')}
          </label>
        )}
        <div className="map-drill" role="group" aria-label={t('map.drill.label')}>
          {drill ? (
            <button type="button" className="map-drill__back" onClick={() => setDrill(null)}>
              ← {t('map.drill.back')}
            </button>
          ) : (
            drillable.map((c) => (
              <button key={c} type="button" onClick={() => setDrill(c)}>
                {t('map.drill.enter', { province: provinceName(c) })}
              </button>
            ))
          )}
        </div>
      </div>

      <p className="map-summary" aria-live="polite" data-testid="map-summary">
        {summary}
      </p>
      {drill && drillGeo && (
        <p className="map-note">{t('map.drill.note', { province: provinceName(drill) })}</p>
      )}

      <div className="map-main">
        <div className="map-stage">
          <div
            ref={boxRef}
            className="map-chart"
            data-testid="map-chart"
            data-arcs={arcs.length}
            data-year={year}
            data-focus={focusText}
            data-highlighted={highlight ? [...highlight.regions].sort().join(',') : ''}
            data-drill={drill && drillGeo ? drill : ''}
            data-shade={shadeBy}
            data-motion={motion ? 'on' : 'off'}
            data-hub={showHub ? hubPlaces.length : 0}
          >
            {china.status === 'error' && (
              <DatasetErrorPanel title={t('map.geo.error')} errors={china.errors} />
            )}
            {drill && pref.status === 'error' && (
              <DatasetErrorPanel title={t('map.geo.error')} errors={pref.errors} />
            )}
            {(china.status === 'loading' || (drill && pref.status === 'loading')) && (
              <p className="map-geo-loading" role="status">
                {t('map.geo.loading')}
              </p>
            )}
            {option && baseOption && (
              <Chart
                option={option}
                baseOption={baseOption}
                overlayOption={namesOption ?? undefined}
                onBaseReady={pointer.setBase}
                onReady={onFlowsReady}
                label={chartLabel}
                events={events}
                height={height}
                exportMeta={exportMeta}
                exportOption={exportOption}
              />
            )}
          </div>
          <MapLegend
            shadeBy={shadeBy}
            domain={shading.domain}
            year={year}
            models={models}
            minWeight={legendMin}
            maxWeight={maxWeight}
            projector={projector}
            t={t}
            lang={lang}
          />
          <p className="map-credit">{credit}</p>
        </div>
        <MapDetail
          level={embedded ? 2 : 3}
          pairings={data.pairings}
          provinces={provinces}
          sources={data.sources?.sources ?? []}
          gdp={gdpYear}
          filters={filters}
          province={province}
          pairing={pairing}
          t={t}
          lang={lang}
        />
      </div>

      <details className="map-provinces">
        <summary>{t('map.provinces.title')}</summary>
        <ul>
          {provinces.map((p) => (
            <li key={p.adcode}>
              <button
                type="button"
                aria-pressed={province === p.adcode}
                onClick={() => selectProvince(province === p.adcode ? null : p.adcode)}
                onFocus={() => setHover({ kind: 'province', adcode: p.adcode })}
                onBlur={() => setHover(null)}
                onMouseEnter={() => setHover({ kind: 'province', adcode: p.adcode })}
                onMouseLeave={() => setHover(null)}
              >
                {t('map.provinces.item', {
                  name: lang === 'en' ? p.name.en : p.name.zh,
                  count: arcs.filter((a) => a.east === p.adcode || a.westProvince === p.adcode)
                    .length,
                })}
              </button>
            </li>
          ))}
        </ul>
      </details>

      <DataAndSources
        title={t('view.map')}
        columns={columns}
        rows={arcs}
        rowKey={(a) => a.key}
        sourceIds={sourceIds}
        view="map"
      />
    </div>
  );
}
