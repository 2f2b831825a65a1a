import { create, type StateCreator } from 'zustand';
import type { Lang } from '../i18n';
import type { ModelId } from '../data/schema/common';
import type { ViewId } from '../data/schema/story';
import type { DatasetMap, DatasetName } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import type { LeftOut } from '../data/leave-out';
import type { DrillProvince } from '../data/geo-files';
import {
  DEFAULT_LANG,
  DEFAULT_URL_STATE,
  type IgnoredParam,
  type Overlay,
  type Shade,
  type Theme,
  type TrendSeries,
} from './url-codec';

/** What the reader has selected; shared by every view. */
export interface SelectionSlice {
  year: number;
  /** Selected models; empty = all. */
  models: ModelId[];
  programme: string | null;
  province: string | null;
  pairing: string | null;
  policy: string | null;
  /** What the map's provinces are shaded by. */
  shade: Shade;
  /** A layer of places drawn over the map; null when none. */
  overlay: Overlay | null;
  /** The province the map is drilled into; null for the whole map. */
  drill: DrillProvince | null;
  /** Lines added to the trend's West/East ratio (canonical order); empty = none. */
  series: TrendSeries[];
  /** Years the map shows side by side (2–6, ascending); empty = the single map. */
  compare: number[];
  /** The map of what changed from the first year to the second; null = none. */
  diff: [number, number] | null;
  /** The hub case's selection: a bottleneck, path or chain id, or `<bottleneck>.<path>`. */
  hub: string | null;
}

export type Mode = 'dashboard' | 'embed' | 'present';

/** How the atlas is shown. */
export interface UiSlice {
  lang: Lang;
  /** Whether the URL names the language (the reader chose it, or the link did). */
  langInUrl: boolean;
  theme: Theme;
  mode: Mode;
  /** The view shown alone in embed mode. */
  embedView: ViewId | null;
  /** Whether the embedded view shows its controls (`controls=1`). */
  embedControls: boolean;
  /** Presenter step, 1-based. */
  storyStep: number;
  /** Whether the talk presented is the reader's own (state/own-talk), not the bundled story. */
  ownTalk: boolean;
  /** The selection of the dashboard the talk was started from, restored when it ends. */
  beforePresenting: SelectionSlice | null;
  /** Parameters of the opening URL that were ignored; null once dismissed. */
  urlNotice: IgnoredParam[] | null;
  sourcesOpen: boolean;
}

/**
 * Where a file stands. `leftOut`: its records left out for broken references (ready: the rest
 * is shown; error: too little was left). `own`: the reader's file, not the bundled one.
 */
export type DatasetState<K extends DatasetName> =
  | { status: 'loading' }
  | { status: 'ready'; data: DatasetMap[K]; leftOut?: readonly LeftOut[]; own?: boolean }
  | { status: 'error'; errors: DatasetError[]; leftOut?: readonly LeftOut[]; own?: boolean };

/** The loaded datasets; each file independently loading, ready or failed. */
export interface DataSlice {
  datasets: { [K in DatasetName]: DatasetState<K> };
}

export type AtlasState = SelectionSlice & UiSlice & DataSlice;

const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = () => ({
  year: DEFAULT_URL_STATE.year,
  models: [],
  programme: null,
  province: null,
  pairing: null,
  policy: null,
  shade: DEFAULT_URL_STATE.shade,
  overlay: null,
  drill: null,
  series: [],
  compare: [],
  diff: null,
  hub: null,
});

const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = () => ({
  lang: DEFAULT_LANG,
  langInUrl: false,
  theme: DEFAULT_URL_STATE.theme,
  mode: 'dashboard',
  embedView: null,
  embedControls: false,
  storyStep: 1,
  ownTalk: false,
  beforePresenting: null,
  urlNotice: null,
  sourcesOpen: false,
});

const loading = { status: 'loading' } as const;
const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = () => ({
  datasets: {
    sources: loading,
    provinces: loading,
    gdp: loading,
    pairings: loading,
    descriptions: loading,
    policies: loading,
    models: loading,
    hub: loading,
    story: loading,
  },
});

/** The one store. Subscribe with atomic selectors: `useAtlas((s) => s.year)`. */
export const useAtlas = create<AtlasState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createDataSlice(...a),
}));

/** A fresh store state, for tests. */
export const initialAtlasState = (): AtlasState => useAtlas.getInitialState();
