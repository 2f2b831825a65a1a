import { LANGS, type Lang } from '../i18n';
import { MODEL_IDS, type ModelId } from '../data/schema/common';
import { VIEW_IDS, type ViewId } from '../data/schema/story';
import { DRILL_PROVINCES, type DrillProvince } from '../data/geo-files';

/**
 * The URL contract. Embedders and presenters link to these parameters; keep them stable.
 * Defaults are left out of the URL, so a bare address is the default state.
 */
export interface UrlState {
  /** The language the reader chose (or the link named); null: not in the URL, the browser's. */
  lang: Lang | null;
  year: number;
  /** Selected collaboration models; empty = all. Kept in canonical order. */
  models: ModelId[];
  programme: string | null;
  /** Province adcode (6 digits). */
  province: string | null;
  pairing: string | null;
  /** A selected policy document (timeline). */
  policy: string | null;
  /** What the map's provinces are shaded by. */
  shade: Shade;
  /** A layer of places drawn over the map (the Zhengzhou hub case); null when none. */
  overlay: Overlay | null;
  /** The province the map is drilled into (its prefectures drawn); null for the whole map. */
  drill: DrillProvince | null;
  /** Lines added to the trend's West/East ratio; empty = none. Kept in canonical order. */
  series: TrendSeries[];
  /**
   * Years drawn side by side as small maps (2–6, ascending, no repeats); empty = the single
   * map. See COMPARE_YEAR_MIN for their range.
   */
  compare: number[];
  /** The map of what changed from the first year to the second (first < second); null = none. */
  diff: [number, number] | null;
  /**
   * What is selected in the hub case: a bottleneck, path or chain id, or a matrix cell as
   * `<bottleneck>.<path>`. Resolved against the hub data by the hub view.
   */
  hub: string | null;
  theme: Theme;
  /** The single view shown in embed mode. */
  embed: ViewId | null;
  /** In an embed, whether the view shows its own controls (`controls=1`); off by default. */
  controls: boolean;
  /** Presenter step, 1-based; null when not presenting. */
  present: number | null;
  /** The talk presented: the reader's own (kept in this browser), or null for the bundled one. */
  talk: 'own' | null;
}

export const THEMES = ['default', 'projector'] as const;

/** Lines the reader can add to the trend, and how the URL names them. */
export const TREND_SERIES = ['centralEast', 'northeastEast', 'westShare'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];
const SERIES_PARAM: Record<TrendSeries, string> = {
  centralEast: 'central-east',
  northeastEast: 'northeast-east',
  westShare: 'west-share',
};
export type Theme = (typeof THEMES)[number];

/** The map's province fills: NBS region, GDP of the year, or number of pairings of the year. */
export const SHADES = ['region', 'gdp', 'pairings'] as const;
export type Shade = (typeof SHADES)[number];

/** Layers of places the map can draw over its flows. */
export const OVERLAYS = ['hub'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** The shared year range: GDP data 2000–2024; policies reach 2025. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2025;

/**
 * Years a comparison may name. Earlier than the shared range: the rounds of pairings began in
 * the 1990s (the 1996 round), before the GDP series; a year with no relationship says so.
 */
export const COMPARE_YEAR_MIN = 1990;
/** How many small maps a comparison draws at most (and at least). */
export const COMPARE_MAX = 6;
export const COMPARE_MIN = 2;

/** The language of a reader whose browser says nothing we have. */
export const DEFAULT_LANG: Lang = 'zh-CN';

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  lang: null,
  year: 2024,
  models: [],
  programme: null,
  province: null,
  pairing: null,
  policy: null,
  shade: 'region',
  overlay: null,
  drill: null,
  series: [],
  compare: [],
  diff: null,
  hub: null,
  theme: 'default',
  embed: null,
  controls: false,
  present: null,
  talk: null,
});

/** Why a parameter was not used. */
export type IgnoreReason = 'unknown' | 'repeated' | 'invalid' | 'conflict' | 'notFound';
export interface IgnoredParam {
  name: string;
  /** The offending value, shortened for display. */
  value: string;
  reason: IgnoreReason;
}

const PARAM_ORDER = [
  'lang',
  'year',
  'model',
  'programme',
  'province',
  'pairing',
  'policy',
  'shade',
  'overlay',
  'drill',
  'series',
  'compare',
  'diff',
  'hub',
  'theme',
  'embed',
  'controls',
  'present',
  'talk',
] as const;
export type ParamName = (typeof PARAM_ORDER)[number];

