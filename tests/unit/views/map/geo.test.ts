import { describe, expect, it } from 'vitest';
import {
  chinaCollection,
  drillCollection,
  mapName,
  parseChinaGeo,
  shortPrefecture,
  parsePrefectureGeo,
  regionAt,
  type RegionFeature,
} from '../../../../src/views/map/geo';
import { chinaGeoJson, guizhouGeoJson } from './geo-fixtures';

describe('map geometry at the edge', () => {
  it('keeps provinces by adcode, the inset polygons and the ten-dash polylines', () => {
    const geo = parseChinaGeo(chinaGeoJson())!;
    expect(geo.provinces.map((f) => f.properties.name)).toEqual([
      '310000',
      '440000',
      '410000',
      '520000',
      '530000',
      '210000',
    ]);
    expect(geo.insetFrame.map((f) => f.properties.name)).toEqual(['inset-frame-0']);
    expect(geo.insetLand.map((f) => f.properties.name)).toEqual(['inset-land-0']);
    expect(geo.tenDash).toHaveLength(2);
    // Lines are not polygons: the registered collection has no ten-dash feature.
    expect(chinaCollection(geo).features).toHaveLength(8);
  });

  it.each([
    ['not an object', 'hello'],
    ['not a FeatureCollection', { type: 'Feature', features: [] }],
    ['a province without adcode', edit((f) => delete f.properties.adcode)],
    [
      'a province with a point geometry',
      edit((f) => (f.geometry = { type: 'Point', coordinates: [1, 2] })),
    ],
    ['a polygon with strings for numbers', edit((f) => (f.geometry.coordinates = [[['1', '2']]]))],
    ['no province at all', { type: 'FeatureCollection', features: [] }],
  ])('refuses %s', (_what, json) => {
    expect(parseChinaGeo(json)).toBeNull();
  });

  it('reads prefectures with their seats and replaces the drilled province with them', () => {
    const pref = parsePrefectureGeo(guizhouGeoJson())!;
    expect(pref.prefectures).toEqual([
      { adcode: '520100', name: '贵阳市', cp: [106.6, 26.6] },
      { adcode: '520300', name: '遵义市', cp: [106.9, 27.7] },
    ]);
    const names = drillCollection(parseChinaGeo(chinaGeoJson())!, '520000', pref).features.map(
      (f) => f.properties.name,
    );
    expect(names).not.toContain('520000');
    expect(names).toContain('520100');
    expect(names).toContain('310000');
    expect(
      parsePrefectureGeo({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }),
    ).toBeNull();
  });

  it('shortens autonomous-prefecture names for map labels', () => {
    expect(shortPrefecture('黔西南布依族苗族自治州')).toBe('黔西南州');
    expect(shortPrefecture('巴音郭楞蒙古自治州')).toBe('巴音郭楞州');
    expect(shortPrefecture('遵义市')).toBe('遵义市');
  });

  it('never registers under the name "china"', () => {
    expect(mapName(null)).toBe('atlas-china');
    expect(mapName('520000')).toBe('atlas-520000');
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edit(fn: (first: any) => void) {
  const json = chinaGeoJson();
  fn(json.features[0]);
  return json;
}

describe('sqrtRamp', () => {
  it('runs from the first colour to the second on a square-root scale, clamped', async () => {
    const { sqrtRamp } = await import('../../../../src/views/map/shading');
    const ramp = sqrtRamp([0, 100], ['#000000', '#ff6400']);
    expect(ramp(0)).toBe('rgb(0, 0, 0)');
    expect(ramp(100)).toBe('rgb(255, 100, 0)');
    // √25 / √100 = 0.5: half-way in colour at a quarter of the value.
    expect(ramp(25)).toBe('rgb(128, 50, 0)');
    expect(ramp(-5)).toBe('rgb(0, 0, 0)');
    expect(ramp(1e9)).toBe('rgb(255, 100, 0)');
  });
});

describe('regionAt', () => {
  const ring = (x0: number, y0: number, x1: number, y1: number) => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  const feature = (name: string, geometry: RegionFeature['geometry']): RegionFeature => ({
    type: 'Feature',
    properties: { name },
    geometry,
  });
  // A province with a hole, and an island province drawn as two polygons.
  const holed = feature('110000', {
    type: 'Polygon',
    coordinates: [ring(0, 0, 10, 10), ring(4, 4, 6, 6)],
  });
  const islands = feature('460000', {
    type: 'MultiPolygon',
    coordinates: [[ring(20, 0, 22, 2)], [ring(30, 0, 32, 2)]],
  });
  const inHole = feature('120000', { type: 'Polygon', coordinates: [ring(4.5, 4.5, 5.5, 5.5)] });

  it('finds the region under a point, holes excepted, in any polygon of a multipolygon', () => {
    const all = [holed, islands];
    expect(regionAt([1, 1], all)).toBe('110000');
    expect(regionAt([5, 5], all)).toBeNull();
    expect(regionAt([31, 1], all)).toBe('460000');
    expect(regionAt([21, 1], all)).toBe('460000');
    expect(regionAt([25, 1], all)).toBeNull();
    expect(regionAt([5, 5], [holed, inHole])).toBe('120000');
  });

  it('finds the provinces of the real-shaped fixture at their label points', () => {
    const geo = parseChinaGeo(chinaGeoJson())!;
    expect(regionAt([106.7, 26.6], geo.provinces)).toBe('520000');
    expect(regionAt([121.4, 31.2], geo.provinces)).toBe('310000');
    expect(regionAt([90, 40], geo.provinces)).toBeNull();
  });
});
