/**
 * The pointer over the map's base layer. The map is three stacked charts (see buildMapLayers):
 * the flows chart takes every pointer event (the names above it take none), so where it has
 * nothing under the pointer this finds the region there from the geometry and asks the base
 * chart for that region's tooltip.
 */
import type { ECharts } from 'echarts/core';
import type { Focus } from './flows';
import { regionAt, type LonLat, type RegionFeature } from './geo';

type Size = [number, number];
type ZrEvent = { target?: unknown; offsetX: number; offsetY: number };

/** Gap between the pointer and the tooltip, as ECharts leaves it. */
const GAP = 16;

/**
 * Where a tooltip of `content` size goes beside the pointer inside a `view`: below right, or
 * flipped to the other side where it would overflow, and never off the chart.
 */
export function tipBeside(pointer: Size, content: Size, view: Size): Size {
  const place = (at: number, size: number, room: number) => {
    const after = at + GAP;
    const x = after + size <= room ? after : at - GAP - size;
    return Math.max(0, Math.min(x, room - size));
  };
  return [place(pointer[0], content[0], view[0]), place(pointer[1], content[1], view[1])];
}

export interface BasePointer {
  /** The regions drawn on the base layer now. */
  setRegions(features: readonly RegionFeature[]): void;
  /** The base chart, once it exists. */
  setBase(chart: ECharts): void;
  /** Wires the flows chart's pointer events; once per chart. */
  wireFlows(chart: ECharts): void;
  /** After the base redraws (the hover outline, the partners lit): shows its tooltip again. */
  reshow(): void;
}

/**
 * @param onRegion the focus for the region under the pointer (null when none)
 * @param onClick a click on a region
 */
export function createBasePointer(
  onRegion: (focus: Focus) => void,
  onClick: (code: string) => void,
): BasePointer {
  let regions: readonly RegionFeature[] = [];
  let base: ECharts | null = null;
  let shown: { code: string; at: Size } | null = null;
  const wired = new WeakSet<ECharts>();
  const live = () => (base && !base.isDisposed() ? base : null);

  const show = () => {
    if (!shown) return;
    const { code, at } = shown;
    // The finder form: the x/y form also moves an axis pointer, which this chart lacks, and
    // ECharts then hides the tooltip again.
    live()?.dispatchAction({
      type: 'showTip',
      geoIndex: 0,
      name: code,
      position: (
        _p: unknown,
        _d: unknown,
        _e: unknown,
        _r: unknown,
        size: { contentSize: Size; viewSize: Size },
      ) => tipBeside(at, size.contentSize, size.viewSize),
    });
  };
  const hide = () => {
    if (!shown) return;
    shown = null;
    live()?.dispatchAction({ type: 'hideTip' });
  };

  return {
    setRegions(features) {
      regions = features;
    },
    setBase(chart) {
      base = chart;
    },
    reshow: show,
    wireFlows(chart) {
      if (wired.has(chart)) return;
      wired.add(chart);
      const zr = chart.getZr();
      const regionUnder = (e: ZrEvent) => {
        if (e.target) return null; // an arc, a name or a hub mark is on top
        const at = chart.convertFromPixel('geo', [e.offsetX, e.offsetY]) as unknown;
        return Array.isArray(at) && Number.isFinite(at[0]) && Number.isFinite(at[1])
          ? regionAt(at as LonLat, regions)
          : null;
      };
      zr.on('mousemove', (e: ZrEvent) => {
        const code = regionUnder(e);
        if (!code) {
          hide();
          // Over an arc, a name or a hub mark, the flows chart's own events set the focus.
          if (!e.target) onRegion(null);
          return;
        }
        shown = { code, at: [e.offsetX, e.offsetY] };
        show();
        onRegion({ kind: 'province', adcode: code });
        zr.setCursorStyle('pointer');
      });
      zr.on('click', (e: ZrEvent) => {
        const code = regionUnder(e);
        if (code) onClick(code);
      });
      zr.on('globalout', hide);
    },
  };
}

type EventParams = {
  seriesId?: string;
  data?: { key?: string; pairing?: string; adcode?: string };
};

/** What an ECharts event on the flows layer is on: an arc, or a place's mark or name. */
function focusOf(raw: unknown): Focus {
  const p = raw as EventParams;
  if (p.seriesId?.startsWith('arcs-') && p.data?.key) return { kind: 'arc', key: p.data.key };
  if (p.seriesId === 'labels' && p.data?.adcode) {
    return { kind: 'province', adcode: p.data.adcode };
  }
  return null;
}

/**
 * The flows layer's own event handlers (what the pointer is on there: arcs, places): hovering
 * focuses, a click on an arc selects its first pairing (carried by the arc's datum, so the
 * handlers need no arcs and stay the same object), on a province's name the province.
 */
export function flowsEvents(on: {
  hover: (focus: Focus) => void;
  selectPairing: (id: string) => void;
  selectProvince: (adcode: string) => void;
}): Record<string, (params: unknown) => void> {
  return {
    mouseover: (p) => {
      const f = focusOf(p);
      if (f) on.hover(f);
    },
    mouseout: () => on.hover(null),
    globalout: () => on.hover(null),
    click: (p) => {
      const f = focusOf(p);
      const pairing = (p as EventParams).data?.pairing;
      if (f?.kind === 'arc' && pairing) on.selectPairing(pairing);
      else if (f?.kind === 'province' && /^\d{2}0000$/.test(f.adcode)) on.selectProvince(f.adcode);
    },
  };
}
