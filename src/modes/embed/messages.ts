import {
  decodeParams,
  PARAM_FIELD,
  PARAM_NAMES,
  type ParamName,
  type UrlState,
} from '../../state/url-codec';

/**
 * The embed message API (documented in the README under "Embedding").
 *
 * Child → parent, on every size change:
 *   { type: 'atlas:height', height: <CSS px>, view: <view id> }
 * Parent → child, to set the state: any URL parameter but the frame's own mode, e.g.
 *   { type: 'atlas:set', year: 2016, model: 'policy-driven', shade: 'gdp', drill: '520000' }
 *
 * Every incoming message is validated by the URL codec's own validator (`decodeParams`), value
 * for value as if it were the URL parameter of the same name; anything else is ignored whole.
 * Nothing is ever evaluated.
 */

/** What a frame is (the view it embeds, its controls, presenting) is fixed by its address. */
const FRAME_PARAMS: readonly ParamName[] = ['embed', 'controls', 'present', 'talk'];

/** The parameters a host may set: every URL parameter but the frame's own. */
export const SET_PARAMS = PARAM_NAMES.filter((p) => !FRAME_PARAMS.includes(p));
type SetParam = Exclude<ParamName, 'embed' | 'controls' | 'present' | 'talk'>;
type SetField = (typeof PARAM_FIELD)[SetParam];

/** The state a message sets: the URL state's fields of those parameters (a named language). */
export type SetPatch = Partial<Omit<Pick<UrlState, SetField>, 'lang'>> & {
  lang?: NonNullable<UrlState['lang']>;
};

const isSetParam = (key: string): key is SetParam =>
  (SET_PARAMS as readonly string[]).includes(key);

/** Validates a message from the parent; returns the state patch, or null to ignore it. */
export function parseSetMessage(data: unknown): SetPatch | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'atlas:set') return null;
  const keys = Object.keys(m).filter((k) => k !== 'type');
  if (keys.length === 0 || keys.length > SET_PARAMS.length) return null;
  const params: [SetParam, string][] = [];
  for (const key of keys) {
    if (!isSetParam(key)) return null;
    const v = m[key];
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    // The text a link would carry: 2016 → "2016"; NaN, 1e21 or 2016.5 fail as they would there.
    params.push([key, String(v)]);
  }
  const { state, ignored } = decodeParams(params);
  if (ignored.length > 0) return null;
  const patch: Record<string, unknown> = {};
  for (const [key] of params) {
    const field = PARAM_FIELD[key];
    patch[field] = state[field];
  }
  return patch as SetPatch;
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => x === b[i])
    : a === b;

/**
 * The part of `patch` that differs from `current`, or null when applying it would change
 * nothing (a host repeating the state it already set must not redraw the view).
 */
export function setPatchChanges(
  patch: SetPatch,
  current: Readonly<Partial<Record<keyof SetPatch, unknown>>>,
): SetPatch | null {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined && !same(value, current[field as keyof SetPatch])) out[field] = value;
  }
  return Object.keys(out).length > 0 ? (out as SetPatch) : null;
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
