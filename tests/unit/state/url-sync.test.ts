// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  selectHub,
  selectProvince,
  setDrill,
  setLang,
  setOverlay,
  setShade,
  setTheme,
  setYear,
  toggleSeries,
} from '../../../src/state/actions';
import { useAtlas } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/url-sync';

let stop: () => void = () => undefined;

/** The browser's language list, as the reader's browser would report it. */
const browserSpeaks = (...languages: string[]) =>
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);

/** Goes back one entry and waits for the popstate the browser fires. */
const back = () =>
  new Promise<void>((done) => {
    window.addEventListener('popstate', () => done(), { once: true });
    window.history.back();
  });

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  window.history.replaceState(null, '', '/atlas/');
  browserSpeaks('zh-CN');
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

describe('URL sync', () => {
  it('opens an offline file in the state its meta element names when its address has none', () => {
    const meta = document.createElement('meta');
    meta.name = 'atlas-start';
    meta.content = '?embed=trend&year=2010&lang=en';
    document.head.append(meta);
    try {
      stop = startUrlSync();
      const s = useAtlas.getState();
      expect([s.mode, s.year, s.lang]).toEqual(['embed', 2010, 'en']);
      stop();
      // An address with parameters wins over the meta element.
      useAtlas.setState(useAtlas.getInitialState(), true);
      window.history.replaceState(null, '', '/atlas/?year=2016');
      stop = startUrlSync();
      expect([useAtlas.getState().mode, useAtlas.getState().year]).toEqual(['dashboard', 2016]);
    } finally {
      meta.remove();
    }
  });

  it('applies the opening URL and reports what it ignored', () => {
    window.history.replaceState(null, '', '/atlas/?year=2016&lang=en&bogus=1');
    stop = startUrlSync();
    const s = useAtlas.getState();
    expect(s.year).toBe(2016);
    expect(s.lang).toBe('en');
    expect(s.urlNotice).toEqual([{ name: 'bogus', value: '1', reason: 'unknown' }]);
    expect(window.location.search).toBe('?lang=en&year=2016');
  });

  it('pushes discrete selections and replaces the later steps of a continuous change', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    const start = window.history.length;
    selectProvince('520000');
    expect(window.location.search).toBe('?lang=zh-CN&province=520000');
    expect(window.history.length).toBe(start + 1);
    setYear(2011, { continuous: true });
    setYear(2012, { continuous: true });
    expect(window.location.search).toBe('?lang=zh-CN&year=2012&province=520000');
    expect(window.history.length).toBe(start + 1);
    setTheme('projector');
    expect(window.history.length).toBe(start + 2);
    setLang('en');
    expect(window.location.search).toBe('?lang=en&year=2012&province=520000&theme=projector');
    expect(window.history.length).toBe(start + 3);
  });

  it('names the language in the URL once the reader chooses it, Chinese included', () => {
    stop = startUrlSync();
    expect(window.location.search).toBe('');
    expect(useAtlas.getState().lang).toBe('zh-CN');
    setLang('zh-CN');
    expect(window.location.search).toBe('?lang=zh-CN');
    setLang('en');
    expect(window.location.search).toBe('?lang=en');
  });

  it('shows an English browser English, and says so in the URL', () => {
    browserSpeaks('en-GB', 'zh-CN');
    stop = startUrlSync();
    expect(useAtlas.getState().lang).toBe('en');
    expect(window.location.search).toBe('?lang=en');
  });

  it('never replaces the entry the reader arrived on: Back after playing stays in the atlas', async () => {
    window.history.replaceState(null, '', '/atlas/?year=2010');
    stop = startUrlSync();
    const start = window.history.length;
    // Playing from the first screen: its first step gets an entry of its own.
    setYear(2011, { continuous: true });
    setYear(2012, { continuous: true });
    expect(window.history.length).toBe(start + 1);
    await back();
    expect(window.location.search).toBe('?year=2010');
    expect(useAtlas.getState().year).toBe(2010);
  });

  it('walks back and forward through the trend lines and the hub selection', async () => {
    stop = startUrlSync();
    toggleSeries('westShare');
    toggleSeries('centralEast');
    selectHub('dead-end-roads.high-level-planning');
    expect(window.location.search).toBe(
      '?series=central-east%2Cwest-share&hub=dead-end-roads.high-level-planning',
    );
    await back();
    expect(useAtlas.getState().hub).toBeNull();
    expect(useAtlas.getState().series).toEqual(['centralEast', 'westShare']);
    await back();
    expect(useAtlas.getState().series).toEqual(['westShare']);
  });

  it('restores state on back/forward without adding history', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    selectProvince('520000');
    const length = window.history.length;
    window.history.replaceState(null, '', '/atlas/?year=2005');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const s = useAtlas.getState();
    expect(s.year).toBe(2005);
    expect(s.province).toBeNull();
    // The entry has no `lang`: the browser's language, and the URL stays as it was.
    expect(s.lang).toBe('zh-CN');
    expect(window.location.search).toBe('?year=2005');
    expect(window.history.length).toBe(length);
  });

  it('puts the map’s shading, overlay and drill-down in the history, each a step of its own', () => {
    window.history.replaceState(null, '', '/atlas/?lang=zh-CN');
    stop = startUrlSync();
    const start = window.history.length;
    setShade('gdp');
    setOverlay('hub');
    setDrill('520000');
    expect(window.location.search).toBe('?lang=zh-CN&shade=gdp&overlay=hub&drill=520000');
    expect(window.history.length).toBe(start + 3);
    setShade('region');
    expect(window.location.search).toBe('?lang=zh-CN&overlay=hub&drill=520000');
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
