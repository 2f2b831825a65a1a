import type { ModelId } from '../data/schema/common';
import type { DatasetName } from '../data/datasets';
import type { Lang } from '../i18n';
import { useAtlas, type AtlasState, type DatasetState, type Mode } from './store';
import type { DrillProvince } from '../data/geo-files';
import {
  TREND_SERIES,
  YEAR_MAX,
  YEAR_MIN,
  type Overlay,
  type Shade,
  type Theme,
  type TrendSeries,
  type UrlState,
} from './url-codec';

/**
 * Module-level actions: any code (URL sync, chart events, keyboard handlers) can call them
 * without a hook. Each names the history entry it deserves: discrete selections push; the
 * steps of a continuous change (dragging, playing) after its first replace that first one
 * ('continuous'), except the entry the reader arrived on, which is never overwritten (URL
 * sync pushes instead, so Back never leaves the atlas); 'replace' is for what does not change
 * what the reader sees (normalising, the state a linked step implies).
 */
export type HistoryMode = 'push' | 'replace' | 'continuous';
let pendingHistory: HistoryMode = 'push';

/** For actions defined in other modules: the history entry the next change deserves. */
export function setHistoryMode(mode: HistoryMode) {
  pendingHistory = mode;
}

/** Read and reset by URL sync after each change. */
export function takeHistoryMode(): HistoryMode {
  const m = pendingHistory;
  pendingHistory = 'push';
  return m;
}

const set = (patch: Partial<AtlasState>, history: HistoryMode = 'push') => {
  pendingHistory = history;
  useAtlas.setState(patch);
};

const clampYear = (y: number) => Math.min(YEAR_MAX, Math.max(YEAR_MIN, Math.round(y)));

export function setYear(year: number, opts: { continuous?: boolean } = {}) {
  const y = clampYear(year);
  if (useAtlas.getState().year === y) return;
  set({ year: y }, opts.continuous ? 'continuous' : 'push');
}

export function setModels(models: ModelId[]) {
  set({ models: [...new Set(models)] });
}

/** Turns one model on or off; turning off the last selected model returns to "all". */
export function toggleModel(model: ModelId) {
  const { models } = useAtlas.getState();
  set({ models: models.includes(model) ? models.filter((m) => m !== model) : [...models, model] });
}

/** Shows or hides one of the trend's optional lines. */
export function toggleSeries(line: TrendSeries) {
  const { series } = useAtlas.getState();
  const next = series.includes(line) ? series.filter((l) => l !== line) : [...series, line];
  set({ series: TREND_SERIES.filter((l) => next.includes(l)) });
}

/** Selects a bottleneck, path or chain of the hub case, or a cell (`<bottleneck>.<path>`). */
export const selectHub = (hub: string | null) => set({ hub });

export const setProgramme = (programme: string | null) => set({ programme });
export const selectProvince = (province: string | null) => set({ province, pairing: null });
export const selectPairing = (pairing: string | null) => set({ pairing });

/**
 * Shows one relationship on the map in one history step: its model alone, no programme filter,
 * and a year in which it is active (the current year if it is, else its first year).
 */
export function showPairing(
  pairing: string,
  opts: { model: ModelId; startYear: number; endYear: number | null },
) {
  const { year } = useAtlas.getState();
  const active = year >= opts.startYear && (opts.endYear === null || year <= opts.endYear);
  set({
    pairing,
    models: [opts.model],
    programme: null,
    year: active ? year : clampYear(opts.startYear),
  });
}
/** Selects a policy document; with `year`, moves the shared year too (one history entry). */
export function selectPolicy(policy: string | null, opts: { year?: number } = {}) {
  set({ policy, ...(opts.year !== undefined ? { year: clampYear(opts.year) } : {}) });
}

/** The map's fill; each choice is a history step, as a selection is. */
export const setShade = (shade: Shade) => set({ shade });
export const setOverlay = (overlay: Overlay | null) => set({ overlay });
/**
 * The map's comparison: years side by side (2–6), or the change between two (`diff`); one at a
 * time, each a history step. Leaving it (empty, null) returns to the single map.
 */
export const setCompare = (compare: number[]) => set({ compare, diff: null });
export const setDiff = (diff: [number, number] | null) => set({ diff, compare: [] });
/** Opens one year of a comparison in the full map: one history step. */
export const openYearFromComparison = (year: number) =>
  set({ year: clampYear(year), compare: [], diff: null });

/** Drills the map into a province's prefectures, or back out (null): a history step each. */
export const setDrill = (drill: DrillProvince | null) => set({ drill });

/** The reader's choice of language: from now on the URL names it, whichever it is. */
export const setLang = (lang: Lang) => set({ lang, langInUrl: true });
export const setTheme = (theme: Theme) => set({ theme });
export const setMode = (mode: Mode) => set({ mode });
export const setStoryStep = (storyStep: number) => set({ storyStep });

export const dismissUrlNotice = () => set({ urlNotice: null }, 'replace');
export const setSourcesOpen = (sourcesOpen: boolean) => set({ sourcesOpen }, 'replace');

export function setDataset<K extends DatasetName>(name: K, state: DatasetState<K>) {
  pendingHistory = 'replace';
  useAtlas.setState((s) => ({ datasets: { ...s.datasets, [name]: state } }));
}

/** The URL-visible part of the store. */
export function urlStateOf(s: AtlasState): UrlState {
  return {
    lang: s.langInUrl ? s.lang : null,
    year: s.year,
    models: s.models,
    programme: s.programme,
    province: s.province,
    pairing: s.pairing,
    policy: s.policy,
    shade: s.shade,
    overlay: s.overlay,
    drill: s.drill,
    series: s.series,
    compare: s.compare,
    diff: s.diff,
    hub: s.hub,
    theme: s.theme,
    embed: s.mode === 'embed' ? s.embedView : null,
    controls: s.mode === 'embed' && s.embedControls,
    present: s.mode === 'present' ? s.storyStep : null,
    talk: s.mode === 'present' && s.ownTalk ? 'own' : null,
  };
}

/** `next`, or `current` when they hold the same items: views keyed on it do not recompute. */
const keepSame = <T>(current: T[], next: T[]) =>
  current.length === next.length && current.every((x, i) => x === next[i]) ? current : next;

/**
 * Applies a decoded URL state (on load and on back/forward) without adding history. A URL
 * without `lang` shows `browserLang`, the reader's own.
 */
export function applyUrlState(u: UrlState, browserLang: Lang) {
  pendingHistory = 'replace';
  const current = useAtlas.getState();
  useAtlas.setState({
    lang: u.lang ?? browserLang,
    langInUrl: u.lang !== null,
    year: u.year,
    models: keepSame(current.models, u.models),
    series: keepSame(current.series, u.series),
    compare: keepSame(current.compare, u.compare),
    diff:
      current.diff && u.diff && keepSame(current.diff, u.diff) === current.diff
        ? current.diff
        : u.diff,
    hub: u.hub,
    programme: u.programme,
    province: u.province,
    pairing: u.pairing,
    policy: u.policy,
    shade: u.shade,
    overlay: u.overlay,
    drill: u.drill,
    theme: u.theme,
    mode: u.embed ? 'embed' : u.present !== null ? 'present' : 'dashboard',
    embedView: u.embed,
    embedControls: u.embed !== null && u.controls,
    storyStep: u.present ?? 1,
    ownTalk: u.talk === 'own',
  });
}
