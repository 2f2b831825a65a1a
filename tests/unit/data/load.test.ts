import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/data/cross-check';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { fetchDataset, parseDatasetJson, parseDatasetText } from '../../../src/data/load';
import { allDatasets, descriptions, pairing, pairings } from '../../fixtures/datasets';

describe('parsing a dataset file', () => {
  it('accepts every valid fixture', () => {
    const all = allDatasets();
    for (const name of DATASET_NAMES) expect(parseDatasetJson(name, all[name]).ok, name).toBe(true);
  });

  it('names the file for truncated JSON', () => {
    const r = parseDatasetText('gdp', '{"unit": "100m-yuan", "values": [');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      file: 'data/gdp.json',
      record: null,
      reason: { code: 'invalid-json' },
    });
  });

  it('names record and field for a wrong type, using the record id', () => {
    const data = pairings([pairing({ id: 'bad-one', startYear: '1996' as unknown as number })]);
    const r = parseDatasetJson('pairings', data);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          file: 'data/pairings.json',
          record: 'bad-one',
          field: 'startYear',
          reason: { code: 'type', expected: 'integer' },
        },
      ],
    });
  });

  it('rejects negative and huge GDP values', () => {
    const data = allDatasets().gdp;
    data.values = [
      { ...data.values[0]!, value: -5 },
      { ...data.values[0]!, value: 1e300 },
    ];
    const r = parseDatasetJson('gdp', data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.record, e.field, e.reason.code])).toEqual([
      ['#0', 'value', 'range'],
      ['#1', 'value', 'range'],
    ]);
  });

  it('survives deeply nested JSON', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseDatasetText('story', deep)).not.toThrow();
    expect(parseDatasetText('story', deep).ok).toBe(false);
  });

  it('reports HTTP and network failures instead of throwing', async () => {
    const notFound = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchDataset('hub', 'http://x/atlas/', notFound)).toMatchObject({
      ok: false,
      errors: [{ file: 'data/hub.json', reason: { code: 'http', status: 404 } }],
    });
    expect(await fetchDataset('hub', 'http://x/atlas/', offline)).toMatchObject({
      ok: false,
      errors: [{ reason: { code: 'network' } }],
    });
  });

  it('fetches relative to the base URL, so a sub-path works', async () => {
    let asked = '';
    const spy = (async (url: string) => {
      asked = url;
      return new Response(JSON.stringify(allDatasets().hub));
    }) as unknown as typeof fetch;
    const r = await fetchDataset('hub', 'http://host/some/atlas/index.html?year=2010', spy);
    expect(r.ok).toBe(true);
    expect(asked).toBe('http://host/some/atlas/data/hub.json');
  });
});

