import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ECharts } from 'echarts/core';
import { LinesChart } from 'echarts/charts';
import { GeoComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { openYearFromComparison, setCompare } from '../../../state/actions';
import { useAtlas } from '../../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../../state/url-codec';
import { CHANGE_STYLE } from '../../../lib/colours';
import { Chart, EChart, ExportButtons } from '../../../ui/Chart';
import { echarts } from '../../../ui/echarts-core';
import { ScatterChart } from '../../../ui/echarts-scatter';
import { download, exportFileName, toCsv } from '../../../ui/export';
import { usePanelReport } from '../../../ui/use-panel-load';
import { useT } from '../../../ui/use-t';
import { useWidth } from '../../../ui/use-width';
import { provincePairCount, type Focus } from '../flows';
import { createMapModel, type MapData, type MapModel, type MapSelection } from '../model';
import {
  buildDiffOption,
  buildGridExportOption,
  buildSmallMapOption,
  type GridLayout,
} from './build-compare-option';
import { diffArcs, diffCounts, yearDiff, type Change } from './diff';
import { DIFF_COLUMNS, diffCells, diffHeaders, diffRows } from './diff-table';
import { compareMessages, type CompareT } from './messages';
import './compare.css';

// Titles: the grid's export captions each small map with its year and counts.
echarts.use([LinesChart, ScatterChart, GeoComponent, TooltipComponent, TitleComponent]);

type Ready = NonNullable<EChartsReactProps['onChartReady']>;
type ModelFn = ReturnType<typeof createMapModel>;

interface Props {
  /** The map's datasets and its national geometry, loaded (the map's own). */
  data: Omit<MapData, 'prefectures'>;
  /** Years side by side; empty when `diff` is given. */
  compare: readonly number[];
  /** The change between two years; null when `compare` is given. */
  diff: readonly [number, number] | null;
  /** Whether the view shows its controls (the way back to the single map); not in embeds. */
  controls: boolean;
}

/**
 * The map's comparisons, loaded only when the URL asks for one: years side by side as small
 * maps (`compare=`), or what changed between two years (`diff=`).
 */
export default function Comparison({ data, compare, diff, controls }: Props) {
  const t = useT(compareMessages);
  return (
    <div className="map-comparison">
      {controls && (
        <button type="button" className="map-comparison__back" onClick={() => setCompare([])}>
          ← {t('map.back')}
        </button>
      )}
      {diff ? (
        <ChangeMap data={data} from={diff[0]} to={diff[1]} t={t} />
      ) : (
        <SmallMultiples data={data} years={compare} t={t} />
      )}
    </div>
  );
}

/** The selection every map of a comparison shares: the reader's filters and shading. */
function useSharedSelection(): Omit<MapSelection, 'year'> {
  const models = useAtlas((s) => s.models);
  const programme = useAtlas((s) => s.programme);
  const province = useAtlas((s) => s.province);
  const shade = useAtlas((s) => s.shade);
  return useMemo(
    () => ({ models, programme, province, pairing: null, shade, hub: false, drill: null }),
    [models, programme, province, shade],
  );
}

/** Columns of the grid: two on phones, else the years in one row up to four, then rows of three. */
const columnsFor = (n: number, width: number) =>
  width < 600 ? 2 : n <= 3 ? n : n === 4 ? (width >= 1000 ? 4 : 2) : 3;
const GAP = 12;

function SmallMultiples({
  data,
  years,
  t,
}: {
  data: Props['data'];
  years: readonly number[];
  t: CompareT;
}) {
  const lang = useAtlas((s) => s.lang);
  const projector = useAtlas((s) => s.theme === 'projector');
  const shared = useSharedSelection();
  const [width, gridRef] = useWidth(800);
  const columns = columnsFor(years.length, width);
  const cell = Math.max(140, Math.floor((width - GAP * (columns - 1)) / columns));
  // A province under the pointer in any map lights in every map.
  const [hover, setHover] = useState<Focus>(null);

  // One remembering model per year, so a hover redraws only what it changes.
  const [modelFns] = useState(() => new Map<number, ModelFn>());
  const modelOf = (year: number): MapModel => {
    let fn = modelFns.get(year);
    if (!fn) {
      fn = createMapModel();
      modelFns.set(year, fn);
    }
    return fn(
      { ...data, prefectures: null },
      { ...shared, year },
      { lang, t, projector, width: cell, motion: false, hover, room: null },
    );
  };
  const models = years.map((year) => ({ year, model: modelOf(year) }));
  // One width scale for all: the heaviest arc of any year is the widest everywhere.
  const widthMax = models.reduce(
    (m, { model }) => model.arcs.reduce((n, a) => Math.max(n, a.weight), m),
    1,
  );

  const title = t('map.grid.title', { years: years.join(lang === 'en' ? ', ' : '、') });
  const cells = models.flatMap(({ year, model }) =>
    model.layers ? [{ year, counts: countsText(model, t, lang), flows: model.layers.flows }] : [],
  );
  // Laid out as the page lays the grid out, its captions as tall as the page's (read when asked).
  const exportOption = () => {
    const rows = Math.ceil(years.length / columns);
    const height = gridRef.current?.getBoundingClientRect().height ?? 0;
    const mapHeight = Math.round(cell * 0.8);
    const layout: GridLayout = {
      columns,
      cellWidth: cell,
      mapHeight,
      captionHeight: Math.max(36, (height - (rows - 1) * GAP) / rows - mapHeight),
      gap: GAP,
    };
    return buildGridExportOption(cells, layout, widthMax);
  };
  const exportMeta = {
    view: `map-compare-${years.join('-')}`,
    title,
    caption: cells.map((c) => `${c.year}: ${c.counts}`).join(lang === 'en' ? '; ' : '；'),
    source: models[0]?.model.credit ?? '',
    keepAspect: true,
  };

  return (
    <section aria-label={title}>
      <h3 className="map-comparison__title">
        {t('map.grid.title', { years: years.join(lang === 'en' ? ', ' : '、') })}
      </h3>
      <p className="map-comparison__note">{t('map.grid.note', { max: widthMax })}</p>
      <div
        ref={gridRef}
        className="map-grid"
        data-testid="map-grid"
        data-focus={hover?.kind === 'province' ? hover.adcode : ''}
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP }}
      >
        {models.map(({ year, model }) => (
          <SmallMap
            key={year}
            year={year}
            model={model}
            widthMax={widthMax}
            width={cell}
            onHover={setHover}
            t={t}
            lang={lang}
          />
        ))}
      </div>
      {cells.length === years.length && (
        <ExportButtons option={exportOption} meta={exportMeta} box={gridRef} />
      )}
    </section>
  );
}

