/** Tiny synthetic map geometry: squares around the label points of tests/fixtures/datasets. */
import type { GeoResult } from '../../../../src/views/map/geo';

/** The geometry of a file the guard accepted; a test fails with the problems otherwise. */
export function accepted<T>(result: GeoResult<T>): T {
  if (!result.ok) throw new Error(`geometry refused: ${JSON.stringify(result.issues)}`);
  return result.geo;
}

const square = (lon: number, lat: number, r = 1) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - r, lat - r],
      [lon + r, lat - r],
      [lon + r, lat + r],
      [lon - r, lat + r],
      [lon - r, lat - r],
    ],
  ],
});

export function chinaGeoJson() {
  const province = (adcode: string, name: string, lon: number, lat: number) => ({
    type: 'Feature',
    properties: { kind: 'province', adcode, name },
    geometry: square(lon, lat),
  });
  return {
    type: 'FeatureCollection',
    features: [
      province('310000', '上海市', 121.4, 31.2),
      province('440000', '广东省', 113.3, 23.1),
      province('410000', '河南省', 113.6, 34.7),
      province('520000', '贵州省', 106.7, 26.6),
      province('530000', '云南省', 102.7, 25.0),
      province('210000', '辽宁省', 123.4, 41.8),
      { type: 'Feature', properties: { kind: 'inset-frame' }, geometry: square(130, 22, 4) },
      { type: 'Feature', properties: { kind: 'inset-land' }, geometry: square(130, 21, 0.2) },
      {
        type: 'Feature',
        properties: { kind: 'ten-dash' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [127, 20],
              [127.5, 19],
            ],
            [
              [128, 18],
              [128.5, 17],
            ],
          ],
        },
      },
    ],
  };
}

export function guizhouGeoJson() {
  const pref = (adcode: string, name: string, lon: number, lat: number) => ({
    type: 'Feature',
    properties: { adcode, name, cp: [lon, lat] },
    geometry: square(lon, lat, 0.4),
  });
  return {
    type: 'FeatureCollection',
    features: [pref('520100', '贵阳市', 106.6, 26.6), pref('520300', '遵义市', 106.9, 27.7)],
  };
}