/** Every URL parameter, in the order the URL writes them. */
export const PARAM_NAMES: readonly ParamName[] = PARAM_ORDER;

/** The state field each parameter decodes into (the rest are named alike). */
export const PARAM_FIELD = {
  lang: 'lang',
  year: 'year',
  model: 'models',
  programme: 'programme',
  province: 'province',
  pairing: 'pairing',
  policy: 'policy',
  shade: 'shade',
  overlay: 'overlay',
  drill: 'drill',
  series: 'series',
  hub: 'hub',
  compare: 'compare',
  diff: 'diff',
  theme: 'theme',
  embed: 'embed',
  controls: 'controls',
  present: 'present',
  talk: 'talk',
} as const satisfies Record<ParamName, keyof UrlState>;

const ID_RE = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** One id, or two joined by a dot (a hub matrix cell: bottleneck.path). */
const HUB_RE = /^[a-z0-9][a-z0-9-]{0,119}(\.[a-z0-9][a-z0-9-]{0,119})?$/;
const PROVINCE_RE = /^\d{2}0000$/;
const MAX_VALUE_LENGTH = 400;

const shorten = (v: string) => (v.length > 40 ? `${v.slice(0, 39)}…` : v);

const sortModels = (models: readonly ModelId[]) =>
  MODEL_IDS.filter((m) => models.includes(m)) as ModelId[];
const sortSeries = (series: readonly TrendSeries[]) =>
  TREND_SERIES.filter((l) => series.includes(l)) as TrendSeries[];

/** Pure: state → query string ("" or "?a=b&…"), defaults left out, fixed parameter order. */
export function encode(state: UrlState): string {
  const q = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.lang) q.set('lang', state.lang);
  if (state.year !== d.year) q.set('year', String(state.year));
  const models = sortModels(state.models);
  if (models.length > 0 && models.length < MODEL_IDS.length) q.set('model', models.join(','));
  if (state.programme) q.set('programme', state.programme);
  if (state.province) q.set('province', state.province);
  if (state.pairing) q.set('pairing', state.pairing);
  if (state.policy) q.set('policy', state.policy);
  if (state.shade !== d.shade) q.set('shade', state.shade);
  if (state.overlay) q.set('overlay', state.overlay);
  if (state.drill) q.set('drill', state.drill);
  const series = sortSeries(state.series);
  if (series.length > 0) q.set('series', series.map((l) => SERIES_PARAM[l]).join(','));
  if (state.compare.length > 0) q.set('compare', state.compare.join(','));
  if (state.diff) q.set('diff', state.diff.join(','));
  if (state.hub) q.set('hub', state.hub);
  if (state.theme !== d.theme) q.set('theme', state.theme);
  if (state.embed) q.set('embed', state.embed);
  if (state.controls) q.set('controls', '1');
  if (state.present !== null) q.set('present', String(state.present));
  if (state.talk) q.set('talk', state.talk);
  const s = q.toString();
  return s ? `?${s}` : '';
}

type Parser = (raw: string, state: UrlState) => boolean;

/**
 * A comma list of years for `compare` and `diff`: four-digit years from COMPARE_YEAR_MIN to
 * YEAR_MAX, strictly ascending (a repeat or a reversed pair is a mistake, not a request); null
 * when anything in it is not. Also the check of the map's own "custom years" field.
 */
export function parseYearList(raw: string): number[] | null {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length > COMPARE_MAX || !parts.every((p) => /^\d{4}$/.test(p))) return null;
  const years = parts.map(Number);
  const inRange = years.every((y) => y >= COMPARE_YEAR_MIN && y <= YEAR_MAX);
  const ascending = years.every((y, i) => i === 0 || y > years[i - 1]!);
  return inRange && ascending ? years : null;
}

