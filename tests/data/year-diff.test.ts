import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PairingsFile } from '../../src/data/schema/pairings';
import { yearDiff } from '../../src/views/map/compare/diff';

// The bundled relationships, read as plain JSON: the expected sets below are computed from the
// records' own year fields, not through the map's code.
const raw = JSON.parse(readFileSync(resolve(process.cwd(), 'data/pairings.json'), 'utf8')) as {
  pairings: {
    id: string;
    startYear: number | null;
    firstDocumented: { year: number };
    endYear: number | null;
  }[];
};
const file = raw as unknown as PairingsFile;

/** In the map of `year`: drawn from its start (or first documented year) to its end year. */
const inYear = (p: (typeof raw.pairings)[number], year: number) =>
  (p.startYear ?? p.firstDocumented.year) <= year && (p.endYear === null || p.endYear >= year);

describe('the change between two rounds in the bundled data', () => {
  it.each([
    [2016, 2021],
    [2010, 2016],
    [1996, 2021],
  ])('%i → %i lists exactly the relationships whose years put them in one map only', (a, b) => {
    const d = yearDiff(file.pairings, a, b, { models: [], programme: null });
    const ids = (f: (p: (typeof raw.pairings)[number]) => boolean) =>
      raw.pairings.filter(f).map((p) => p.id);
    expect(d.started.map((p) => p.id)).toEqual(ids((p) => !inYear(p, a) && inYear(p, b)));
    expect(d.ended.map((p) => p.id)).toEqual(ids((p) => inYear(p, a) && !inYear(p, b)));
    expect(d.continued.map((p) => p.id)).toEqual(ids((p) => inYear(p, a) && inYear(p, b)));
  });

  it('2016 → 2021 is a real change: the 2021 round starts relationships and the 2016 one ends', () => {
    const d = yearDiff(file.pairings, 2016, 2021, { models: [], programme: null });
    expect(d.started.length).toBeGreaterThan(0);
    expect(d.ended.length).toBeGreaterThan(0);
    expect(d.ended.every((p) => p.endYear !== null && p.endYear < 2021)).toBe(true);
  });
});
