/**
 * Map geometry at the edge: type guards for the GeoJSON files under data/geo/ and their
 * normalisation into what ECharts is given. Pure (no DOM, no ECharts); past these guards the
 * code trusts the shapes.
 */

export type LonLat = [number, number];

type PolygonGeometry =
  { type: 'Polygon'; coordinates: unknown[] } | { type: 'MultiPolygon'; coordinates: unknown[] };
type LineGeometry =
  | { type: 'LineString'; coordinates: unknown[] }
  | { type: 'MultiLineString'; coordinates: unknown[] };

/** A polygon feature as ECharts receives it: `properties.name` is our region key. */
export interface RegionFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: PolygonGeometry;
}

/** What we keep of data/geo/china.json. */
export interface ChinaGeo {
  /** Province polygons keyed by adcode. */
  provinces: RegionFeature[];
  /** Islands and coasts inside the South China Sea inset; key "inset-land-<n>". */
  insetLand: RegionFeature[];
  /** The inset's rectangle; key "inset-frame-<n>". */
  insetFrame: RegionFeature[];
  /** The ten-dash line inside the inset, as polylines. */
  tenDash: LonLat[][];
}

/** What we keep of a prefecture file (data/geo/<province adcode>.json). */
export interface PrefectureGeo {
  features: RegionFeature[];
  prefectures: { adcode: string; name: string; cp: LonLat }[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isLonLat = (v: unknown): v is LonLat =>
  Array.isArray(v) &&
  v.length >= 2 &&
  typeof v[0] === 'number' &&
  typeof v[1] === 'number' &&
  Number.isFinite(v[0]) &&
  Number.isFinite(v[1]);

const ADCODE = /^\d{6}$/;

/** Nesting depth of the first coordinate: 1 = position, 2 = ring/line, 3 = polygon, 4 = multi. */
function depthOk(coords: unknown, depth: number): boolean {
  let v: unknown = coords;
  for (let d = depth; d > 1; d--) {
    if (!Array.isArray(v) || v.length === 0) return false;
    v = v[0];
  }
  return isLonLat(v);
}

function polygonGeometry(g: unknown): PolygonGeometry | null {
  if (!isObject(g) || !Array.isArray(g.coordinates)) return null;
  if (g.type === 'Polygon' && depthOk(g.coordinates, 3)) return g as PolygonGeometry;
  if (g.type === 'MultiPolygon' && depthOk(g.coordinates, 4)) return g as PolygonGeometry;
  return null;
}

function lineGeometry(g: unknown): LineGeometry | null {
  if (!isObject(g) || !Array.isArray(g.coordinates)) return null;
  if (g.type === 'LineString' && depthOk(g.coordinates, 2)) return g as LineGeometry;
  if (g.type === 'MultiLineString' && depthOk(g.coordinates, 3)) return g as LineGeometry;
  return null;
}

function features(json: unknown): unknown[] | null {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return null;
  }
  return json.features;
}

const region = (name: string, geometry: PolygonGeometry): RegionFeature => ({
  type: 'Feature',
  properties: { name },
  geometry,
});

/**
 * Checks the minimal shape of data/geo/china.json and keeps what the map draws; null when the
 * file is not a FeatureCollection, a feature is malformed, or no province is present.
 */
export function parseChinaGeo(json: unknown): ChinaGeo | null {
  const list = features(json);
  if (!list) return null;
  const out: ChinaGeo = { provinces: [], insetLand: [], insetFrame: [], tenDash: [] };
  const seen = new Set<string>();
  for (const f of list) {
    if (!isObject(f) || !isObject(f.properties)) return null;
    const kind = f.properties.kind;
    if (kind === 'ten-dash') {
      const g = lineGeometry(f.geometry);
      if (!g) return null;
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      for (const line of lines) {
        if (!Array.isArray(line)) return null;
        const pts = line.filter(isLonLat).map((p) => [p[0], p[1]] as LonLat);
        if (pts.length >= 2) out.tenDash.push(pts);
      }
      continue;
    }
    const g = polygonGeometry(f.geometry);
    if (!g) return null;
    if (kind === 'province') {
      const code = f.properties.adcode;
      if (typeof code !== 'string' || !ADCODE.test(code) || seen.has(code)) return null;
      seen.add(code);
      out.provinces.push(region(code, g));
    } else if (kind === 'inset-land') {
      out.insetLand.push(region(`inset-land-${out.insetLand.length}`, g));
    } else if (kind === 'inset-frame') {
      out.insetFrame.push(region(`inset-frame-${out.insetFrame.length}`, g));
    }
    // Unknown kinds are left out rather than refused: the file may grow new layers.
  }
  return out.provinces.length ? out : null;
}

/** Checks a prefecture file: every feature needs a six-digit adcode, a name and a `cp`. */
export function parsePrefectureGeo(json: unknown): PrefectureGeo | null {
  const list = features(json);
  if (!list) return null;
  const out: PrefectureGeo = { features: [], prefectures: [] };
  const seen = new Set<string>();
  for (const f of list) {
    if (!isObject(f) || !isObject(f.properties)) return null;
    const { adcode, name, cp } = f.properties;
    const g = polygonGeometry(f.geometry);
    if (!g || typeof adcode !== 'string' || !ADCODE.test(adcode) || typeof name !== 'string') {
      return null;
    }
    if (seen.has(adcode)) return null;
    seen.add(adcode);
    out.features.push(region(adcode, g));
    if (isLonLat(cp)) out.prefectures.push({ adcode, name, cp: [cp[0], cp[1]] });
  }
  return out.features.length ? out : null;
}

/** The FeatureCollection registered for the whole-country map. */
export function chinaCollection(geo: ChinaGeo) {
  return {
    type: 'FeatureCollection' as const,
    features: [...geo.provinces, ...geo.insetLand, ...geo.insetFrame],
  };
}

/**
 * The FeatureCollection of a drill-down: the drilled province replaced by its prefectures, the
 * other provinces kept (supporting provinces stay on the map), the inset left out.
 */
export function drillCollection(geo: ChinaGeo, province: string, prefectures: PrefectureGeo) {
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...geo.provinces.filter((f) => f.properties.name !== province),
      ...prefectures.features,
    ],
  };
}

