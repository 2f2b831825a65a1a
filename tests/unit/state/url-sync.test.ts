// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  selectProvince,
  setDrill,
  setLang,
  setOverlay,
  setShade,
  setTheme,
  setYear,
} from '../../../src/state/actions';
import { useAtlas } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/url-sync';

let stop: () => void = () => undefined;

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  window.history.replaceState(null, '', '/atlas/');
});
afterEach(() => stop());

describe('URL sync', () => {
  it('applies the opening URL and reports what it ignored', () => {
    window.history.replaceState(null, '', '/atlas/?year=2016&lang=en&bogus=1');
    stop = startUrlSync();
    const s = useAtlas.getState();
    expect(s.year).toBe(2016);
    expect(s.lang).toBe('en');
    expect(s.urlNotice).toEqual([{ name: 'bogus', value: '1', reason: 'unknown' }]);
    expect(window.location.search).toBe('?lang=en&year=2016');
  });

  it('pushes discrete selections and replaces continuous changes', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    const start = window.history.length;
    selectProvince('520000');
    expect(window.location.search).toBe('?province=520000');
    expect(window.history.length).toBe(start + 1);
    setYear(2011, { continuous: true });
    setYear(2012, { continuous: true });
    expect(window.location.search).toBe('?year=2012&province=520000');
    expect(window.history.length).toBe(start + 1);
    setTheme('projector');
    expect(window.history.length).toBe(start + 2);
    setLang('en');
    expect(window.location.search).toBe('?lang=en&year=2012&province=520000&theme=projector');
  });

  it('restores state on back/forward without adding history', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    selectProvince('520000');
    window.history.replaceState(null, '', '/atlas/?year=2005');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const s = useAtlas.getState();
    expect(s.year).toBe(2005);
    expect(s.province).toBeNull();
    expect(window.location.search).toBe('?year=2005');
  });

  it('puts the map’s shading, overlay and drill-down in the history, each a step of its own', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    const start = window.history.length;
    setShade('gdp');
    setOverlay('hub');
    setDrill('520000');
    expect(window.location.search).toBe('?shade=gdp&overlay=hub&drill=520000');
    expect(window.history.length).toBe(start + 3);
    setShade('region');
    expect(window.location.search).toBe('?overlay=hub&drill=520000');
  });

  it('returns from a drill-down to the whole map on Back', () => {
    window.history.replaceState(null, '', '/atlas/?drill=650000&shade=pairings');
    stop = startUrlSync();
    expect(useAtlas.getState()).toMatchObject({ drill: '650000', shade: 'pairings' });
    // What the browser does on Back: the address of the entry before, then popstate.
    window.history.replaceState(null, '', '/atlas/?shade=pairings');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAtlas.getState()).toMatchObject({ drill: null, shade: 'pairings', overlay: null });
  });
});
