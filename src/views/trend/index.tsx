import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LineChart } from 'echarts/charts';
import { ScatterChart } from '../../ui/echarts-scatter';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import type { ECharts } from 'echarts/core';
import { showsControls, type ViewProps } from '../types';
import { embedChartHeight } from '../../modes/embed/layout';
import { pick } from '../../i18n';
import { formatRatio, formatYuan100m } from '../../lib/format';
import type { RatioPoint } from '../../data/queries/regions';
import { selectPolicy, setYear, toggleSeries } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../state/url-codec';
import { Chart, type ChartEvents } from '../../ui/Chart';
import { DataAndSources, EmbedSource, type Column } from '../../ui/DataAndSources';
import type { ExportField } from '../../ui/export';
import { echarts } from '../../ui/echarts-core';
import { useT } from '../../ui/use-t';
import { TrendCursor } from './TrendCursor';
import {
  buildTrendOption,
  trendLayout,
  circled,
  claimVerdict,
  formatClaimValue,
  LINE_STYLE,
  vintageNote,
} from './build-trend-option';
import { buildTrendModel, OPTIONAL_LINES } from './trend-model';
import { useMotion } from '../../ui/use-media';
import './trend.css';
import { useWidth } from '../../ui/use-width';
import { trendMessages } from './messages';
import { trendTakeaway } from './takeaway';
import { Takeaway } from '../../ui/Takeaway';

echarts.use([
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
]);

// Policy markers and source names join once their files arrive (after the first draw).
type Props = ViewProps<'provinces' | 'gdp', 'policies' | 'sources'>;
const NONE: never[] = [];

