import { describe, expect, it } from 'vitest';
import {
  chinaCollection,
  drillCollection,
  mapName,
  parseChinaGeo,
  shortPrefecture,
  parsePrefectureGeo,
  readGeoText,
  regionAt,
  MAX_GEO_BYTES,
  MAX_GEO_POSITIONS,
  type LonLat,
  type RegionFeature,
} from '../../../../src/views/map/geo';
import { accepted, chinaGeoJson, guizhouGeoJson } from './geo-fixtures';

describe('map geometry at the edge', () => {
  it('keeps provinces by adcode, the inset polygons and the ten-dash polylines', () => {
    const geo = accepted(parseChinaGeo(chinaGeoJson()));
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

  it('reads prefectures with their seats and replaces the drilled province with them', () => {
    const pref = accepted(parsePrefectureGeo(guizhouGeoJson()));
    expect(pref.prefectures).toEqual([
      { adcode: '520100', name: '贵阳市', cp: [106.6, 26.6] },
      { adcode: '520300', name: '遵义市', cp: [106.9, 27.7] },
    ]);
    const china = accepted(parseChinaGeo(chinaGeoJson()));
    const names = drillCollection(china, '520000', pref).features.map((f) => f.properties.name);
    expect(names).not.toContain('520000');
    expect(names).toContain('520100');
    expect(names).toContain('310000');
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

// The fixtures are edited as plain JSON, as a hostile file would be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
/** The fixture with `fn` applied to it; `ring` is the first province's (Shanghai's) outer ring. */
function edit(fn: (json: Json, ring: unknown[]) => void): Json {
  const json: Json = chinaGeoJson();
  fn(json, json.features[0].geometry.coordinates[0]);
  return json;
}
const RING = ['features', 0, 'geometry', 'coordinates', 0];

describe('every coordinate is checked, without recursion', () => {
  it.each([
    [
      'a point at ±1e308 after the first',
      edit((_j, ring) => (ring[2] = [1e308, -1e308])),
      [...RING, 2, 0],
      { code: 'range', min: -180, max: 180 },
    ],
    [
      'a latitude beyond the pole',
      edit((_j, ring) => (ring[1] = [121, 91])),
      [...RING, 1, 1],
      { code: 'range', min: -90, max: 90 },
    ],
    [
      'a point of strings after the first',
      edit((_j, ring) => (ring[2] = ['1', '2'])),
      [...RING, 2, 0],
      { code: 'type', expected: 'number' },
    ],
    [
      'a null point after the first',
      edit((_j, ring) => (ring[3] = null)),
      [...RING, 3],
      { code: 'type', expected: 'array' },
    ],
    [
      'a null longitude',
      edit((_j, ring) => (ring[1] = [null, 31])),
      [...RING, 1, 0],
      { code: 'type', expected: 'number' },
    ],
    [
      'a point of one number',
      edit((_j, ring) => (ring[1] = [121])),
      [...RING, 1],
      { code: 'count', min: 2, max: 3 },
    ],
    [
      'a ring of three points',
      edit((_j, ring) => ring.splice(1, 2)),
      RING,
      { code: 'count', min: 4 },
    ],
    [
      'a ring that does not close',
      edit((_j, ring) => (ring[4] = [122, 32])),
      RING,
      { code: 'ring-open' },
    ],
    [
      'a polygon with no ring',
      edit((j) => (j.features[0].geometry.coordinates = [])),
      RING.slice(0, -1),
      { code: 'count', min: 1 },
    ],
    [
      'multipolygon coordinates in a polygon (a level too deep)',
      edit((j, ring) => (j.features[0].geometry.coordinates = [[ring]])),
      RING,
      { code: 'count', min: 4 },
    ],
    [
      'polygon coordinates in a multipolygon (a level too shallow)',
      edit((j) => (j.features[0].geometry.type = 'MultiPolygon')),
      [...RING, 0],
      { code: 'count', min: 4 },
    ],
    [
      'a point geometry for a province',
      edit((j) => (j.features[0].geometry = { type: 'Point', coordinates: [1, 2] })),
      ['features', 0, 'geometry', 'type'],
      { code: 'enum', allowed: ['Polygon', 'MultiPolygon'] },
    ],
    [
      'a province without adcode',
      edit((j) => delete j.features[0].properties.adcode),
      ['features', 0, 'properties', 'adcode'],
      { code: 'pattern', format: '6 digits' },
    ],
    [
      'a province given twice',
      edit((j) => (j.features[1].properties.adcode = '310000')),
      ['features', 1, 'properties', 'adcode'],
      { code: 'duplicate', value: '310000' },
    ],
    [
      'a ten-dash line of one point',
      edit((j) => (j.features[8].geometry.coordinates[1] = [[128, 18]])),
      ['features', 8, 'geometry', 'coordinates', 1],
      { code: 'count', min: 2 },
    ],
    ['not an object', 'hello', [], { code: 'type', expected: 'object' }],
    [
      'not a FeatureCollection',
      { type: 'Feature', features: [] },
      ['type'],
      { code: 'enum', allowed: ['FeatureCollection'] },
    ],
    [
      'no province at all',
      { type: 'FeatureCollection', features: [] },
      ['features'],
      { code: 'count', min: 1 },
    ],
  ])('refuses %s, saying where', (_what, json, path, reason) => {
    expect(parseChinaGeo(json)).toEqual({ ok: false, issues: [{ path, reason }] });
  });

  it('refuses a polygon nested 10,000 deep where the nesting starts, without recursion', () => {
    let deep: unknown = [121, 31];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const json = edit((j) =>
      j.features.push({
        type: 'Feature',
        properties: { kind: 'inset-land' },
        geometry: { type: 'MultiPolygon', coordinates: deep },
      }),
    );
    // Deeper than a call stack: a recursive walk (and ECharts) throws a RangeError on it.
    expect(parseChinaGeo(json)).toEqual({
      ok: false,
      issues: [
        {
          path: ['features', 9, 'geometry', 'coordinates', 0, 0],
          reason: { code: 'count', min: 4 },
        },
      ],
    });
  });

  it('reports each broken feature, and a file past the size limit once', () => {
    const json = edit((j) => {
      j.features[1].geometry.coordinates[0][1] = [1e308, 0];
      j.features[3].geometry.coordinates[0][1] = 'x';
    });
    const result = parseChinaGeo(json);
    expect(result.ok ? [] : result.issues.map((i) => i.path.slice(0, 2))).toEqual([
      ['features', 1],
      ['features', 3],
    ]);

    // Rings of 50,001 valid positions: the fifth takes the file past 250,000.
    const big = Array.from({ length: 50_001 }, (_, i) => [100 + (i % 2) * 0.001, 30]);
    big[big.length - 1] = big[0]!;
    const huge = edit((j) => {
      for (let i = 0; i < 6; i++) j.features[i].geometry.coordinates = [big];
    });
    expect(MAX_GEO_POSITIONS).toBe(250_000);
    expect(parseChinaGeo(huge)).toEqual({
      ok: false,
      issues: [
        {
          path: ['features', 4, 'geometry', 'coordinates', 0],
          reason: { code: 'too-many-positions', max: 250_000 },
        },
      ],
    });
  });

  it('accepts an altitude, a hole and a multipolygon', () => {
    const json = edit((j, ring) => {
      const pts = ring as [number, number][];
      j.features[0].geometry = {
        type: 'MultiPolygon',
        coordinates: [
          [pts.map(([x, y]) => [x, y, 12]), pts.map(([x, y]) => [x * 0.5 + 60.7, y * 0.5 + 15.6])],
          [pts],
        ],
      };
    });
    expect(parseChinaGeo(json).ok).toBe(true);
  });

  it('checks a prefecture file the same way, its seats too', () => {
    const bad: Json = guizhouGeoJson();
    bad.features[1].properties.cp = [106.9, 'x'];
    expect(parsePrefectureGeo(bad)).toEqual({
      ok: false,
      issues: [
        {
          path: ['features', 1, 'properties', 'cp', 1],
          reason: { code: 'type', expected: 'number' },
        },
      ],
    });
    const shallow: Json = guizhouGeoJson();
    shallow.features[0].geometry.coordinates[0][2] = [
      [106.6, 26.6],
      [106.7, 26.7],
    ];
    expect(parsePrefectureGeo(shallow)).toEqual({
      ok: false,
      issues: [
        {
          path: ['features', 0, 'geometry', 'coordinates', 0, 2, 0],
          reason: { code: 'type', expected: 'number' },
        },
      ],
    });
    expect(
      parsePrefectureGeo({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }),
    ).toEqual({
      ok: false,
      issues: [
        { path: ['features', 0, 'properties'], reason: { code: 'type', expected: 'object' } },
      ],
    });
  });
});

describe('readGeoText', () => {
  it('names the file, the feature by its adcode and the JSON path inside it', () => {
    const json = edit((j) => (j.features[3].geometry.coordinates[0][2] = [1e308, -1e308]));
    expect(readGeoText('data/geo/china.json', JSON.stringify(json), parseChinaGeo)).toEqual({
      ok: false,
      errors: [
        {
          file: 'data/geo/china.json',
          record: '520000',
          field: 'geometry.coordinates.0.2.0',
          reason: { code: 'range', min: -180, max: 180 },
        },
      ],
    });
  });

  it('names a feature without a valid adcode by its position', () => {
    const json = edit((j) => (j.features[0].properties.adcode = 'x'));
    const result = readGeoText('data/geo/china.json', JSON.stringify(json), parseChinaGeo);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      record: '#0',
      field: 'properties.adcode',
    });
  });

  it('refuses text that is not JSON, or too large to parse, as a whole file', () => {
    expect(readGeoText('data/geo/520000.json', '{"type":', parsePrefectureGeo)).toMatchObject({
      ok: false,
      errors: [
        {
          file: 'data/geo/520000.json',
          record: null,
          field: null,
          reason: { code: 'invalid-json' },
        },
      ],
    });
    const tooLarge = ' '.repeat(MAX_GEO_BYTES + 1);
    expect(readGeoText('data/geo/china.json', tooLarge, parseChinaGeo)).toEqual({
      ok: false,
      errors: [
        {
          file: 'data/geo/china.json',
          record: null,
          field: null,
          reason: { code: 'too-large', bytes: MAX_GEO_BYTES + 1, max: MAX_GEO_BYTES },
        },
      ],
    });
  });
});

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
  const ring = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [
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
    const geo = accepted(parseChinaGeo(chinaGeoJson()));
    expect(regionAt([106.7, 26.6], geo.provinces)).toBe('520000');
    expect(regionAt([121.4, 31.2], geo.provinces)).toBe('310000');
    expect(regionAt([90, 40], geo.provinces)).toBeNull();
  });
});
