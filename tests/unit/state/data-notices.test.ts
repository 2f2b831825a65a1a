import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, type DatasetMap } from '../../../src/data/datasets';
import { dataNotices } from '../../../src/state/data-notices';
import { settle, type Results } from '../../../src/state/load-datasets';
import type { DataSlice } from '../../../src/state/store';
import { allDatasets, descriptions, pairing, pairings, sources } from '../../fixtures/datasets';

/** The store's datasets after settling `all`, with `broken` files failing to parse. */
function datasetsOf(all: DatasetMap, broken: Partial<Results> = {}): DataSlice['datasets'] {
  const results = Object.fromEntries(
    DATASET_NAMES.map((n) => [n, broken[n] ?? { ok: true, data: all[n] }]),
  ) as Results;
  return settle(results) as DataSlice['datasets'];
}

/** sources.json renamed src-b, which a pairing, a policy and the hub as a whole cite. */
function renamedSource(): DatasetMap {
  const all = allDatasets();
  all.sources.sources.push({ ...sources().sources[0]!, id: 'src-b-renamed' });
  all.pairings = pairings([
    pairing({ id: 'kept' }),
    pairing({ id: 'cites-b', sourceIds: ['src-b'] }),
  ]);
  all.descriptions = descriptions(['kept', 'cites-b']);
  all.policies.policies.push({ ...all.policies.policies[0]!, id: 'pol-b', sourceIds: ['src-b'] });
  all.hub.sourceIds = ['src-b'];
  return all;
}

describe('what the top of the page says about the data', () => {
  it('says nothing when every file is whole', () => {
    expect(dataNotices(datasetsOf(allDatasets()))).toEqual([]);
  });

  it('blames the file missing the entries once, with what was left out in each file', () => {
    const notices = dataNotices(datasetsOf(renamedSource()));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'missing',
      dataset: 'sources',
      values: ['src-b'],
      leftOut: [
        { dataset: 'pairings', count: 1 },
        { dataset: 'policies', count: 1 },
      ],
      // The hub cites the source for the whole file: nothing of it can be shown.
      unusable: ['hub'],
      own: false,
    });
    const notice = notices[0]!;
    if (notice.kind !== 'missing') return;
    expect(notice.records.map((r) => `${r.file}/${r.record}`)).toEqual([
      'pairings/cites-b',
      'policies/pol-b',
    ]);
    expect(notice.errors).toMatchObject([
      { file: 'data/hub.json', field: 'sourceIds.0', reason: { value: 'src-b' } },
    ]);
  });

  it('names a file that could not be read, once, with its own errors', () => {
    const datasets = datasetsOf(allDatasets(), {
      pairings: {
        ok: false,
        errors: [
          {
            file: 'data/pairings.json',
            record: null,
            field: null,
            reason: { code: 'invalid-json', detail: 'Expected double-quoted property name' },
          },
        ],
      },
    });
    expect(dataNotices(datasets)).toMatchObject([
      { kind: 'unreadable', dataset: 'pairings', errors: [{ reason: { code: 'invalid-json' } }] },
    ]);
  });

  it('points at the reader’s own file when it is the one referring to missing entries', () => {
    const all = allDatasets();
    all.pairings = pairings([
      pairing({ id: 'x', west: { adcode: '990000', place: null, institution: null } }),
      pairing(),
    ]);
    const results = Object.fromEntries(
      DATASET_NAMES.map((n) => [n, { ok: true, data: all[n] }]),
    ) as Results;
    const mine = settle(results, new Set(['pairings'])) as DataSlice['datasets'];
    expect(dataNotices(mine)).toMatchObject([
      { kind: 'missing', dataset: 'provinces', values: ['990000'], own: true, referrersOwn: true },
    ]);
    // The same records in the bundled data: provinces.json most likely changed.
    expect(dataNotices(datasetsOf(all))).toMatchObject([
      { dataset: 'provinces', referrersOwn: false },
    ]);
  });

  it('keeps, for one view, only the notices about the files it reads', () => {
    const datasets = datasetsOf(renamedSource());
    expect(dataNotices(datasets, ['pairings', 'provinces'])).toHaveLength(1);
    expect(dataNotices(datasets, ['hub'])).toHaveLength(1);
    expect(dataNotices(datasets, ['gdp', 'provinces'])).toEqual([]);
  });
});
