import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChinaGeo } from '../../../src/views/map/geo';
import { level1Path, toAtlasGeo } from '../../bench/peer/geo-full.mjs';

/** Number of positions in a GeoJSON geometry. */
const positions = (c: unknown): number =>
  Array.isArray(c) && typeof c[0] === 'number'
    ? 1
    : Array.isArray(c)
      ? c.reduce((n: number, x) => n + positions(x), 0)
      : 0;

describe("the naive peer's full-detail map", () => {
  const level1 = JSON.parse(readFileSync(level1Path(), 'utf8')) as {
    type: string;
    features: { properties: Record<string, unknown>; geometry: unknown }[];
  };
  const converted = toAtlasGeo(level1);

  it('renames properties only: every geometry is passed through untouched', () => {
    expect(converted.features).toHaveLength(level1.features.length);
    converted.features.forEach((f, i) => {
      expect(f.geometry).toBe(level1.features[i]!.geometry);
    });
    const count = (fc: { features: { geometry: unknown }[] }) =>
      fc.features.reduce(
        (n, f) => n + positions((f.geometry as { coordinates: unknown }).coordinates),
        0,
      );
    expect(count(converted)).toBe(count(level1));
    expect(count(converted)).toBeGreaterThan(50_000);
  });

  it("is accepted by the map's geometry guard, with all 34 provinces", () => {
    const result = parseChinaGeo(converted);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const geo = result.ok ? result.geo : null;
    expect(geo?.provinces).toHaveLength(34);
    expect(geo?.provinces.map((p) => p.properties.name)).toContain('650000');
    expect(geo?.tenDash.length).toBeGreaterThan(0);
  });

  it('maps gb codes and names as the atlas expects', () => {
    const toy = toAtlasGeo({
      type: 'FeatureCollection',
      features: [
        { properties: { name: '北京', full_name: '北京市', gb: '156110000' }, geometry: null },
        { properties: { name: '境界线', gb: '' }, geometry: null },
      ],
    });
    expect(toy.features.map((f) => f.properties)).toEqual([
      { kind: 'province', adcode: '110000', name: '北京市' },
      { kind: 'ten-dash', name: '境界线' },
    ]);
  });
});
