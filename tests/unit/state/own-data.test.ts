import { beforeEach, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { setDataset } from '../../../src/state/actions';
import { datasetForFileName, loadOwnData } from '../../../src/state/own-data';
import { useAtlas } from '../../../src/state/store';
import { allDatasets, pairing, pairings } from '../../fixtures/datasets';

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  const all = allDatasets();
  for (const n of DATASET_NAMES) setDataset(n, { status: 'ready', data: all[n] } as never);
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
