import { decodeParams, type UrlState } from '../../state/url-codec';

/**
 * The embed message API (documented in the README under "Embedding").
 *
 * Child → parent, on every size change:
 *   { type: 'atlas:height', height: <CSS px>, view: <view id> }
 * Parent → child, to set the state:
 *   { type: 'atlas:set', year?: number, model?: string (comma list), province?: string, lang?: 'zh-CN'|'en' }
 *
 * Every incoming message is validated by the URL codec's own validator (`decodeParams`), value
 * for value as if it were the URL parameter of the same name; anything else is ignored whole.
 * Nothing is ever evaluated.
 */
export const SET_FIELDS = ['year', 'model', 'province', 'lang'] as const;
type SetField = (typeof SET_FIELDS)[number];

export type SetPatch = Partial<Pick<UrlState, 'year' | 'models' | 'province'>> & {
  lang?: NonNullable<UrlState['lang']>;
};

/** Validates a message from the parent; returns the state patch, or null to ignore it. */
export function parseSetMessage(data: unknown): SetPatch | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'atlas:set') return null;
  const keys = Object.keys(m).filter((k) => k !== 'type');
  if (keys.length === 0 || keys.length > SET_FIELDS.length) return null;
  const params: [SetField, string][] = [];
  for (const key of keys) {
    if (!(SET_FIELDS as readonly string[]).includes(key)) return null;
    const v = m[key];
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    // The text a link would carry: 2016 → "2016"; NaN, 1e21 or 2016.5 fail as they would there.
    params.push([key as SetField, String(v)]);
  }
  const { state, ignored } = decodeParams(params);
  if (ignored.length > 0) return null;
  const patch: SetPatch = {};
  for (const [key] of params) {
    if (key === 'year') patch.year = state.year;
    if (key === 'model') patch.models = state.models;
    if (key === 'province') patch.province = state.province;
    if (key === 'lang' && state.lang) patch.lang = state.lang;
  }
  return patch;
}

const sameModels = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);

/**
 * The part of `patch` that differs from `current`, or null when applying it would change
 * nothing (a host repeating the state it already set must not redraw the view).
 */
export function setPatchChanges(patch: SetPatch, current: Required<SetPatch>): SetPatch | null {
  const out: SetPatch = {};
  if (patch.year !== undefined && patch.year !== current.year) out.year = patch.year;
  if (patch.models !== undefined && !sameModels(patch.models, current.models)) {
    out.models = patch.models;
  }
  if (patch.province !== undefined && patch.province !== current.province) {
    out.province = patch.province;
  }
  if (patch.lang !== undefined && patch.lang !== current.lang) out.lang = patch.lang;
  return Object.keys(out).length > 0 ? out : null;
}

/** Asks for `fn` before the next frame; returns a function that cancels the request. */
export type FrameSchedule = (fn: () => void) => () => void;

export interface SetCoalescer {
  /** Takes an accepted patch; the latest value of each field wins at the next frame. */
  push(patch: SetPatch): void;
  /** Drops what is pending (the embed is going away). */
  dispose(): void;
}

/**
 * Gathers the `atlas:set` patches that arrive between two frames into one, and hands it to
 * `apply` once per frame: a host posting many messages per frame costs one update, not one
 * redraw each. Headless: the frame scheduler is injected.
 */
export function createSetCoalescer(
  apply: (patch: SetPatch) => void,
  schedule: FrameSchedule,
): SetCoalescer {
  let pending: SetPatch | null = null;
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel = null;
    const patch = pending;
    pending = null;
    if (patch) apply(patch);
  };
  return {
    push(patch) {
      pending = { ...pending, ...patch };
      cancel ??= schedule(flush);
    },
    dispose() {
      cancel?.();
      cancel = null;
      pending = null;
    },
  };
}

/** The browser's frame scheduler, for `createSetCoalescer`. */
export const nextFrame: FrameSchedule = (fn) => {
  const id = requestAnimationFrame(fn);
  return () => cancelAnimationFrame(id);
};

export const heightMessage = (height: number, view: string) => ({
  type: 'atlas:height' as const,
  height: Math.ceil(height),
  view,
});
