/**
 * The naive peer's view registry: src/app/views.ts with every view's code imported statically,
 * so all of them load up front instead of through React.lazy, and every panel released at once. Used only by the peer build
 * (tests/bench/peer/vite.config.ts), which swaps it in for src/app/views.ts.
 *
 * It re-exports the original module (the swap leaves this file's own import of it alone), so
 * whatever the registry gains — fields, helpers — the peer has too; only `component` differs.
 */
import type { ComponentType } from 'react';
import * as original from '../../../src/app/views';
import { pageScheduler } from '../../../src/ui/use-panel-load';
import type { ViewId } from '../../../src/data/schema/story';
import HubView from '../../../src/views/hub';
import MapView from '../../../src/views/map';
import RadarView from '../../../src/views/radar';
import TimelineView from '../../../src/views/timeline';
import TrendView from '../../../src/views/trend';

export * from '../../../src/app/views';

const EAGER: Partial<Record<ViewId, ComponentType<never>>> = {
  map: MapView,
  trend: TrendView,
  timeline: TimelineView,
  radar: RadarView,
  hub: HubView,
};

/** The original views, each with its component already loaded (a view added later stays lazy). */
export const VIEWS: typeof original.VIEWS = original.VIEWS.map((v) => ({
  ...v,
  component: (EAGER[v.id] ?? v.component) as unknown as original.ViewDef['component'],
}));

export const viewById: typeof original.viewById = (id) => VIEWS.find((v) => v.id === id)!;

// Everything eager: the atlas holds the panels outside the first screen back until it has drawn
// (src/ui/load-scheduler.ts); the peer lets every panel load at the first paint.
pageScheduler().releaseAll();
