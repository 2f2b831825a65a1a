import { decode, type UrlState } from '../../state/url-codec';

/**
 * The embed message API (documented in the README under "Embedding").
 *
 * Child → parent, on every size change:
 *   { type: 'atlas:height', height: <CSS px>, view: <view id> }
 * Parent → child, to set the state:
 *   { type: 'atlas:set', year?: number, model?: string (comma list), province?: string, lang?: 'zh-CN'|'en' }
 *
 * Every incoming message is validated through the same codec as the URL; anything else is
 * ignored. Nothing is ever evaluated.
 */
export const SET_FIELDS = ['year', 'model', 'province', 'lang'] as const;
type SetField = (typeof SET_FIELDS)[number];

export type SetPatch = Partial<Pick<UrlState, 'year' | 'models' | 'province' | 'lang'>>;

/** Validates a message from the parent; returns the state patch, or null to ignore it. */
export function parseSetMessage(data: unknown): SetPatch | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'atlas:set') return null;
  const keys = Object.keys(m).filter((k) => k !== 'type');
  if (keys.length === 0 || keys.length > SET_FIELDS.length) return null;
  const params = new URLSearchParams();
  for (const key of keys) {
    if (!(SET_FIELDS as readonly string[]).includes(key)) return null;
    const v = m[key];
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    params.set(key, String(v).slice(0, 200));
  }
  const { state, ignored } = decode(`?${params.toString()}`);
  if (ignored.length > 0) return null;
  const patch: SetPatch = {};
  for (const key of keys as SetField[]) {
    if (key === 'year') patch.year = state.year;
    if (key === 'model') patch.models = state.models;
    if (key === 'province') patch.province = state.province;
    if (key === 'lang') patch.lang = state.lang;
  }
  return patch;
}

export const heightMessage = (height: number, view: string) => ({
  type: 'atlas:height' as const,
  height: Math.ceil(height),
  view,
});
