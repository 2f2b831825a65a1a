import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ECharts } from 'echarts/core';
import { cursorLabel, cursorSpans, type trendLayout } from './build-trend-option';
import type { TrendModel } from './trend-model';

interface Props {
  chart: ECharts | null;
  year: number;
  xRange: readonly [number, number];
  baseChanges: TrendModel['baseChanges'];
  layout: ReturnType<typeof trendLayout>;
  /** Redraws of the chart that can move the axis (a new option, a new width). */
  option: object;
  /** The element that reports the drawn year as `data-cursor-year` ("" when none is drawn). */
  host: RefObject<HTMLElement | null>;
}

/**
 * The trend's year cursor, drawn in HTML over the chart: a year change then moves two lines and
 * a label instead of re-rendering the whole chart (ECharts redraws every series on setOption).
 * It is placed imperatively, in a layout effect, so a year change costs no extra React render;
 * its x comes from the chart's own axis (convertToPixel), so it lines up with the data.
 */
export function TrendCursor({ chart, year, xRange, baseChanges, layout, option, host }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const lines = useRef<(HTMLSpanElement | null)[]>([]);

  const place = useCallback(() => {
    const el = box.current;
    if (!el) return;
    const inRange = year >= xRange[0] && year <= xRange[1];
    const x =
      chart && !chart.isDisposed() && inRange
        ? (chart.convertToPixel({ xAxisIndex: 0 }, year) as unknown as number)
        : NaN;
    const shown = Number.isFinite(x);
    el.hidden = !shown;
    host.current?.setAttribute('data-cursor-year', shown ? String(year) : '');
    if (!shown || !chart) return;
    const spans = cursorSpans(layout, chart.getHeight());
    spans.forEach(([top, bottom], i) => {
      const line = lines.current[i];
      if (!line) return;
      line.style.transform = `translate(${x}px, ${top}px)`;
      line.style.height = `${Math.max(0, bottom - top)}px`;
    });
    if (label.current) {
      label.current.textContent = cursorLabel(year, baseChanges);
      label.current.style.transform = `translate(${x}px, ${spans[0]![0]}px) translate(-50%, -100%)`;
    }
  }, [chart, year, xRange, baseChanges, layout, host]);

  // After the chart has taken this render's option (children's effects run first).
  useLayoutEffect(place, [place, option]);
  // A resize re-renders the chart without a new option.
  useLayoutEffect(() => {
    if (!chart) return;
    chart.on('finished', place);
    return () => {
      if (!chart.isDisposed()) chart.off('finished', place);
    };
  }, [chart, place]);

  return (
    <div ref={box} className="trend__cursor" aria-hidden="true" data-testid="trend-cursor" hidden>
      {(layout.share ? [0, 1, 2] : [0, 1]).map((i) => (
        <span
          key={i}
          className="trend__cursor-line"
          ref={(n) => void (lines.current[i] = n)}
          style={{ width: layout.thin + 1, marginLeft: -(layout.thin + 1) / 2 }}
        />
      ))}
      <span className="trend__cursor-label" ref={label} style={{ fontSize: layout.font }} />
    </div>
  );
}
