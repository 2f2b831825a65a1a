import { useCallback, useMemo, useRef, useState } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { echarts } from './echarts-core';
import { chartPng, chartSlide, chartSvg, type ExportMeta } from './chart-export';
import { download, exportFileName } from './export';
import { useAtlas } from '../state/store';
import { useT } from './use-t';
import { noteChartDrawn } from './first-screen';

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
  /**
   * A second chart drawn under this one, taking no pointer events: what rarely changes (the
   * map's provinces), so updates of the chart above do not redraw it. Same size and renderer.
   */
  baseOption?: object;
  onBaseReady?: EChartsReactProps['onChartReady'];
  /**
   * A third chart drawn over this one, taking no pointer events: what changes less often than
   * this chart (the map's place names), so its updates do not redraw it. Needs `baseOption`.
   */
  overlayOption?: object;
}

/**
 * The one ECharts wrapper: creates the instance once, updates it with each new option
 * (replacing series rather than merging stale ones), resizes with its box, disposes on
 * unmount. Only this component owns the chart's DOM.
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
  baseOption,
  onBaseReady,
  overlayOption,
}: ChartProps) {
  const opts = useMemo(() => ({ renderer }), [renderer]);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  const layered = !!baseOption;
  const baseStyle = useMemo(() => ({ ...style, pointerEvents: 'none' as const }), [style]);
  const topStyle = useMemo(
    () => (layered ? { ...style, position: 'absolute' as const, top: 0, left: 0 } : style),
    [style, layered],
  );
  const overlayStyle = useMemo(() => ({ ...topStyle, pointerEvents: 'none' as const }), [topStyle]);
  // What every layer's ECharts instance shares; the layers differ in option, style and handlers.
  const shared = { echarts, replaceMerge, opts, autoResize: true };
  const box = useRef<HTMLDivElement>(null);
  // Layered charts come up one per task (base, then this one, then the overlay): each chart's
  // first draw is a long task, and three in one would block input for all three at once.
  const [layersUp, setLayersUp] = useState(layered ? 1 : 3);
  const nextLayer = useCallback(() => {
    window.setTimeout(() => setLayersUp((n) => Math.min(3, n + 1)), 0);
  }, []);
  const baseReady = useCallback<NonNullable<EChartsReactProps['onChartReady']>>(
    (chart) => {
      onBaseReady?.(chart);
      nextLayer();
    },
    [onBaseReady, nextLayer],
  );
  return (
    <>
      <div
        role="img"
        aria-label={label}
        className={className}
        ref={box}
        style={layered ? { position: 'relative' } : undefined}
      >
        {baseOption && (
          <ChartLayer {...shared} option={baseOption} style={baseStyle} onChartReady={baseReady} />
        )}
        {layersUp >= 2 && (
          <ChartLayer
            {...shared}
            option={option}
            onEvents={events}
            style={topStyle}
            onChartReady={(chart) => {
              noteChartDrawn();
              onReady?.(chart);
              if (layered) nextLayer();
            }}
          />
        )}
        {layered && layersUp >= 3 && overlayOption && (
          <ChartLayer {...shared} option={overlayOption} style={overlayStyle} />
        )}
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
function ChartLayer(props: EChartsReactProps & { echarts: typeof echarts }) {
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
  return <EChartsReactCore {...props} shouldSetOption={shouldSetOption} onChartReady={ready} />;
}

function ExportButtons({
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
  return (
    <div className="chart-export" role="group" aria-label={t('export.group')}>
      <button
        type="button"
        onClick={() => {
          const { w, h } = size();
          download(chartPng(option(), w, h, meta.legend?.()), name('png'));
        }}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const { w, h } = size();
          const svg = await chartSvg(option(), w, h, meta.legend?.());
          download(new Blob([svg], { type: 'image/svg+xml' }), name('svg'));
        }}
      >
        {t('export.svg')}
      </button>
      <button
        type="button"
        onClick={async () =>
          download(await chartSlide(option(), meta, size()), name('png', '-slide'))
        }
      >
        {t('export.slide')}
      </button>
    </div>
  );
}
