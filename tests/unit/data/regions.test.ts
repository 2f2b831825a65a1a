import { describe, expect, it } from 'vitest';
import { meanOver, ratioSeries, regionTotals } from '../../../src/data/queries/regions';
import { gdp, provinces } from '../../fixtures/datasets';

// Fixture provinces: east 310000, 440000; central 410000; west 520000, 530000; northeast 210000.
const rows = (year: number, values: Record<string, number | null>) =>
  Object.entries(values).map(([code, v]) => [code, year, v] as [string, number, number | null]);

describe('region totals', () => {
  it('sums provinces by NBS region', () => {
    const data = gdp(
      rows(2000, {
        '310000': 100,
        '440000': 200,
        '410000': 50,
        '520000': 30,
        '530000': 70,
        '210000': 40,
      }),
    );
    const t = regionTotals(data, provinces().provinces, 2000);
    expect(t.totals).toEqual({ east: 300, central: 50, west: 100, northeast: 40 });
    expect(t.sum31).toBe(490);
    expect(t.missing).toEqual([]);
  });

  it('gives null for a region with a missing province instead of a partial sum', () => {
    const data = gdp(
      rows(2000, { '310000': 100, '440000': 200, '410000': 50, '520000': null, '210000': 40 }),
    );
    const t = regionTotals(data, provinces().provinces, 2000);
    expect(t.totals.west).toBeNull();
    expect(t.totals.east).toBe(300);
    expect(t.sum31).toBeNull();
    expect(t.missing).toEqual(['520000', '530000']);
  });
});

describe('ratio series', () => {
  it('computes West/East and companions for every year, null where data is missing', () => {
    const data = gdp([
      ...rows(2000, {
        '310000': 100,
        '440000': 200,
        '410000': 50,
        '520000': 30,
        '530000': 70,
        '210000': 40,
      }),
      ...rows(2001, {
        '310000': 100,
        '440000': 100,
        '410000': 50,
        '520000': 30,
        '530000': null,
        '210000': 40,
      }),
    ]);
    data.lastYear = 2001;
    const s = ratioSeries(data, provinces().provinces);
    expect(s).toHaveLength(2);
    expect(s[0]!.westEast).toBeCloseTo(1 / 3, 10);
    expect(s[0]!.centralEast).toBeCloseTo(50 / 300, 10);
    expect(s[0]!.westShare).toBeCloseTo(100 / 490, 10);
    expect(s[1]!.westEast).toBeNull();
    expect(s[1]!.centralEast).toBeCloseTo(0.25, 10);
    expect(meanOver(s, (p) => p.westEast, [2000, 2000])).toBeCloseTo(1 / 3, 10);
    expect(meanOver(s, (p) => p.westEast, [2000, 2001])).toBeNull();
  });
});
