import { describe, expect, it } from 'vitest';
import { heightMessage, parseSetMessage } from '../../../src/modes/embed/messages';

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
    { type: 'atlas:set', theme: 'projector' },
    { type: 'atlas:set', year: { valueOf: 2016 } },
    { type: 'atlas:set', lang: 'fr' },
    { type: 'atlas:set', __proto__: { year: 2016 } },
  ])('ignores %j', (message) => {
    expect(parseSetMessage(message)).toBeNull();
  });

  it('reports the height in whole CSS pixels', () => {
    expect(heightMessage(412.3, 'map')).toEqual({ type: 'atlas:height', height: 413, view: 'map' });
  });
});
