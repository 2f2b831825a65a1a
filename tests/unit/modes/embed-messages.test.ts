import { describe, expect, it } from 'vitest';
import {
  createSetCoalescer,
  heightMessage,
  parseSetMessage,
  setPatchChanges,
  type SetPatch,
} from '../../../src/modes/embed/messages';
import { decode } from '../../../src/state/url-codec';

describe('embed messages', () => {
  it('accepts a valid state message', () => {
    expect(
      parseSetMessage({ type: 'atlas:set', year: 2016, model: 'policy-driven', lang: 'en' }),
    ).toEqual({
      year: 2016,
      models: ['policy-driven'],
      lang: 'en',
    });
    expect(parseSetMessage({ type: 'atlas:set', province: '520000' })).toEqual({
      province: '520000',
    });
  });

  it('accepts every parameter a link may carry, but the frame’s own', () => {
    expect(
      parseSetMessage({
        type: 'atlas:set',
        shade: 'gdp',
        overlay: 'hub',
        drill: '520000',
        series: 'west-share,central-east',
        hub: 'dead-end-roads.high-level-planning',
        theme: 'projector',
        programme: 'ew-2021',
        pairing: 'gd-gz-2021',
        policy: 'pol-2016-vet-ew-action-plan',
      }),
    ).toEqual({
      shade: 'gdp',
      overlay: 'hub',
      drill: '520000',
      series: ['centralEast', 'westShare'],
      hub: 'dead-end-roads.high-level-planning',
      theme: 'projector',
      programme: 'ew-2021',
      pairing: 'gd-gz-2021',
      policy: 'pol-2016-vet-ew-action-plan',
    });
  });

  it.each([
    null,
    'atlas:set',
    [],
    { type: 'other', year: 2016 },
    { type: 'atlas:set' },
    { type: 'atlas:set', year: 1800 },
    { type: 'atlas:set', year: '2016; alert(1)' },
    { type: 'atlas:set', model: 'nope' },
    { type: 'atlas:set', province: '<img src=x onerror=alert(1)>' },
    // What the frame is comes from its address only: its view, its controls, presenting.
    { type: 'atlas:set', embed: 'radar' },
    { type: 'atlas:set', controls: 1 },
    { type: 'atlas:set', present: 2 },
    { type: 'atlas:set', year: 2016, embed: 'radar' },
    { type: 'atlas:set', shade: 'population' },
    { type: 'atlas:set', drill: '110000' },
    { type: 'atlas:set', year: { valueOf: 2016 } },
    { type: 'atlas:set', lang: 'fr' },
    { type: 'atlas:set', __proto__: { year: 2016 } },
  ])('ignores %j', (message) => {
    expect(parseSetMessage(message)).toBeNull();
  });

  it('holds each value to exactly the rule of the URL parameter of the same name', () => {
    const cases: [field: string, value: string | number][] = [
      // Over-long as a URL value (400 characters), however harmless once trimmed.
      ['year', `2001${' '.repeat(500)}`],
      ['province', `520000${' '.repeat(400)}`],
      ['model', `policy-driven${','.repeat(450)}`],
      // Short padding is trimmed in a link, and so in a message.
      ['year', `2001${' '.repeat(150)}`],
      ['year', ' 2003 '],
      ['year', 2016.5],
      ['year', Number.NaN],
      ['year', 1e21],
      ['lang', 'EN'],
      ['model', 'industry-education,policy-driven'],
    ];
    for (const [field, value] of cases) {
      const url = decode(`?${new URLSearchParams({ [field]: String(value) }).toString()}`);
      const message = parseSetMessage({ type: 'atlas:set', [field]: value });
      const label = `${field}=${JSON.stringify(value).slice(0, 30)}`;
      expect(message === null, label).toBe(url.ignored.length > 0);
      if (message) {
        const key = field === 'model' ? 'models' : field;
        expect(message, label).toEqual({ [key]: url.state[key as keyof typeof url.state] });
      }
    }
    expect(parseSetMessage({ type: 'atlas:set', year: `2001${' '.repeat(500)}` })).toBeNull();
    expect(parseSetMessage({ type: 'atlas:set', year: `2001${' '.repeat(150)}` })).toEqual({
      year: 2001,
    });
  });

  it('keeps only what a patch would change', () => {
    const current = {
      year: 2016,
      models: ['policy-driven' as const],
      province: null,
      lang: 'en' as const,
    };
    expect(
      setPatchChanges({ year: 2016, models: ['policy-driven'], lang: 'en' }, current),
    ).toBeNull();
    expect(setPatchChanges({ province: null }, current)).toBeNull();
    expect(setPatchChanges({ year: 2017, models: ['policy-driven'] }, current)).toEqual({
      year: 2017,
    });
    expect(setPatchChanges({ models: [] }, current)).toEqual({ models: [] });
    expect(setPatchChanges({ province: '520000', lang: 'zh-CN' }, current)).toEqual({
      province: '520000',
      lang: 'zh-CN',
    });
    const map = { shade: 'gdp' as const, drill: null, series: ['westShare' as const] };
    expect(setPatchChanges({ shade: 'gdp', series: ['westShare'] }, map)).toBeNull();
    expect(setPatchChanges({ shade: 'pairings', drill: '520000' }, map)).toEqual({
      shade: 'pairings',
      drill: '520000',
    });
  });

  it('reports the height in whole CSS pixels', () => {
    expect(heightMessage(412.3, 'map')).toEqual({ type: 'atlas:height', height: 413, view: 'map' });
  });
});

describe('the atlas:set coalescer', () => {
  /** A frame scheduler the test advances by hand. */
  function frames() {
    let queued: (() => void)[] = [];
    return {
      schedule: (fn: () => void) => {
        queued.push(fn);
        return () => {
          queued = queued.filter((f) => f !== fn);
        };
      },
      pending: () => queued.length,
      run() {
        const now = queued;
        queued = [];
        now.forEach((fn) => fn());
      },
    };
  }

  it('applies the messages of one frame once, the latest value of each field winning', () => {
    const f = frames();
    const applied: SetPatch[] = [];
    const c = createSetCoalescer((p) => applied.push(p), f.schedule);
    for (let y = 2000; y < 2200; y++) c.push({ year: 2000 + (y % 25) });
    c.push({ lang: 'en' });
    expect(applied).toEqual([]);
    expect(f.pending()).toBe(1);
    f.run();
    expect(applied).toEqual([{ year: 2024, lang: 'en' }]);
    c.push({ year: 2010 });
    f.run();
    expect(applied).toEqual([{ year: 2024, lang: 'en' }, { year: 2010 }]);
    f.run();
    expect(applied).toHaveLength(2);
  });

  it('drops what is pending when disposed', () => {
    const f = frames();
    const applied: SetPatch[] = [];
    const c = createSetCoalescer((p) => applied.push(p), f.schedule);
    c.push({ year: 2010 });
    c.dispose();
    expect(f.pending()).toBe(0);
    f.run();
    expect(applied).toEqual([]);
  });
});