/** A small map's counts: relationships and province pairs, as the single map counts them. */
const countsText = (model: MapModel, t: CompareT, lang: string) =>
  `${t('map.count.relationships', { count: model.arcs.length })}${lang === 'en' ? ', ' : '，'}${t('map.count.provincePairs', { count: provincePairCount(model.arcs) })}`;

function SmallMap({
  year,
  model,
  widthMax,
  width,
  onHover,
  t,
  lang,
}: {
  year: number;
  model: MapModel;
  widthMax: number;
  /** The small map's width in CSS px (its height follows). */
  width: number;
  onHover: (f: Focus) => void;
  t: CompareT;
  lang: string;
}) {
  const flows = model.layers?.flows;
  const opensInMap = year >= YEAR_MIN && year <= YEAR_MAX;
  const clickText = opensInMap ? t('map.grid.open', { year }) : null;
  const option = useMemo(
    () => (flows ? buildSmallMapOption({ ...flows, widthMax }, width, clickText) : null),
    [flows, widthMax, width, clickText],
  );
  const open = useCallback(() => {
    if (opensInMap) openYearFromComparison(year);
  }, [opensInMap, year]);
  const events = useMemo(
    () => ({
      mouseover: (p: unknown) => {
        const e = p as { componentType?: string; name?: string };
        if (e.componentType === 'geo' && e.name && /^\d{2}0000$/.test(e.name)) {
          onHover({ kind: 'province', adcode: e.name });
        }
      },
      globalout: () => onHover(null),
      click: open,
    }),
    [onHover, open],
  );
  const report = usePanelReport();
  const [chart, setChart] = useState<ECharts | null>(null);
  const ready = useCallback<Ready>(
    (c) => {
      setChart(c);
      report.drawn();
    },
    [report],
  );
  // Leaving the map by its edge is not always a `globalout` for the geo: clear on leave too.
  useEffect(() => {
    if (!chart) return;
    const zr = chart.getZr();
    const out = () => onHover(null);
    zr.on('globalout', out);
    return () => {
      zr.off('globalout', out);
    };
  }, [chart, onHover]);

  const pairs = provincePairCount(model.arcs);
  const style = useMemo(() => ({ height: Math.round(width * 0.8), width: '100%' }), [width]);
  const counts = countsText(model, t, lang);
  return (
    <figure
      className="map-small"
      data-testid="map-small"
      data-year={year}
      data-arcs={model.arcs.length}
      data-pairs={pairs}
      data-highlighted={model.highlight ? [...model.highlight.regions].sort().join(',') : ''}
    >
      <figcaption className="map-small__caption">
        {opensInMap ? (
          <button
            type="button"
            className="map-small__year"
            onClick={open}
            aria-label={t('map.grid.open', { year })}
            title={t('map.grid.open', { year })}
          >
            {t('map.grid.year', { year })}
          </button>
        ) : (
          <span
            className="map-small__year map-small__year--static"
            title={t('map.grid.early', { min: YEAR_MIN, year })}
          >
            {t('map.grid.year', { year })}
          </span>
        )}{' '}
        <span className="map-small__counts">{counts}</span>
      </figcaption>
      <div
        role="img"
        aria-label={model.label}
        className={opensInMap ? 'map-small__chart map-small__chart--opens' : 'map-small__chart'}
      >
        {option && (
          <EChart
            option={option}
            onEvents={events}
            style={style}
            opts={CANVAS}
            replaceMerge={REPLACE}
            onChartReady={ready}
          />
        )}
      </div>
    </figure>
  );
}

