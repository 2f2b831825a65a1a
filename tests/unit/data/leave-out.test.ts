import { describe, expect, it } from 'vitest';
import { checkAcrossFiles } from '../../../src/data/leave-out';
import type { DatasetMap } from '../../../src/data/datasets';
import { allDatasets, pairing, pairings, sources } from '../../fixtures/datasets';

/** Every dataset, with a second source `src-b` cited by some records of every kind. */
function withSecondSource(): DatasetMap {
  const all = allDatasets();
  const b = { ...sources().sources[0]!, id: 'src-b' };
  all.sources.sources.push(b);
  all.pairings = pairings([
    pairing({ id: 'kept' }),
    pairing({ id: 'cites-b', sourceIds: ['src-a', 'src-b'] }),
  ]);
  all.policies.policies.push({ ...all.policies.policies[0]!, id: 'pol-b', sourceIds: ['src-b'] });
  all.gdp.values.push({ ...all.gdp.values[0]!, year: 2001, sourceId: 'src-b' });
  all.hub.context.push({ ...all.hub.context[0]!, sourceId: 'src-b' });
  return all;
}

/** The same datasets after sources.json renamed src-b to src-b-2024. */
function renamed(): DatasetMap {
  const all = withSecondSource();
  all.sources.sources[1]!.id = 'src-b-2024';
  return all;
}

const ok = <T>(c: { ok: true; data: T } | { ok: false }): T => {
  expect(c.ok).toBe(true);
  return (c as { data: T }).data;
};

describe('leaving out records with broken references', () => {
  it('keeps every file whole when nothing is broken', () => {
    const all = withSecondSource();
    const checked = checkAcrossFiles(all);
    expect(checked.pairings).toEqual({ ok: true, data: all.pairings, leftOut: [] });
    expect(checked.hub).toEqual({ ok: true, data: all.hub, leftOut: [] });
  });

  it('leaves out only the records citing a renamed source, and blames sources.json', () => {
    const checked = checkAcrossFiles(renamed());
    expect(ok(checked.pairings!).pairings.map((p) => p.id)).toEqual(['kept']);
    expect(ok(checked.policies!).policies.map((p) => p.id)).toEqual(['pol-2016-plan']);
    expect(ok(checked.gdp!).values.map((v) => v.year)).toEqual([2000]);
    expect(ok(checked.hub!).context).toHaveLength(1);
    // Files with nothing citing the source are untouched.
    expect(checked.models).toMatchObject({ ok: true, leftOut: [] });
    expect(checked.story).toMatchObject({ ok: true, leftOut: [] });
    const left = Object.values(checked).flatMap((c) => c!.leftOut);
    expect(left.map((l) => `${l.file}/${l.list}/${l.record}<-${l.cause}`)).toEqual([
      'gdp/values/310000/2001<-sources',
      'pairings/pairings/cites-b<-sources',
      'policies/policies/pol-b<-sources',
      'hub/context/#1<-sources',
    ]);
    expect(left[1]!.problems[0]).toMatchObject({
      file: 'data/pairings.json',
      record: 'cites-b',
      field: 'sourceIds.1',
      reason: { code: 'unknown-ref', value: 'src-b', target: 'sources.json' },
    });
  });

  it('leaves out what needs a record left out, naming the first cause', () => {
    const all = renamed();
    all.pairings.programmes.push({
      ...all.pairings.programmes[0]!,
      id: 'prog-b',
      sourceIds: ['src-b'],
    });
    all.pairings.pairings.push(pairing({ id: 'in-prog-b', programme: 'prog-b' }));
    // A model may list a pairing that is gone: the radar skips it, so the model stays.
    all.models.models[0]!.pairingIds = ['in-prog-b'];
    const checked = checkAcrossFiles(all);
    const p = ok(checked.pairings!);
    expect(p.programmes.map((x) => x.id)).toEqual(['ew-2021']);
    expect(p.pairings.map((x) => x.id)).toEqual(['kept']);
    expect(checked.pairings!.leftOut.map((l) => [l.record, l.cause, l.cascade])).toEqual([
      ['prog-b', 'sources', false],
      ['cites-b', 'sources', false],
      ['in-prog-b', 'sources', true],
    ]);
    expect(ok(checked.models!).models).toHaveLength(3);
  });

  it('still leaves out a record whose reference never resolved, in a list the views tolerate', () => {
    const all = allDatasets();
    all.models.models[2]!.policyIds = ['no-such-policy'];
    const checked = checkAcrossFiles(all);
    expect(ok(checked.models!).models.map((m) => m.id)).toEqual([
      'policy-driven',
      'resource-complementary',
    ]);
    expect(checked.models!.leftOut[0]).toMatchObject({
      record: 'industry-education',
      cause: 'policies',
    });
  });

  it('fails a file with too little left, saying what was left out and why', () => {
    const all = allDatasets();
    for (const m of all.models.models) m.definition.sourceId = 'gone';
    const checked = checkAcrossFiles(all);
    expect(checked.models!.ok).toBe(false);
    expect(checked.models!.leftOut.map((l) => l.cause)).toEqual(['sources', 'sources', 'sources']);
    expect(checked.models).toMatchObject({
      errors: [{ file: 'data/models.json', field: 'models', reason: { code: 'count', min: 1 } }],
    });
    // Records of other files are not dragged along.
    expect(checked.pairings!.ok).toBe(true);
  });

  it('fails a file whose own citation is broken, and one with problems of its own', () => {
    const all = renamed();
    all.hub.sourceIds = ['src-b'];
    all.policies.policies[1]!.id = all.policies.policies[0]!.id;
    const checked = checkAcrossFiles(all);
    expect(checked.hub).toMatchObject({
      ok: false,
      errors: [{ record: null, field: 'sourceIds.0', refersTo: 'sources' }, { record: '#1' }],
    });
    expect(checked.policies!.ok).toBe(false);
    if (checked.policies!.ok) return;
    expect(checked.policies!.errors.map((e) => e.reason.code)).toEqual([
      'duplicate',
      'unknown-ref',
    ]);
  });
});
