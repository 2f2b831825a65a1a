import { useMemo } from 'react';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { echarts } from './echarts-core';

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
}: ChartProps) {
  const opts = useMemo(() => ({ renderer }), [renderer]);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  return (
    <div role="img" aria-label={label} className={className}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        replaceMerge={replaceMerge}
        opts={opts}
        style={style}
        onEvents={events}
        onChartReady={onReady}
        autoResize
      />
    </div>
  );
}