function ChangeMap({
  data,
  from,
  to,
  t,
}: {
  data: Props['data'];
  from: number;
  to: number;
  t: CompareT;
}) {
  const lang = useAtlas((s) => s.lang);
  const projector = useAtlas((s) => s.theme === 'projector');
  const shared = useSharedSelection();
  const [width, boxRef] = useWidth(800);
  const [modelFn] = useState(createMapModel);
  // The second year's map gives the base (its shading) and the place names.
  const model = modelFn(
    { ...data, prefectures: null },
    { ...shared, province: null, year: to },
    { lang, t, projector, width, motion: false, hover: null, room: null },
  );
  const { pairings, provinces } = data;
  const diff = useMemo(
    () =>
      yearDiff(pairings.pairings, from, to, { models: shared.models, programme: shared.programme }),
    [pairings, from, to, shared.models, shared.programme],
  );
  const { arcs, unplaced } = useMemo(() => diffArcs(diff, provinces.provinces), [diff, provinces]);
  const counts = useMemo(() => diffCounts(diff, arcs), [diff, arcs]);
  const sources = data.sources?.sources ?? null;
  const rows = useMemo(
    () =>
      diffRows(diff, {
        provinces: provinces.provinces,
        programmes: pairings.programmes,
        sources,
        t,
        lang,
      }),
    [diff, provinces, pairings, sources, t, lang],
  );
  const countText = useCallback(
    (c: { pairings: number; pairs: number }) =>
      t('map.diff.count', {
        pairings: t('map.count.pairings', { count: c.pairings }),
        pairs: t('map.count.provincePairs', { count: c.pairs }),
      }),
    [t],
  );
  const title = t('map.diff.title', { from, to });
  const label = t('map.diff.chart', { from, to });
  const caption = useMemo(
    () =>
      LISTED.map((c) => `${t(`map.diff.${c}`)}: ${countText(counts[c])}`).join(
        lang === 'en' ? '; ' : '；',
      ),
    [t, countText, counts, lang],
  );

  const layers = model.layers;
  const option = useMemo(() => {
    if (!layers) return null;
    const byCode = new Map(provinces.provinces.map((p) => [p.adcode, p]));
    const placeName = (code: string) => {
      const p = byCode.get(code);
      return p ? (lang === 'en' ? p.name.en : p.name.zhShort) : code;
    };
    const involved = new Set(arcs.flatMap((a) => [a.east, a.west]));
    return buildDiffOption({
      base: { ...layers.base, highlight: null, hovered: null, selected: null },
      names: { ...layers.names, involved, compact: true },
      arcs,
      projector,
      placeName,
      t,
      description: `${label}. ${caption}`,
    });
  }, [layers, arcs, provinces, lang, projector, t, label, caption]);

  const exportMeta = useMemo(
    () => ({
      view: `map-diff-${from}-${to}`,
      title,
      caption,
      source: model.credit,
      keepAspect: true,
    }),
    [from, to, title, caption, model.credit],
  );
  const csv = () =>
    download(
      new Blob(
        [
          toCsv(
            diffHeaders(t),
            rows.map((r) => diffCells(r, t, lang)),
          ),
        ],
        {
          type: 'text/csv;charset=utf-8',
        },
      ),
      exportFileName(`map-diff-${from}`, to, lang, 'csv'),
    );

  return (
    <section aria-label={title} className="map-diff">
      <h3 className="map-comparison__title">{title}</h3>
      <ul className="map-diff__legend" data-testid="map-diff-counts">
        {LISTED.map((c) => (
          <li
            key={c}
            data-change={c}
            data-pairings={counts[c].pairings}
            data-pairs={counts[c].pairs}
          >
            <ChangeKey change={c} />
            <strong>{t(`map.diff.legend.${c}`, { from, to })}</strong>: {countText(counts[c])}
          </li>
        ))}
      </ul>
      <div ref={boxRef} className="map-diff__chart" data-testid="map-diff-chart">
        {option && (
          <Chart
            option={option}
            label={label}
            height={Math.round(Math.min(projector ? 820 : 640, Math.max(260, width * 0.72)))}
            exportMeta={exportMeta}
          />
        )}
      </div>
      <p className="map-comparison__note">{t('map.diff.rule')}</p>
      {unplaced > 0 && (
        <p className="map-comparison__note">{t('map.diff.unplaced', { count: unplaced })}</p>
      )}
      <p className="map-credit">{model.credit}</p>

      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('map.diff.table', { from, to })}
      >
        <table className="map-diff__table" data-testid="map-diff-table">
          <caption>{t('map.diff.table', { from, to })}</caption>
          <thead>
            <tr>
              {diffHeaders(t).map((h, i) => (
                <th key={DIFF_COLUMNS[i]} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={DIFF_COLUMNS.length}>{t('map.diff.none')}</td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={`${r.change}-${r.id}`} data-pairing={r.id} data-change={r.change}>
                <td>
                  <ChangeKey change={r.change} /> {t(`map.diff.${r.change}`)}
                </td>
                <td>{r.east}</td>
                <td>{r.west}</td>
                <td>{r.programme}</td>
                <td>{r.years}</td>
                <td>
                  {sources ? (
                    <ul className="map-diff__sources">
                      {r.sources.map((s, i) => (
                        <li key={i}>{s}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="map-diff__loading">{t('map.diff.sourcesLoading')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="data-sources__export">
        <button type="button" onClick={csv}>
          {t('map.diff.csv')}
        </button>
      </div>
    </section>
  );
}

/** The legend's swatch of a change: its line colour, dashed for what ended, thin for what continued. */
function ChangeKey({ change }: { change: Change }) {
  const { colour, dash } = CHANGE_STYLE[change];
  return (
    <span
      className="map-diff__key"
      aria-hidden="true"
      style={{
        borderTopColor: colour,
        borderTopStyle: dash,
        borderTopWidth: change === 'continued' ? 2 : 4,
      }}
    />
  );
}

/** The changes in the order they are told: what is new first. */
const LISTED: readonly Change[] = ['started', 'ended', 'continued'];

const CANVAS = { renderer: 'canvas' as const };
const REPLACE = ['series'];
