import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATASET_NAMES, MAX_DATASET_BYTES } from '../../../src/data/datasets';
import { applyResults, forgetDatasets, type Results } from '../../../src/state/load-datasets';
import { datasetForFileName, loadOwnData } from '../../../src/state/own-data';
import { useAtlas } from '../../../src/state/store';
import { allDatasets, pairing, pairings } from '../../fixtures/datasets';

/** A picked file, as the dialog passes it on (a browser File has the same three members). */
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

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

  it('redraws from valid files and leaves the other datasets as they were', async () => {
    const mine = pairings([pairing({ id: 'my-own', startYear: 2020 })]);
    const report = await loadOwnData([
      file('pairings.json', JSON.stringify(mine)),
      file('readme.md', '# hi'),
    ]);
    expect(report).toEqual({
      files: [
        { name: 'pairings.json', outcome: { kind: 'used', dataset: 'pairings', leftOut: 0 } },
        { name: 'readme.md', outcome: { kind: 'unknown' } },
      ],
      elsewhere: [],
      unusable: [],
    });
    const s = useAtlas.getState().datasets;
    expect(s.pairings.status === 'ready' && s.pairings.data.pairings[0]!.id).toBe('my-own');
    expect(s.pairings.status === 'ready' && s.pairings.own).toBe(true);
    expect(s.gdp.status).toBe('ready');
  });

  it('refuses a file that is too large, not JSON or not in the format, and replaces nothing', async () => {
    const bundled = useAtlas.getState().datasets;
    const huge = { name: 'sources.json', size: MAX_DATASET_BYTES + 1, text: vi.fn() };
    const report = await loadOwnData([
      huge,
      file('hub.json', '{"context": ['),
      file('gdp.json', JSON.stringify({ ...allDatasets().gdp, values: 'none' })),
    ]);
    // The oversized file is not even read.
    expect(huge.text).not.toHaveBeenCalled();
    expect(report.files.map((f) => [f.name, f.outcome.kind])).toEqual([
      ['sources.json', 'refused'],
      ['hub.json', 'refused'],
      ['gdp.json', 'refused'],
    ]);
    expect(
      report.files.map((f) => f.outcome.kind === 'refused' && f.outcome.errors[0]!.reason.code),
    ).toEqual(['too-large', 'invalid-json', 'type']);
    const s = useAtlas.getState().datasets;
    // What was shown before is still shown, and is still the bundled data.
    for (const name of ['sources', 'hub', 'gdp'] as const)
      expect(s[name], name).toBe(bundled[name]);
  });

  it('refuses a file whose records contradict themselves once set beside the others', async () => {
    const dup = pairings([pairing({ id: 'x' }), pairing({ id: 'x' })]);
    const report = await loadOwnData([file('pairings.json', JSON.stringify(dup))]);
    expect(report.files[0]!.outcome).toMatchObject({
      kind: 'refused',
      stage: 'cross',
      errors: [{ file: 'data/pairings.json', record: 'x', reason: { code: 'duplicate' } }],
    });
    const s = useAtlas.getState().datasets.pairings;
    expect(s.status === 'ready' && s.data.pairings.map((p) => p.id)).toEqual(['sh-yn']);
  });

  it('lists every one of 25 files picked at once with its outcome', async () => {
    const all = allDatasets();
    const files = [
      ...DATASET_NAMES.map((n) => file(`${n}.json`, JSON.stringify(all[n]))),
      file('pairings (2).json', JSON.stringify(all.pairings)),
      file('story.json', '{'),
      ...Array.from({ length: 14 }, (_, i) => file(`notes-${i}.txt`, 'x')),
    ];
    expect(files).toHaveLength(25);
    const report = await loadOwnData(files);
    expect(report.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    const kinds = report.files.map((f) => f.outcome.kind);
    expect(kinds.filter((k) => k === 'used')).toHaveLength(DATASET_NAMES.length);
    const n = DATASET_NAMES.length;
    expect(report.files[n]!.outcome).toEqual({
      kind: 'duplicate',
      dataset: 'pairings',
      by: 'pairings.json',
    });
    expect(report.files[n + 1]!.outcome).toEqual({
      kind: 'duplicate',
      dataset: 'story',
      by: 'story.json',
    });
    expect(kinds.filter((k) => k === 'unknown')).toHaveLength(14);
  });

  it('says which records of other files a reader’s sources.json leaves without a source', async () => {
    // The bundled data cites a second source, src-b, in one pairing and in the hub as a whole.
    const all = allDatasets();
    all.sources.sources.push({ ...all.sources.sources[0]!, id: 'src-b' });
    all.pairings.pairings.push(pairing({ id: 'cites-b', sourceIds: ['src-b'] }));
    all.hub.sourceIds = ['src-a', 'src-b'];
    forgetDatasets();
    applyResults(
      Object.fromEntries(DATASET_NAMES.map((n) => [n, { ok: true, data: all[n] }])) as Results,
    );
    // The reader's sources.json has src-a only.
    const mine = { sources: [allDatasets().sources.sources[0]!] };
    const report = await loadOwnData([file('sources.json', JSON.stringify(mine))]);
    expect(report).toEqual({
      files: [{ name: 'sources.json', outcome: { kind: 'used', dataset: 'sources', leftOut: 0 } }],
      elsewhere: [{ dataset: 'pairings', count: 1 }],
      unusable: ['hub'],
    });
    const s = useAtlas.getState().datasets;
    expect(s.pairings.status === 'ready' && s.pairings.data.pairings.map((p) => p.id)).toEqual([
      'sh-yn',
    ]);
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
    await loadOwnData([file('pairings.json', JSON.stringify(all.pairings))]);
    await ensureDatasets(['sources'], 'http://x/', fetchImpl);
    expect(useAtlas.getState().datasets.pairings.status).toBe('ready');
  });
});