/** Name under which a map is registered; never "china" (ECharts would add its own inset). */
export const mapName = (drill: string | null) => (drill ? `atlas-${drill}` : 'atlas-china');

/** Prefecture files shipped under data/geo/ (the provinces whose data name prefectures). */
export const DRILLABLE = ['650000', '520000'] as const;
export type DrillProvince = (typeof DRILLABLE)[number];
export const isDrillable = (adcode: string | null): adcode is DrillProvince =>
  (DRILLABLE as readonly string[]).includes(adcode ?? '');

/**
 * A shorter label for a prefecture name from the geometry, as maps commonly print them:
 * 黔西南布依族苗族自治州 → 黔西南州 (the full name stays in the tooltip and table).
 */
export const shortPrefecture = (name: string) =>
  name.replace(
    /(?:布依族|苗族|侗族|蒙古|回族|柯尔克孜|哈萨克|土家族|藏族|彝族|壮族|傣族|白族|哈尼族)+自治州$/,
    '州',
  );

/** Whether a point is inside a ring (even–odd rule, planar in lon/lat as ECharts draws it). */
function inRing(p: LonLat, ring: LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** The polygons of a feature as lists of rings. */
const polygonsOf = (f: RegionFeature): LonLat[][][] =>
  (f.geometry.type === 'Polygon'
    ? [f.geometry.coordinates]
    : f.geometry.coordinates) as LonLat[][][];

type Box = [number, number, number, number];
const boxes = new WeakMap<RegionFeature, Box>();
function boxOf(f: RegionFeature): Box {
  let b = boxes.get(f);
  if (!b) {
    b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygonsOf(f))
      for (const [x, y] of poly[0] ?? []) {
        b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
      }
    boxes.set(f, b);
  }
  return b;
}

/**
 * The key of the region containing a point, or null: what the pointer is over on the base
 * layer, which takes no pointer events itself (the flows layer above it does). Holes count as
 * outside.
 */
export function regionAt(p: LonLat, features: readonly RegionFeature[]): string | null {
  for (const f of features) {
    const [x0, y0, x1, y1] = boxOf(f);
    if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) continue;
    for (const poly of polygonsOf(f)) {
      const hits = poly.filter((ring) => inRing(p, ring)).length;
      if (hits % 2 === 1) return f.properties.name;
    }
  }
  return null;
}
