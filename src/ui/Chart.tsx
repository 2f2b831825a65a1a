import { useCallback, useMemo, useRef } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { echarts } from './echarts-core';
import type { ExportMeta } from './chart-export';
import { download, exportFileName } from './export';
import { useAtlas } from '../state/store';
import { useT } from './use-t';
import { usePanelReport } from './use-panel-load';

export type ChartEvents = Record<string, (params: unknown) => void>;

interface ChartProps {
  /** A memoised option from the view's pure builder. */
  option: object;
  /** Accessible name of the chart (its canvas is opaque to screen readers). */
  label: string;
  /** Event handlers; keep the object referentially stable across renders. */
  events?: ChartEvents;
  /** CSS height of the chart box. */
  height?: number | string;
  /** Series ids to replace on update, so removed data does not linger. */
  replaceMerge?: string[];
  renderer?: 'canvas' | 'svg';
  onReady?: EChartsReactProps['onChartReady'];
  className?: string;
  /** When given, PNG (2×), SVG and 16:9 slide exports are offered under the chart. */
  exportMeta?: ExportMeta;
  /**
   * The option to export, when it differs from the drawn one (what the page overlays in HTML,
   * such as the trend's year cursor, belongs in the file). Called only on export.
   */
  exportOption?: () => object;
}

/**
 * The one ECharts wrapper: creates the instance once, updates it with each new option
 * (replacing series rather than merging stale ones), resizes with its box, disposes on
 * unmount, and offers the exports. Only this component owns the chart's DOM.
 */
export function Chart({
  option,
  label,
  events,
  height = 360,
  replaceMerge = ['series'],
  renderer = 'canvas',
  onReady,
  className,
  exportMeta,
  exportOption,
}: ChartProps) {
  const opts = useMemo(() => ({ renderer }), [renderer]);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  const box = useRef<HTMLDivElement>(null);
  // Its first draw tells the panel around it (the load scheduler counts the first screen by it).
  const report = usePanelReport();
  const ready = useCallback<NonNullable<EChartsReactProps['onChartReady']>>(
    (chart) => {
      report.drawn();
      onReady?.(chart);
    },
    [report, onReady],
  );
  return (
    <>
      <div role="img" aria-label={label} className={className} ref={box}>
        <EChart
          option={option}
          onEvents={events}
          style={style}
          opts={opts}
          replaceMerge={replaceMerge}
          onChartReady={ready}
        />
      </div>
      {exportMeta && (
        <ExportButtons option={exportOption ?? (() => option)} meta={exportMeta} box={box} />
      )}
    </>
  );
}

/**
 * One ECharts instance, which takes no option until it is made. echarts-for-react first makes a
 * throwaway instance to measure the box and makes the real one (with the option of that moment)
 * once the throwaway has finished drawing; an option arriving in between (a view's second render,
 * a dataset coming in) was drawn on the throwaway, whose finishing then waited for its animation:
 * a wasted first render, and the real chart a second or more later.
 */
export function EChart(props: Omit<EChartsReactProps, 'echarts' | 'autoResize'>) {
  const { onChartReady } = props;
  const made = useRef(false);
  const shouldSetOption = useCallback(() => made.current, []);
  const ready = useCallback<NonNullable<EChartsReactProps['onChartReady']>>(
    (chart) => {
      made.current = true;
      onChartReady?.(chart);
    },
    [onChartReady],
  );
  return (
    <EChartsReactCore
      {...props}
      echarts={echarts}
      autoResize
      shouldSetOption={shouldSetOption}
      onChartReady={ready}
    />
  );
}

/** PNG (2×), SVG and 16:9 slide exports of a chart; `box` is the chart's box, for its size. */
export function ExportButtons({
  option,
  meta,
  box,
}: {
  option: () => object;
  meta: ExportMeta;
  box: React.RefObject<HTMLDivElement | null>;
}) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const size = () => {
    const r = box.current?.getBoundingClientRect();
    return {
      w: Math.max(320, Math.round(r?.width ?? 800)),
      h: Math.max(240, Math.round(r?.height ?? 450)),
    };
  };
  const name = (ext: string, suffix = '') =>
    exportFileName(`${meta.view}${suffix}`, year, lang, ext);
  // The export code (image building, legends, the SVG renderer) loads on the first export: no
  // reader waits for it on the first screen.
  const exporter = () => import('./chart-export');
  // Every image says what it is and where it comes from, with the year and filters (caption).
  const framed = () => ({ ...meta, credit: `${t('app.title')} · ${t('embed.licence')}` });
  return (
    <div className="chart-export" role="group" aria-label={t('export.group')}>
      <button
        type="button"
        onClick={async () => {
          const { w, h } = size();
          const { chartPng } = await exporter();
          download(chartPng(option(), w, h, meta.legend?.(), framed()), name('png'));
        }}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const { w, h } = size();
          const { chartSvg } = await exporter();
          const svg = await chartSvg(option(), w, h, meta.legend?.(), framed());
          download(new Blob([svg], { type: 'image/svg+xml' }), name('svg'));
        }}
      >
        {t('export.svg')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const { chartSlide } = await exporter();
          download(await chartSlide(option(), framed(), size()), name('png', '-slide'));
        }}
      >
        {t('export.slide')}
      </button>
    </div>
  );
}
