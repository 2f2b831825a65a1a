import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../../src/data/schema/common';
import { DEFAULT_URL_STATE, decode, encode, type UrlState } from '../../../src/state/url-codec';

const state = (patch: Partial<UrlState>): UrlState => ({
  ...DEFAULT_URL_STATE,
  models: [],
  series: [],
  ...patch,
});

/**
 * A value other than the default for every field of the URL contract. A new field of UrlState
 * does not compile until it has one here, and is then round-tripped below.
 */
const SAMPLES: { [K in keyof UrlState]-?: UrlState[K] } = {
  lang: 'zh-CN',
  year: 2016,
  models: ['policy-driven', 'industry-education'],
  programme: 'ew-2021',
  province: '520000',
  pairing: 'gd-gz-2021',
  policy: 'pol-2016-vet-ew-action-plan',
  series: ['centralEast', 'westShare'],
  compare: [2005, 2016, 2021],
  diff: [2016, 2021],
  hub: 'dead-end-roads.high-level-planning',
  shade: 'gdp',
  overlay: 'hub',
  drill: '520000',
  theme: 'projector',
  embed: 'map',
  controls: true,
  present: 4,
  talk: 'own',
};
const FIELDS = Object.keys(SAMPLES) as (keyof UrlState)[];

describe('url codec', () => {
  it('leaves every default out of the URL', () => {
    expect(encode(state({}))).toBe('');
  });

  it.each<Partial<UrlState>>([
    { lang: 'en' },
    { year: 2016 },
    { models: ['industry-education', 'policy-driven'] },
    { programme: 'ew-2021', province: '520000', pairing: 'gd-gz-2021' },
    { policy: 'pol-2016-vet-ew-action-plan' },
    { theme: 'projector', present: 4 },
    { embed: 'map', year: 2005, lang: 'en' },
    { shade: 'gdp' },
    { shade: 'pairings', overlay: 'hub', drill: '520000' },
    { drill: '650000', province: '650000', embed: 'map' },
    { embed: 'radar', controls: true },
  ])('round-trips %j', (patch) => {
    const s = state(patch);
    const { state: back, ignored } = decode(encode(s));
    expect(ignored).toEqual([]);
    // Models come back in canonical order; everything else as it was.
    expect(back).toEqual({ ...s, models: MODEL_IDS.filter((m) => s.models.includes(m)) });
  });

  it('writes the map’s parameters only when they differ from the default', () => {
    expect(encode(state({ shade: 'region', overlay: null, drill: null }))).toBe('');
    expect(encode(state({ shade: 'gdp', overlay: 'hub', drill: '520000' }))).toBe(
      '?shade=gdp&overlay=hub&drill=520000',
    );
    expect(decode('?shade=region').state.shade).toBe('region');
  });

  it.each(FIELDS)('writes %s when it is not the default, and reads it back', (field) => {
    const s = state({ [field]: SAMPLES[field] });
    const search = encode(s);
    expect(search).not.toBe('');
    const { state: back, ignored } = decode(search);
    expect(ignored).toEqual([]);
    expect(back).toEqual(s);
  });

  it('round-trips every field at once (but presenting, which an embed refuses, and compare, which diff replaces)', () => {
    const s = state({ ...SAMPLES, present: null, compare: [] });
    expect(decode(encode(s))).toEqual({ state: s, ignored: [] });
  });

  it('names the language once it was chosen, the default included', () => {
    expect(encode(state({ lang: null }))).toBe('');
    expect(encode(state({ lang: 'zh-CN' }))).toBe('?lang=zh-CN');
    expect(decode('').state.lang).toBeNull();
  });

  it("writes the trend's lines in canonical order with their URL names", () => {
    expect(encode(state({ series: ['westShare', 'centralEast'] }))).toBe(
      '?series=central-east%2Cwest-share',
    );
    expect(decode('?series=west-share,northeast-east').state.series).toEqual([
      'northeastEast',
      'westShare',
    ]);
  });

  it('reads a hub selection as one id or a bottleneck.path cell, and nothing else', () => {
    expect(decode('?hub=dead-end-roads').state.hub).toBe('dead-end-roads');
    expect(decode('?hub=a.b').state.hub).toBe('a.b');
    for (const bad of ['a.b.c', '.a', 'a.', 'A', 'a..b', '<b>']) {
      expect(decode(`?hub=${encodeURIComponent(bad)}`).ignored, bad).toEqual([
        { name: 'hub', value: bad, reason: 'invalid' },
      ]);
    }
  });

  it('writes an embed’s controls only when asked for, as controls=1', () => {
    expect(encode(state({ embed: 'map', controls: false }))).toBe('?embed=map');
    expect(encode(state({ embed: 'map', controls: true }))).toBe('?embed=map&controls=1');
    expect(decode('?embed=map&controls=0').state.controls).toBe(false);
    expect(decode('?embed=map&controls=yes').ignored).toEqual([
      { name: 'controls', value: 'yes', reason: 'invalid' },
    ]);
  });

  it('writes models in canonical order and treats all three as the default', () => {
    expect(encode(state({ models: ['industry-education', 'policy-driven'] }))).toBe(
      '?model=policy-driven%2Cindustry-education',
    );
    expect(
      encode(state({ models: ['industry-education', 'policy-driven', 'resource-complementary'] })),
    ).toBe('');
  });

  it('reports unknown, repeated and invalid parameters and keeps the valid ones', () => {
    const { state: s, ignored } = decode(
      '?year=19999&foo=1&lang=en&lang=zh-CN&theme=projector&model=x',
    );
    expect(s.lang).toBe('en');
    expect(s.theme).toBe('projector');
    expect(s.year).toBe(DEFAULT_URL_STATE.year);
    expect(s.models).toEqual([]);
    expect(ignored).toEqual([
      { name: 'year', value: '19999', reason: 'invalid' },
      { name: 'foo', value: '1', reason: 'unknown' },
      { name: 'lang', value: 'zh-CN', reason: 'repeated' },
      { name: 'model', value: 'x', reason: 'invalid' },
    ]);
  });

  it.each([
    '?year=2010.5',
    '?year=1999',
    '?year=%00',
    '?province=11000',
    '?province=110101',
    '?pairing=%3Cscript%3E',
    '?programme=javascript:alert(1)',
    '?embed=everything',
    '?present=0',
    '?present=-1',
    '?series=central',
    '?series=centralEast',
    '?series=west-share,nope',
    '?hub=a.b.c',
    `?pairing=${'a'.repeat(5000)}`,
    '?shade=GDP',
    '?shade=population',
    '?shade=',
    '?overlay=zhengzhou',
    '?overlay=hub,hub',
    '?drill=110000',
    '?drill=520100',
    '?drill=%3Cscript%3E',
    `?drill=${'5'.repeat(5000)}`,
    '?compare=2016',
    '?compare=2000,2005,2010,2015,2020,2021,2024',
    '?compare=2021,2016',
    '?compare=2016,2016',
    '?compare=2016,,2021',
    '?compare=1989,2016',
    '?compare=2016,2026',
    '?compare=16,21',
    '?compare=2016;2021',
    '?compare=',
    '?diff=2016',
    '?diff=2021,2016',
    '?diff=2016,2016',
    '?diff=2010,2016,2021',
    '?diff=2016,abcd',
    '?diff=1900,2016',
  ])('falls back to defaults for %s', (query) => {
    const { state: s, ignored } = decode(query);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.reason).toBe('invalid');
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(40);
    expect(encode(s)).toBe('');
  });

  it('reads compare as 2–6 ascending years from 1990 and diff as two, both kept as numbers', () => {
    expect(decode('?compare=1996,2010,2016,2021').state.compare).toEqual([1996, 2010, 2016, 2021]);
    expect(decode('?compare=2000,2005,2010,2015,2020,2025').state.compare).toHaveLength(6);
    expect(decode('?diff=2016,2021').state.diff).toEqual([2016, 2021]);
    expect(decode('?diff=2016, 2021').state.diff).toEqual([2016, 2021]);
    expect(encode(state({ compare: [2005, 2016, 2021] }))).toBe('?compare=2005%2C2016%2C2021');
    expect(encode(state({ diff: [2016, 2021] }))).toBe('?diff=2016%2C2021');
  });

  it('draws one comparison at a time: diff wins over compare, which is reported', () => {
    const { state: s, ignored } = decode('?compare=2010,2016&diff=2016,2021');
    expect(s.diff).toEqual([2016, 2021]);
    expect(s.compare).toEqual([]);
    expect(ignored).toEqual([{ name: 'compare', value: '2010,2016', reason: 'conflict' }]);
  });

  it('refuses to present inside an embed', () => {
    const { state: s, ignored } = decode('?embed=radar&present=2');
    expect(s.embed).toBe('radar');
    expect(s.present).toBeNull();
    expect(ignored).toEqual([{ name: 'present', value: '2', reason: 'conflict' }]);
  });

  it('survives random garbage without throwing', () => {
    const junk = ['%', '%%%', '?&&&==', '?year', '?=', '?😀=😀', '?model=,,,', '?lang=EN'];
    for (const q of junk) expect(() => decode(q)).not.toThrow();
    expect(decode('?lang=EN').state.lang).toBe('en');
  });
});
