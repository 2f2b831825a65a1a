import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../src/data/cross-check';
import { parseDatasetJson } from '../../../src/data/load';
import * as fx from '../../fixtures/datasets';
import {
  MAX_DATASET_BYTES,
  referencedPairings,
  referencedPolicies,
  referencedProgrammes,
  synthPairings,
  synthPolicies,
} from '../../bench/lib/synth.mjs';

const provinces = fx.provinces().provinces;
const sourceId = fx.sources().sources[0]!.id;

describe('synthetic datasets for the benchmark', () => {
  it.each([1, 100, 1000])('%i pairings pass the app schema and cross-checks', (count) => {
    const file = synthPairings({ count, provinces, sourceId, programmes: ['story-prog'] });
    expect(file.pairings).toHaveLength(count);
    const parsed = parseDatasetJson('pairings', file);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const ids = file.pairings.map((p) => p.id);
    expect(new Set(ids).size).toBe(count);
    expect(file.programmes.map((p) => p.id)).toContain('story-prog');
    expect(
      crossCheck({ sources: fx.sources(), provinces: fx.provinces(), pairings: file }),
    ).toEqual([]);
    for (const p of file.pairings) {
      expect(provinces.find((x) => x.adcode === p.east.adcode)?.region).toBe('east');
      expect(provinces.find((x) => x.adcode === p.west.adcode)?.region).toBe('west');
    }
  });

  it('keeps the real records and varies the copies', () => {
    const base = fx.pairings();
    const file = synthPairings({ count: 50, provinces, sourceId, base });
    expect(file.pairings[0]).toEqual(base.pairings[0]);
    expect(file.programmes).toEqual(base.programmes);
    expect(new Set(file.pairings.map((p) => p.model)).size).toBeGreaterThan(1);
    expect(new Set(file.pairings.map((p) => p.startYear)).size).toBeGreaterThan(5);
    expect(parseDatasetJson('pairings', file).ok).toBe(true);
  });

  it('is deterministic and stays under the app file-size limit at 10 000 pairings', () => {
    const a = synthPairings({ count: 10_000, provinces, sourceId, seed: 7 });
    const b = synthPairings({ count: 10_000, provinces, sourceId, seed: 7 });
    expect(a).toEqual(b);
    expect(JSON.stringify(a).length).toBeLessThan(MAX_DATASET_BYTES);
    expect(parseDatasetJson('pairings', a).ok).toBe(true);
  });

  it('a stand-in policies.json passes the schema and includes referenced ids', () => {
    const file = synthPolicies({ sourceId, ids: ['pol-2016-plan'] });
    expect(parseDatasetJson('policies', file).ok).toBe(true);
    expect(file.policies.map((p) => p.id)).toContain('pol-2016-plan');
    expect(crossCheck({ sources: fx.sources(), models: fx.models(), policies: file })).toEqual([]);
  });

  it('keeps the records other files refer to when it is smaller than the real file', () => {
    const base = fx.pairings(['a', 'b', 'c', 'd'].map((id) => fx.pairing({ id: `p-${id}` })));
    const file = synthPairings({ count: 2, provinces, sourceId, base, keep: ['p-d'] });
    expect(file.pairings.map((p) => p.id)).toEqual(['p-a', 'p-d']);
    expect(
      referencedPairings(
        { steps: [{ state: { pairing: 'p-x' } }] },
        { models: [{ pairingIds: ['p-y'] }] },
      ),
    ).toEqual(['p-x', 'p-y']);
  });

  it('finds the ids other files refer to', () => {
    expect(referencedProgrammes(fx.story(), fx.models())).toEqual(['ew-2021']);
    expect(referencedPolicies(fx.models())).toEqual(['pol-2016-plan']);
  });

  it('works on the real provinces.json', () => {
    const real = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../data/provinces.json'), 'utf8'),
    );
    const file = synthPairings({ count: 200, provinces: real.provinces, sourceId });
    expect(parseDatasetJson('pairings', file).ok).toBe(true);
  });
});
