import { describe, expect, it } from 'vitest';
import type { Pairing } from '../../../../src/data/schema/pairings';
import { diffArcs, diffCounts, yearDiff } from '../../../../src/views/map/compare/diff';
import { buildArcs } from '../../../../src/views/map/flows';
import { pairing, provinces } from '../../../fixtures/datasets';

const provs = provinces().provinces;
const noFilters = { models: [], programme: null };
const gd = (id: string, patch: Partial<Pairing> = {}) =>
  pairing({
    id,
    east: { adcode: '440000', place: null, institution: null },
    west: { adcode: '520000', place: null, institution: null },
    ...patch,
  });

const list = [
  gd('old-round', { startYear: 1996, endYear: 2020 }),
  gd('new-round', { startYear: 2021, endYear: null }),
  pairing({ id: 'lasting', startYear: 1996, endYear: null }),
  gd('between', { startYear: 2017, endYear: 2019 }),
  gd('later', { startYear: 2023, endYear: null }),
  gd('ends-in-to', { startYear: 2010, endYear: 2021 }),
  gd('starts-in-from', { startYear: 2016, endYear: null, model: 'industry-education' }),
  // Start unknown: drawn from the year first documented, 2018.
  gd('documented', { startYear: null, firstDocumented: { year: 2018, sourceId: 'src-a' } }),
  pairing({
    id: 'inside-one-province',
    east: { adcode: '520000', place: null, institution: null },
    west: { adcode: '520000', place: null, institution: null },
    startYear: 2020,
  }),
];

describe('what changed between two years', () => {
  it('sorts each relationship by whether it is active in the first year, the second, or both', () => {
    const d = yearDiff(list, 2016, 2021, noFilters);
    expect(d.started.map((p) => p.id)).toEqual(['new-round', 'documented', 'inside-one-province']);
    expect(d.ended.map((p) => p.id)).toEqual(['old-round']);
    expect(d.continued.map((p) => p.id)).toEqual(['lasting', 'ends-in-to', 'starts-in-from']);
  });

  it('is exactly the difference between the two years’ maps', () => {
    const d = yearDiff(list, 2016, 2021, noFilters);
    const ids = (year: number) =>
      new Set(
        buildArcs(list, provs, { year, models: [], programme: null }).arcs.flatMap(
          (a) => a.pairingIds,
        ),
      );
    const [before, after] = [ids(2016), ids(2021)];
    // The map leaves out relationships inside one province; so does the change map.
    const drawn = (ps: Pairing[]) =>
      ps.map((p) => p.id).filter((id) => before.has(id) || after.has(id));
    expect(drawn(d.started)).toEqual([...after].filter((id) => !before.has(id)));
    expect(drawn(d.ended)).toEqual([...before].filter((id) => !after.has(id)));
  });

  it('applies the model and programme filters to both years', () => {
    const d = yearDiff(list, 2010, 2021, { models: ['industry-education'], programme: null });
    expect(d.started.map((p) => p.id)).toEqual(['starts-in-from']);
    expect(d.ended).toEqual([]);
    expect(d.continued).toEqual([]);
    expect(yearDiff(list, 2010, 2021, { models: [], programme: 'other' }).continued).toEqual([]);
  });

  it('draws one arc per change and province pair, and counts what it cannot draw', () => {
    const d = yearDiff(list, 2016, 2021, noFilters);
    const { arcs, unplaced } = diffArcs(d, provs);
    expect(arcs.map((a) => [a.key, a.weight])).toEqual([
      ['continued>440000>520000', 2],
      ['continued>310000>530000', 1],
      ['ended>440000>520000', 1],
      ['started>440000>520000', 2],
    ]);
    expect(unplaced).toBe(1);
    expect(diffCounts(d, arcs)).toEqual({
      started: { pairings: 3, pairs: 1 },
      ended: { pairings: 1, pairs: 1 },
      continued: { pairings: 3, pairs: 2 },
    });
  });
});