describe('cross-file checks', () => {
  it('finds nothing wrong in consistent datasets', () => {
    expect(crossCheck(allDatasets())).toEqual([]);
  });

  it('reports unknown provinces, programmes and sources by the file holding the reference', () => {
    const all = allDatasets();
    all.descriptions = descriptions([]);
    all.pairings = pairings([
      pairing({ id: 'p1', west: { adcode: '990000', place: null, institution: null } }),
      pairing({ id: 'p2', programme: 'nope', sourceIds: ['ghost'] }),
    ]);
    const at = (index: number) => ({ list: 'pairings', index });
    expect(crossCheck(all)).toEqual([
      {
        file: 'data/pairings.json',
        record: 'p1',
        field: 'west.adcode',
        reason: { code: 'unknown-ref', value: '990000', target: 'provinces.json' },
        refersTo: 'provinces',
        at: at(0),
      },
      {
        file: 'data/pairings.json',
        record: 'p2',
        field: 'programme',
        reason: { code: 'unknown-ref', value: 'nope', target: 'pairings.json programmes' },
        refersTo: 'pairings',
        at: at(1),
      },
      {
        file: 'data/pairings.json',
        record: 'p2',
        field: 'sourceIds.0',
        reason: { code: 'unknown-ref', value: 'ghost', target: 'sources.json' },
        refersTo: 'sources',
        at: at(1),
      },
    ]);
  });

  it('reports a text of a relationship pairings.json does not have, against descriptions.json', () => {
    const all = allDatasets();
    all.descriptions = descriptions(['sh-yn', 'gone']);
    expect(crossCheck(all)).toEqual([
      {
        file: 'data/descriptions.json',
        record: 'gone',
        field: 'id',
        reason: { code: 'unknown-ref', value: 'gone', target: 'pairings.json' },
      },
    ]);
  });

  it('reports a story step naming a document, claim or radar dimension that does not exist', () => {
    const all = allDatasets();
    const step = all.story.steps[0]!;
    step.state.policy = 'pol-2016-plan';
    step.focus = { dimensions: [all.models.dimensions[0]!.id] };
    expect(crossCheck(all)).toEqual([]);
    step.state.policy = 'pol-ghost';
    step.focus = { claim: 'no-such-claim', dimensions: ['no-such-dimension'] };
    expect(crossCheck(all).map((e) => `${e.record}:${e.field}:${e.reason.code}`)).toEqual([
      's1:state.policy:unknown-ref',
      's1:focus.claim:unknown-ref',
      's1:focus.dimensions.0:unknown-ref',
    ]);
  });

  it('reports duplicate ids and end years before start years', () => {
    const all = allDatasets();
    all.descriptions = descriptions([]);
    all.pairings = pairings([
      pairing({ id: 'dup' }),
      pairing({ id: 'dup', startYear: 2010, endYear: 2005 }),
    ]);
    const codes = crossCheck(all).map((e) => `${e.record}:${e.field}:${e.reason.code}`);
    expect(codes).toEqual(['dup:id:duplicate', 'dup:endYear:range']);
  });

  it('holds a relationship’s years to its sources: an unknown start says why, and the first documented year fits its source', () => {
    const all = allDatasets();
    const note = { zh: '起始年不详', en: 'start unknown' };
    all.descriptions = descriptions([]);
    all.pairings = pairings([
      // fine: unknown start with its reason, documented in 2016 by a source of 2024
      pairing({
        id: 'ok',
        startYear: null,
        startNote: note,
        firstDocumented: { year: 2016, sourceId: 'src-a' },
      }),
      pairing({
        id: 'no-reason',
        startYear: null,
        startNote: null,
        firstDocumented: { year: 2016, sourceId: 'src-a' },
      }),
      pairing({
        id: 'before-start',
        startYear: 2010,
        firstDocumented: { year: 2005, sourceId: 'src-a' },
      }),
      pairing({
        id: 'not-cited',
        startYear: null,
        startNote: note,
        firstDocumented: { year: 2016, sourceId: 'src-b' },
      }),
      pairing({
        id: 'after-source',
        startYear: null,
        startNote: note,
        firstDocumented: { year: 2025, sourceId: 'src-a' },
      }),
      pairing({
        id: 'ends-early',
        startYear: null,
        startNote: note,
        firstDocumented: { year: 2016, sourceId: 'src-a' },
        endYear: 2012,
      }),
    ]);
    expect(crossCheck(all).map((e) => [e.record, e.field, e.reason])).toEqual([
      ['no-reason', 'startNote', { code: 'required-when', when: 'startYear = null' }],
      ['before-start', 'firstDocumented.year', { code: 'range', min: 2010 }],
      ['not-cited', 'firstDocumented.sourceId', { code: 'not-cited', value: 'src-b' }],
      [
        'after-source',
        'firstDocumented.year',
        { code: 'after-source', year: 2025, source: 'src-a', sourceYear: 2024 },
      ],
      ['ends-early', 'endYear', { code: 'range', min: 2016 }],
    ]);
  });

  it('holds a record’s confidence to the best of its sources’', () => {
    const all = allDatasets();
    const srcA = all.sources.sources[0]!;
    all.sources.sources.push(
      { ...srcA, id: 'blog', confidence: 'medium-low' },
      { ...srcA, id: 'paper', confidence: 'medium' },
    );
    all.descriptions = descriptions([]);
    all.pairings = pairings([
      // fine: as sure as its best source, or less
      pairing({ id: 'at-best', confidence: 'medium', sourceIds: ['blog', 'paper'] }),
      pairing({ id: 'below', confidence: 'low', sourceIds: ['blog'] }),
      // a high-confidence source among others lifts the ceiling
      pairing({ id: 'with-high', confidence: 'high', sourceIds: ['blog', 'src-a'] }),
      pairing({ id: 'above', confidence: 'medium-high', sourceIds: ['blog', 'paper'] }),
      pairing({ id: 'on-a-blog', confidence: 'medium', sourceIds: ['blog'] }),
    ]);
    all.gdp.values.push({
      ...all.gdp.values[0]!,
      year: 2001,
      sourceId: 'blog',
      confidence: 'high',
    });
    all.policies.policies.push({
      ...all.policies.policies[0]!,
      id: 'pol-on-a-blog',
      sourceIds: ['blog'],
    });
    expect(crossCheck(all).map((e) => [e.file, e.record, e.field, e.reason])).toEqual([
      [
        'data/gdp.json',
        '310000/2001',
        'confidence',
        { code: 'above-sources', confidence: 'high', best: 'medium-low' },
      ],
      [
        'data/pairings.json',
        'above',
        'confidence',
        { code: 'above-sources', confidence: 'medium-high', best: 'medium' },
      ],
      [
        'data/pairings.json',
        'on-a-blog',
        'confidence',
        { code: 'above-sources', confidence: 'medium', best: 'medium-low' },
      ],
      [
        'data/policies.json',
        'pol-on-a-blog',
        'confidence',
        { code: 'above-sources', confidence: 'high', best: 'medium-low' },
      ],
    ]);
  });

  it('requires the rule of a model given by rule: its programme’s modelRule', () => {
    const all = allDatasets();
    all.descriptions = descriptions([]);
    all.pairings = pairings([pairing({ id: 'ruled', modelByRule: true })]);
    expect(crossCheck(all).map((e) => [e.record, e.field, e.reason])).toEqual([
      ['ew-2021', 'modelRule', { code: 'required-when', when: 'ruled.modelByRule = true' }],
    ]);
    all.pairings.programmes[0]!.modelRule = { zh: '规则', en: 'rule' };
    expect(crossCheck(all)).toEqual([]);
  });

  it('reports duplicate GDP rows and years outside the declared range', () => {
    const all = allDatasets();
    all.gdp.values.push({ ...all.gdp.values[0]! }, { ...all.gdp.values[0]!, year: 1990 });
    const codes = crossCheck(all).map((e) => `${e.record}:${e.reason.code}`);
    expect(codes).toEqual(['310000/2000:duplicate', '310000/1990:range']);
  });
});

describe('quote sources', () => {
  it('reports a quote citing an unknown source in models.json', () => {
    const all = allDatasets();
    all.models.models[1]!.definition.sourceId = 'ghost-paper';
    expect(crossCheck(all)).toEqual([
      {
        file: 'data/models.json',
        record: 'resource-complementary',
        field: 'definition.sourceId',
        reason: { code: 'unknown-ref', value: 'ghost-paper', target: 'sources.json' },
        refersTo: 'sources',
        at: { list: 'models', index: 1 },
      },
    ]);
  });
});
