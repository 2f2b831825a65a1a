import type { ComponentType } from 'react';
import type { DatasetName } from '../data/datasets';
import type { ViewId } from '../data/schema/story';
import type { CoreKey } from '../i18n';
import type { ViewProps } from '../views/types';
import { prefetchDataFile } from '../data/fetch-file';
import { CHINA_GEO_FILE } from '../data/geo-files';
import { lazyRetry } from '../ui/lazy-retry';

/**
 * How the shell knows a view: its title, the datasets it needs before it can draw, those it
 * uses once they arrive (fetched after it has drawn), and its lazily loaded code.
 */
export interface ViewDef {
  id: ViewId;
  title: CoreKey;
  needs: readonly DatasetName[];
  uses: readonly DatasetName[];
  /** Its first draw is a chart (ui/Chart): as first screen, it counts once that has drawn. */
  chart: boolean;
  /** Lazily loaded; a failed load is tried again when the panel's part is reloaded. */
  component: ComponentType<ViewProps<DatasetName, DatasetName>>;
  /**
   * Starts fetching the view's code and the files it reads itself, so they load alongside its
   * datasets instead of after them (the view's code is otherwise asked for only once its data
   * is ready, and its files only once its code runs).
   */
  preload: () => void;
}

function defineView<const N extends DatasetName, const O extends DatasetName = never>(def: {
  id: ViewId;
  title: CoreKey;
  needs: readonly N[];
  uses?: readonly O[];
  /** Its first draw is a chart (ui/Chart); else its first render is. */
  chart: boolean;
  load: () => Promise<{ default: ComponentType<ViewProps<N, O>> }>;
  /** Data files (not datasets) the view fetches itself, relative to the page. */
  files?: readonly string[];
}): ViewDef {
  // The shell only renders a view once every dataset in `needs` is ready, and passes those of
  // `uses` that are ready, which is what ViewProps<N, O> promises; widening is safe for that.
  const component = lazyRetry(() =>
    def.load().then((m) => m.default),
  ) as unknown as ViewDef['component'];
  let preloaded = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    // A failed import surfaces when the view renders (the panel's error boundary); not here.
    def.load().catch(() => undefined);
    for (const file of def.files ?? []) prefetchDataFile(file, document.baseURI);
  };
  return {
    id: def.id,
    title: def.title,
    needs: def.needs,
    uses: def.uses ?? [],
    chart: def.chart,
    component,
    preload,
  };
}

/** Every view, in dashboard order. Views never import each other; only the shell knows them. */
export const VIEWS: readonly ViewDef[] = [
  defineView({
    id: 'map',
    title: 'view.map',
    needs: ['provinces', 'pairings'],
    // The relationships' texts only fill the detail panel: they load after the map has drawn.
    uses: ['gdp', 'hub', 'sources', 'descriptions'],
    chart: true,
    load: () => import('../views/map'),
    files: [CHINA_GEO_FILE],
  }),
  defineView({
    id: 'trend',
    title: 'view.trend',
    needs: ['provinces', 'gdp'],
    uses: ['policies', 'sources'],
    chart: true,
    load: () => import('../views/trend'),
  }),
  defineView({
    id: 'timeline',
    title: 'view.timeline',
    needs: ['policies', 'models', 'sources'],
    chart: false,
    load: () => import('../views/timeline'),
  }),
  defineView({
    id: 'radar',
    title: 'view.radar',
    needs: ['models', 'pairings', 'policies', 'provinces', 'sources'],
    chart: true,
    load: () => import('../views/radar'),
  }),
  defineView({
    id: 'hub',
    title: 'view.hub',
    needs: ['hub', 'sources'],
    chart: false,
    load: () => import('../views/hub'),
  }),
];

export const viewById = (id: ViewId) => VIEWS.find((v) => v.id === id)!;