const PARSERS: Record<ParamName, Parser> = {
  lang(raw, s) {
    const lower = raw.toLowerCase();
    const lang = LANGS.find((l) => l.toLowerCase() === lower) ?? (lower === 'zh' ? 'zh-CN' : null);
    if (!lang) return false;
    s.lang = lang;
    return true;
  },
  year(raw, s) {
    if (!/^\d{4}$/.test(raw)) return false;
    const y = Number(raw);
    if (y < YEAR_MIN || y > YEAR_MAX) return false;
    s.year = y;
    return true;
  },
  model(raw, s) {
    const parts = raw.split(',').filter(Boolean);
    if (parts.length === 0 || !parts.every((p) => (MODEL_IDS as readonly string[]).includes(p))) {
      return false;
    }
    const models = sortModels(parts as ModelId[]);
    s.models = models.length === MODEL_IDS.length ? [] : models;
    return true;
  },
  programme: (raw, s) => ID_RE.test(raw) && ((s.programme = raw), true),
  province: (raw, s) => PROVINCE_RE.test(raw) && ((s.province = raw), true),
  pairing: (raw, s) => ID_RE.test(raw) && ((s.pairing = raw), true),
  policy: (raw, s) => ID_RE.test(raw) && ((s.policy = raw), true),
  shade(raw, s) {
    const shade = SHADES.find((v) => v === raw);
    if (!shade) return false;
    s.shade = shade;
    return true;
  },
  overlay(raw, s) {
    const overlay = OVERLAYS.find((v) => v === raw);
    if (!overlay) return false;
    s.overlay = overlay;
    return true;
  },
  drill(raw, s) {
    const drill = DRILL_PROVINCES.find((v) => v === raw);
    if (!drill) return false;
    s.drill = drill;
    return true;
  },
  series(raw, s) {
    const parts = raw.split(',').filter(Boolean);
    const series = parts.map((p) => TREND_SERIES.find((l) => SERIES_PARAM[l] === p));
    if (parts.length === 0 || series.some((l) => l === undefined)) return false;
    s.series = sortSeries(series as TrendSeries[]);
    return true;
  },
  compare(raw, s) {
    const years = parseYearList(raw);
    if (!years || years.length < COMPARE_MIN || years.length > COMPARE_MAX) return false;
    s.compare = years;
    return true;
  },
  diff(raw, s) {
    const years = parseYearList(raw);
    if (!years || years.length !== 2) return false;
    s.diff = [years[0]!, years[1]!];
    return true;
  },
  hub: (raw, s) => HUB_RE.test(raw) && ((s.hub = raw), true),
  theme(raw, s) {
    const theme = THEMES.find((t) => t === raw);
    if (!theme) return false;
    s.theme = theme;
    return true;
  },
  embed(raw, s) {
    const view = VIEW_IDS.find((v) => v === raw);
    if (!view) return false;
    s.embed = view;
    return true;
  },
  controls(raw, s) {
    if (raw !== '1' && raw !== '0') return false;
    s.controls = raw === '1';
    return true;
  },
  present(raw, s) {
    if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1) return false;
    s.present = Number(raw);
    return true;
  },
  talk: (raw, s) => raw === 'own' && ((s.talk = 'own'), true),
};

const isParamName = (name: string): name is ParamName =>
  (PARAM_ORDER as readonly string[]).includes(name);

/**
 * Pure: query string → state plus the parameters that were ignored and why. Never throws:
 * garbage falls back to the default for that parameter and is reported.
 */
export function decode(search: string): { state: UrlState; ignored: IgnoredParam[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    const state: UrlState = { ...DEFAULT_URL_STATE, models: [], series: [], compare: [] };
    return { state, ignored: [{ name: '?', value: shorten(search), reason: 'invalid' }] };
  }
  return decodeParams(params);
}

/**
 * Pure: named raw values → state plus what was ignored and why. The one validator of the URL
 * contract: `decode` reads the address bar through it, and the embed's `atlas:set` messages
 * (modes/embed/messages.ts) are held to exactly the same rules by passing their fields here.
 */
export function decodeParams(params: Iterable<readonly [string, string]>): {
  state: UrlState;
  ignored: IgnoredParam[];
} {
  const state: UrlState = { ...DEFAULT_URL_STATE, models: [], series: [], compare: [] };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (!isParamName(name)) {
      ignored.push({ name: shorten(name), value: shorten(raw), reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, value: shorten(raw), reason: 'repeated' });
      continue;
    }
    seen.add(name);
    const ok = raw.length <= MAX_VALUE_LENGTH && PARSERS[name](raw.trim(), state);
    if (!ok) ignored.push({ name, value: shorten(raw), reason: 'invalid' });
  }
  if (state.embed && state.present !== null) {
    ignored.push({ name: 'present', value: String(state.present), reason: 'conflict' });
    state.present = null;
  }
  // One map at a time: side by side or the change, not both (the change is the narrower ask).
  if (state.compare.length > 0 && state.diff) {
    ignored.push({ name: 'compare', value: state.compare.join(','), reason: 'conflict' });
    state.compare = [];
  }
  // A pairing belongs to provinces; a province selection alone is kept, both are allowed.
  return { state, ignored };
}

/** Whether two URL states are equal as the URL sees them. */
export const sameUrlState = (a: UrlState, b: UrlState) => encode(a) === encode(b);
