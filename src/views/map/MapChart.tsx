import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ECharts } from 'echarts/core';
import { LinesChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import type { EChartsReactProps } from 'echarts-for-react/esm/types';
import { selectPairing, selectProvince } from '../../state/actions';
import { EChart, ExportButtons } from '../../ui/Chart';
import { echarts } from '../../ui/echarts-core';
import { ScatterChart } from '../../ui/echarts-scatter';
import { canvasMeasure } from '../../ui/text-measure';
import { pauseWhileHidden } from '../../ui/pause-offscreen';
import { usePanelReport } from '../../ui/use-panel-load';
import { createBasePointer, flowsEvents } from './base-pointer';
import { buildMapLayers, buildMapOption, placeMapNames, type NameSpots } from './build-map-option';
import type { LonLat } from './geo';
import type { Focus } from './flows';
import type { MapModel } from './model';

echarts.use([LinesChart, ScatterChart, GeoComponent, TooltipComponent]);

type Ready = NonNullable<EChartsReactProps['onChartReady']>;

const isProvince = (code: string) => /^\d{2}0000$/.test(code);

interface Props {
  /** The map's model; its `layers` must be there (the national geometry loaded). */
  model: MapModel;
  /** Stable: the hover or keyboard focus changed (null when it left). */
  onHover: (focus: Focus) => void;
  /** Shown right under the chart, above the export buttons (the dashboard's year slider). */
  children?: ReactNode;
  /** Offer the PNG, SVG and slide exports under the map (not on a slide, nor in a bare embed). */
  exports?: boolean;
}

/**
 * The map's chart: three stacked ECharts instances (see buildMapLayers) in one box with one
 * accessible name, and the exports, which draw the map as one chart. Private to the map: the
 * layers, their staging and the pointer that crosses them are the map's business.
 */
export function MapChart({ model, onHover, children, exports = true }: Props) {
  // The base layer's option does not change with the year; its province tooltip, shown on
  // request, reads the figures of the latest model.
  const tooltip = useRef(model.tooltip);
  useLayoutEffect(() => {
    tooltip.current = model.tooltip;
  }, [model.tooltip]);
  const [baseTooltip] = useState(() => (p: unknown) => tooltip.current(p));
  // Where each name goes so that none overlaps another: placed from the names chart's own
  // pixels once it has drawn, again when the names or the map's size change.
  const [placed, setPlaced] = useState<{ for: unknown; spots: NameSpots } | null>(null);
  const namesInput = model.layers?.names;
  const spots = placed && placed.for === namesInput ? placed.spots : undefined;
  const layers = buildMapLayers(model, baseTooltip, spots);

  const [pointer] = useState(() =>
    createBasePointer(onHover, (code) => {
      if (isProvince(code)) selectProvince(code);
    }),
  );
  useLayoutEffect(() => pointer.setRegions(model.regionFeatures), [pointer, model.regionFeatures]);
  // Redrawing the base (the hover outline, the partners lit) drops its tooltip: show it again.
  // This runs after the charts have taken their new options (children's effects run first).
  useLayoutEffect(() => pointer.reshow(), [pointer, layers?.base]);

  // The layers come up one per task (base, flows, names): each chart's first draw is a long
  // task, and three in one would block input for all three at once.
  const [layersUp, setLayersUp] = useState(1);
  const nextLayer = useCallback(() => {
    window.setTimeout(() => setLayersUp((n) => Math.min(3, n + 1)), 0);
  }, []);
  const baseReady = useCallback<Ready>(
    (chart) => {
      pointer.setBase(chart);
      nextLayer();
    },
    [pointer, nextLayer],
  );
  // The flows chart animates its particles: paused while the map is scrolled out of view. Its
  // first draw tells the panel around it (the load scheduler counts the first screen by it).
  const report = usePanelReport();
  const [flows, setFlows] = useState<ECharts | null>(null);
  const flowsReady = useCallback<Ready>(
    (chart) => {
      report.drawn();
      pointer.wireFlows(chart);
      setFlows(chart);
      nextLayer();
    },
    [report, pointer, nextLayer],
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!flows || !el) return;
    return pauseWhileHidden(el, flows.getZr().animation);
  }, [flows]);

  const [names, setNames] = useState<ECharts | null>(null);
  const namesReady = useCallback<Ready>((chart) => setNames(chart), []);
  useEffect(() => {
    if (!names || !namesInput) return;
    const frame = requestAnimationFrame(() => {
      if (names.isDisposed()) return;
      const toPixel = (at: LonLat) => {
        const px = names.convertToPixel('geo', [at[0], at[1]]) as unknown;
        return Array.isArray(px) && Number.isFinite(px[0]) && Number.isFinite(px[1])
          ? ([px[0], px[1]] as const)
          : null;
      };
      // ECharts draws the names in its default sans-serif.
      const measure = canvasMeasure('sans-serif');
      if (!measure) return;
      const { spots, boxes } = placeMapNames(namesInput, namesInput.involved, toPixel, measure);
      // What the phone test checks: the names' boxes, as placed, do not overlap.
      box.current?.setAttribute(
        'data-name-boxes',
        JSON.stringify(boxes.map((b) => [b.x, b.y, b.width, b.height].map(Math.round))),
      );
      setPlaced({ for: namesInput, spots });
    });
    return () => cancelAnimationFrame(frame);
  }, [names, namesInput, model.height]);

  const events = useMemo(
    () => flowsEvents({ hover: onHover, selectPairing, selectProvince }),
    [onHover],
  );
  const style = useMemo(() => ({ height: model.height, width: '100%' }), [model.height]);
  const still = useMemo(() => ({ ...style, pointerEvents: 'none' as const }), [style]);
  const above = useMemo(
    () => ({ ...style, position: 'absolute' as const, top: 0, left: 0 }),
    [style],
  );
  const aboveStill = useMemo(() => ({ ...above, pointerEvents: 'none' as const }), [above]);
  const flowsInput = model.layers?.flows;
  const exportOption = useCallback(
    () => (flowsInput ? buildMapOption(flowsInput) : {}),
    [flowsInput],
  );

  if (!layers) return null;
  const shared = { opts: CANVAS, replaceMerge: REPLACE };
  return (
    <>
      <div role="img" aria-label={model.label} ref={box} style={exports ? RELATIVE : FILL}>
        <EChart {...shared} option={layers.base} style={still} onChartReady={baseReady} />
        {layersUp >= 2 && (
          <EChart
            {...shared}
            option={layers.flows}
            onEvents={events}
            style={above}
            onChartReady={flowsReady}
          />
        )}
        {layersUp >= 3 && (
          <EChart {...shared} option={layers.names} style={aboveStill} onChartReady={namesReady} />
        )}
      </div>
      {children}
      {exports && <ExportButtons option={exportOption} meta={model.exportMeta} box={box} />}
    </>
  );
}

const CANVAS = { renderer: 'canvas' as const };
const REPLACE = ['series'];
const RELATIVE = { position: 'relative' as const };
const FILL = { ...RELATIVE, height: '100%' };