/** The West/East GDP-ratio trend with the paper's claims checked and policy markers. */
export default function TrendView(props: Props) {
  const { data } = props;
  // On a slide: the chart alone, filling its box, the step's claim drawn stronger.
  const slide = props.presentation === 'slide';
  // In an embed: the takeaway, the chart with its key and the source line.
  const embed = props.presentation === 'embed';
  const controls = showsControls(props);
  const claim = props.focus?.claim ?? null;
  const t = useT(trendMessages);
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const year = useAtlas((s) => s.year);
  const policy = useAtlas((s) => s.policy);
  // No animation when the reader asks for none or an export waits for a still frame.
  const reducedMotion = !useMotion();
  // The lines shown beside West/East are in the URL (`series`), so a shared link shows them.
  const lines = useAtlas((s) => s.series);
  const [width, boxRef] = useWidth(640);
  const compact = width < 480;
  const projector = theme === 'projector';

  const model = useMemo(
    () =>
      buildTrendModel(
        data.gdp,
        data.provinces.provinces,
        data.policies?.policies ?? NONE,
        data.sources?.sources ?? NONE,
        [YEAR_MIN, YEAR_MAX],
      ),
    [data.gdp, data.provinces, data.policies, data.sources],
  );
  const style = useMemo(
    () => ({ projector, reducedMotion, compact }),
    [projector, reducedMotion, compact],
  );
  const layout = useMemo(() => trendLayout(model, style, t, lines), [model, style, t, lines]);
  // The drawn option leaves the year out (TrendCursor draws it), so a year change does not
  // re-render the chart; the exported one draws it in.
  const option = useMemo(
    () => buildTrendOption(model, { year: null, policy, lines, claim }, t, lang, style),
    [model, policy, lines, claim, t, lang, style],
  );
  const exportOption = useCallback(
    () => buildTrendOption(model, { year, policy, lines }, t, lang, style),
    [model, year, policy, lines, t, lang, style],
  );

  // Stable across year and selection changes: it depends only on the data.
  const events = useMemo<ChartEvents>(
    () => ({
      click: (raw) => {
        const p = raw as { seriesId?: string; data?: { id?: string } };
        if (p.seriesId !== 'policies' || !p.data?.id) return;
        const mark = model.markers.find((m) => m.policy.id === p.data!.id);
        if (!mark) return;
        selectPolicy(mark.policy.id, { year: mark.year });
      },
    }),
    [model],
  );
  // A click anywhere on the ratio grid picks that year (ECharts' own click only hits symbols).
  const wired = useRef(new WeakSet<ECharts>());
  const [chart, setChart] = useState<ECharts | null>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const onReady = useCallback((chart: ECharts) => {
    if (wired.current.has(chart)) return;
    wired.current.add(chart);
    setChart(chart);
    chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
      const px = [e.offsetX, e.offsetY];
      if (!chart.containPixel({ gridIndex: 0 }, px)) return;
      const [x] = chart.convertFromPixel({ gridIndex: 0 }, px) as number[];
      if (typeof x === 'number' && Number.isFinite(x)) setYear(Math.round(x));
    });
  }, []);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const [x0, x1] = model.xRange;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = year + 1;
    else if (e.key === 'ArrowLeft') next = year - 1;
    else if (e.key === 'Home') next = x0;
    else if (e.key === 'End') next = x1;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    setYear(Math.min(x1, Math.max(x0, next)));
  };

  const current = model.points.find((p) => p.year === year) ?? null;
  const label = t('trend.chart', {
    from: model.points[0]?.year,
    to: model.points[model.points.length - 1]?.year,
    year,
    value: current?.westEast == null ? t('missing.value') : formatRatio(current.westEast, lang),
  });

  const missing = t('missing.value');
  const columns = useMemo<Column<RatioPoint>[]>(
    () => [
      { key: 'year', header: t('trend.col.year'), cell: (p) => String(p.year) },
      ...(['east', 'central', 'west', 'northeast'] as const).map((r) => ({
        key: r,
        header: t(`region.${r}`),
        cell: (p: RatioPoint) => formatYuan100m(p.totals[r], lang, missing),
      })),
      {
        key: 'westEast',
        header: t('trend.col.ratio'),
        cell: (p) => (p.westEast === null ? missing : formatRatio(p.westEast, lang)),
      },
      {
        key: 'vintage',
        header: t('trend.col.vintage'),
        cell: (p) => vintageNote(model, p, t, lang),
      },
    ],
    [t, lang, missing, model],
  );
  // The data file: GDP totals and ratios as numbers (empty where missing), not formatted text.
  const fields = useMemo<ExportField<RatioPoint>[]>(
    () => [
      { key: 'year', header: t('trend.col.year'), value: (p) => p.year },
      ...(['east', 'central', 'west', 'northeast'] as const).map((r) => ({
        key: `${r}_gdp`,
        header: t('export.unit100m', { field: t(`region.${r}`) }),
        value: (p: RatioPoint) => p.totals[r],
      })),
      { key: 'west_east', header: t('trend.line.westEast'), value: (p) => p.westEast },
      ...OPTIONAL_LINES.map((id) => ({
        key: id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        header: t(`trend.line.${id}`),
        value: (p: RatioPoint) => p[id],
      })),
      {
        key: 'vintage',
        header: t('trend.col.vintage'),
        value: (p) => vintageNote(model, p, t, lang),
      },
    ],
    [t, lang, model],
  );
  const sourceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const m of model.yearMeta.values()) for (const s of m.sourceIds) ids.add(s);
    for (const c of model.claims) ids.add(c.claim.quote.sourceId);
    for (const b of model.baseChanges) for (const s of b.sourceIds) ids.add(s);
    for (const m of model.markers) for (const s of m.policy.sourceIds) ids.add(s);
    return [...ids];
  }, [model]);

  const sourceName = (id: string) => {
    const s = data.sources?.sources.find((x) => x.id === id);
    return s ? `${pick(s.publisher, lang)}《${pick(s.title, lang)}》` : id;
  };

  const takeaway = useMemo(
    () => trendTakeaway(model.points, { year }, t, lang),
    [model.points, year, t, lang],
  );
  // The share panel adds its own height: the ratio panel keeps its size when it appears.
  const height =
    (embed ? embedChartHeight('trend', window.innerWidth) : projector ? 520 : compact ? 340 : 380) +
    layout.extraHeight;
  return (
    <div className={slide ? 'trend slide-col' : 'trend'} ref={boxRef}>
      {(controls || embed) && <Takeaway text={takeaway} view="trend" />}
      {(controls || embed) && (
        <div className="trend__toggles" role="group" aria-label={t('trend.toggles')}>
          <span className="trend__legend">
            <span
              className="trend__swatch"
              style={{ background: LINE_STYLE.westEast.colour }}
              aria-hidden="true"
            />
            {t('trend.line.westEast')}
          </span>
          {controls &&
            OPTIONAL_LINES.map((id) => (
              <button
                key={id}
                type="button"
                aria-pressed={lines.includes(id)}
                onClick={() => toggleSeries(id)}
              >
                <span
                  className="trend__swatch"
                  style={{ background: LINE_STYLE[id].colour }}
                  aria-hidden="true"
                />
                {t(`trend.line.${id}`)}
              </button>
            ))}
        </div>
      )}
      <div
        className={slide ? 'trend__chart slide-fill' : 'trend__chart'}
        tabIndex={0}
        role="group"
        aria-label={t('trend.keys')}
        onKeyDown={onKey}
        data-testid="trend-chart"
        ref={chartBox}
      >
        <Chart
          option={option}
          label={label}
          events={events}
          onReady={onReady}
          height={slide ? '100%' : height}
          className={slide ? 'chart-fill' : undefined}
          replaceMerge={['series']}
          exportOption={exportOption}
          exportMeta={
            controls
              ? {
                  view: 'trend',
                  title: t('view.trend'),
                  caption: label,
                  source: sourceIds.map(sourceName).join('; '),
                }
              : undefined
          }
        />
        <TrendCursor
          chart={chart}
          year={year}
          xRange={model.xRange}
          baseChanges={model.baseChanges}
          layout={layout}
          option={option}
          host={chartBox}
        />
      </div>
      {/* An embed leaves the claims to their marks on the chart and the full atlas. */}
      {controls && !embed && (
        <section
          className="trend__claims"
          aria-labelledby="trend-claims-title"
          data-testid="trend-claims"
        >
          {/* Not a heading: the panel's heading level differs between dashboard and embed. */}
          <p id="trend-claims-title" className="trend__claims-title">
            {t('trend.claims.title')}
          </p>
          <ol className="trend__claim-list">
            {model.claims.map((c) => {
              const v = claimVerdict(c, t, lang);
              return (
                <li
                  key={c.claim.id}
                  className={`trend__claim trend__claim--${c.within === null ? 'unknown' : c.within ? 'ok' : 'off'}`}
                  data-claim={c.claim.id}
                >
                  <span className="trend__claim-n" aria-hidden="true">
                    {circled(c.n)}
                  </span>
                  <blockquote lang={lang === 'en' ? 'en' : 'zh-CN'}>
                    “{pick(c.claim.quote, lang)}”
                    {lang === 'en' && (
                      <span className="trend__claim-note"> {t('trend.claim.translation')}</span>
                    )}
                  </blockquote>
                  <p className="trend__claim-source">
                    {t('trend.claim.source', {
                      source: sourceName(c.claim.quote.sourceId),
                      locator: c.claim.quote.locator,
                    })}
                  </p>
                  <p className="trend__claim-check">
                    <span data-testid="claim-computed">
                      {t(
                        c.claim.years[0] === c.claim.years[1]
                          ? 'trend.claim.dataYear'
                          : 'trend.claim.dataLong',
                        {
                          from: c.claim.years[0],
                          to: c.claim.years[1],
                          value: c.computed === null ? missing : formatClaimValue(c.computed, lang),
                        },
                      )}
                    </span>{' '}
                    ·{' '}
                    {t('trend.claim.paper', {
                      value: formatRatio(c.claim.value, lang, { digits: 2 }),
                    })}{' '}
                    ·{' '}
                    <strong>
                      <span aria-hidden="true">{v.mark} </span>
                      {v.text}
                    </strong>
                  </p>
                </li>
              );
            })}
          </ol>
          {model.baseChanges.map((b) => (
            <p key={`${b.fromYear}-${b.toYear}`} className="trend__base-note">
              † {t('trend.baseChange')} ({b.fromYear}→{b.toYear}): {pick(b.note, lang)}
            </p>
          ))}
          <p className="trend__unit">{t('trend.unit')}</p>
        </section>
      )}
      {embed && <EmbedSource sourceIds={sourceIds} sources={data.sources?.sources} />}
      {controls && !embed && (
        <DataAndSources
          title={t('view.trend')}
          columns={columns}
          rows={model.points}
          rowKey={(p) => String(p.year)}
          fields={fields}
          sourceIds={sourceIds}
          view="trend"
        />
      )}
    </div>
  );
}
