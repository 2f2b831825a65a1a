import { beforeEach, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { applyResults, forgetDatasets, type Results } from '../../../src/state/load-datasets';
import { datasetForFileName, loadOwnData } from '../../../src/state/own-data';
import { useAtlas } from '../../../src/state/store';
import { allDatasets, pairing, pairings } from '../../fixtures/datasets';

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  forgetDatasets();
  const all = allDatasets();
  applyResults(
    Object.fromEntries(DATASET_NAMES.map((n) => [n, { ok: true, data: all[n] }])) as Results,
  );
});

describe('load your own data', () => {
  it('recognises dataset files by name', () => {
    expect(datasetForFileName('pairings.json')).toBe('pairings');
    expect(datasetForFileName('C:\\Users\\me\\data\\GDP.json')).toBe('gdp');
    expect(datasetForFileName('story (2).json')).toBe('story');
    expect(datasetForFileName('notes.txt')).toBeNull();
  });

  it('redraws from valid files and leaves the other datasets as they were', () => {
    const mine = pairings([pairing({ id: 'my-own', startYear: 2020 })]);
    const report = loadOwnData([
      { name: 'pairings.json', text: JSON.stringify(mine) },
      { name: 'readme.md', text: '# hi' },
    ]);
    expect(report).toEqual({ replaced: ['pairings'], unknown: ['readme.md'], errors: [] });
    const s = useAtlas.getState().datasets;
    expect(s.pairings.status === 'ready' && s.pairings.data.pairings[0]!.id).toBe('my-own');
    expect(s.gdp.status).toBe('ready');
  });

  it('lists every problem by file and path, and only that file fails', () => {
    const bad = pairings([
      pairing({ id: 'x', west: { adcode: '990000', place: null, institution: null } }),
    ]);
    const report = loadOwnData([
      { name: 'pairings.json', text: JSON.stringify(bad) },
      { name: 'hub.json', text: '{"context": [' },
    ]);
    expect(report.errors.map((e) => `${e.file}|${e.record}|${e.field}|${e.reason.code}`)).toEqual([
      'data/pairings.json|x|west.adcode|unknown-ref',
      'data/hub.json|null|null|invalid-json',
    ]);
    const s = useAtlas.getState().datasets;
    expect(s.pairings.status).toBe('error');
    expect(s.hub.status).toBe('error');
    expect(s.policies.status).toBe('ready');
  });
});

describe('datasets fetched on demand', () => {
  it('re-checks references as more files arrive, and keeps the reader’s file over a later fetch', async () => {
    forgetDatasets();
    useAtlas.setState(useAtlas.getInitialState(), true);
    const all = allDatasets();
    const bad = pairings([
      pairing({ id: 'x', west: { adcode: '990000', place: null, institution: null } }),
    ]);
    const served: Record<string, unknown> = { ...all, pairings: bad };
    const fetchImpl = (async (url: string) => {
      const name = String(url).match(/data\/(\w+)\.json/)![1]!;
      return new Response(JSON.stringify(served[name]), { status: 200 });
    }) as typeof fetch;
    const { ensureDatasets } = await import('../../../src/state/load-datasets');
    await ensureDatasets(['pairings'], 'http://x/', fetchImpl);
    // Alone, the unknown province cannot be seen yet.
    expect(useAtlas.getState().datasets.pairings.status).toBe('ready');
    expect(useAtlas.getState().datasets.provinces.status).toBe('loading');
    await ensureDatasets(['provinces'], 'http://x/', fetchImpl);
    expect(useAtlas.getState().datasets.pairings.status).toBe('error');
    // The reader's own pairings replace the fetched ones and survive the next arrival.
    loadOwnData([{ name: 'pairings.json', text: JSON.stringify(all.pairings) }]);
    await ensureDatasets(['sources'], 'http://x/', fetchImpl);
    expect(useAtlas.getState().datasets.pairings.status).toBe('ready');
  });
});
