/**
 * Map geometry at the edge: the guards for the GeoJSON files under data/geo/ and their
 * normalisation into what ECharts is given. Every coordinate is checked, because ECharts trusts
 * what it is given (a point at 1e308 or an array where a number belongs throws inside its
 * drawing code). Pure (no DOM, no ECharts); past these guards the code trusts the shapes.
 */
import type { DatasetError } from '../../data/dataset-error';
import type { Issue, Path } from '../../data/schema/kit';

export type LonLat = [number, number];

type PolygonGeometry =
  | { type: 'Polygon'; coordinates: LonLat[][] }
  | { type: 'MultiPolygon'; coordinates: LonLat[][][] };
type LineGeometry =
  | { type: 'LineString'; coordinates: LonLat[] }
  | { type: 'MultiLineString'; coordinates: LonLat[][] };

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

/** Loading state of one geometry file; its problems are dataset errors like any other file's. */
export type GeoState<T> =
  { status: 'loading' } | { status: 'ready'; geo: T } | { status: 'error'; errors: DatasetError[] };

/** A geometry file read: what the map draws, or its problems by JSON path. */
export type GeoResult<T> = { ok: true; geo: T } | { ok: false; issues: Issue[] };

/** Longitude and latitude as GeoJSON (WGS 84) bounds them. */
export const LON_RANGE = [-180, 180] as const;
export const LAT_RANGE = [-90, 90] as const;
/**
 * Positions in one geometry file at most: the full-detail national map of a map package has
 * about 75,000 (the committed one about 7,000); a file far beyond would freeze a phone.
 */
export const MAX_GEO_POSITIONS = 250_000;
/** Text of a geometry file at most, refused before parsing (the full-detail map is 1.7 MB). */
export const MAX_GEO_BYTES = 8 * 1024 * 1024;
/** Problems listed at most: a broken file is reported, not listed in full. */
const MAX_GEO_ISSUES = 20;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ADCODE = /^\d{6}$/;
const MAX_NAME = 80;

const issue = (path: Path, reason: Issue['reason']): Issue => ({ path, reason });

/**
 * The problem with a position, or null: two or three finite numbers (longitude, latitude,
 * altitude), the first two within WGS 84 bounds.
 */
function positionIssue(v: unknown, path: Path): Issue | null {
  if (!Array.isArray(v)) return issue(path, { code: 'type', expected: 'array' });
  if (v.length < 2 || v.length > 3) return issue(path, { code: 'count', min: 2, max: 3 });
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    // An array here is a level of nesting too many: refused, never followed.
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      return issue([...path, i], { code: 'type', expected: 'number' });
    }
    const range = i === 0 ? LON_RANGE : i === 1 ? LAT_RANGE : null;
    if (range && (x < range[0] || x > range[1])) {
      return issue([...path, i], { code: 'range', min: range[0], max: range[1] });
    }
  }
  return null;
}

const listIssue = (v: unknown, path: Path, min: number): Issue | null =>
  !Array.isArray(v)
    ? issue(path, { code: 'type', expected: 'array' })
    : v.length < min
      ? issue(path, { code: 'count', min })
      : null;

/**
 * Checks coordinates in full without recursion. Each geometry type has a fixed depth, so the
 * walk is a few nested loops and never goes deeper than the type allows: a polygon nested
 * 10,000 deep is refused at the first level too many. Counts positions against the file's limit.
 */
class CoordinateCheck {
  private positions = 0;

  /** A line string (2 positions or more), or a linear ring (4 or more, the last = the first). */
  line(v: unknown, path: Path, ring: boolean): Issue | null {
    const bad = listIssue(v, path, ring ? 4 : 2);
    if (bad) return bad;
    const points = v as unknown[];
    this.positions += points.length;
    if (this.positions > MAX_GEO_POSITIONS) {
      return issue(path, { code: 'too-many-positions', max: MAX_GEO_POSITIONS });
    }
    for (let i = 0; i < points.length; i++) {
      const bad = positionIssue(points[i], [...path, i]);
      if (bad) return bad;
    }
    if (ring) {
      const a = points[0] as number[];
      const b = points[points.length - 1] as number[];
      if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
        return issue(path, { code: 'ring-open' });
      }
    }
    return null;
  }

  /** One or more lines or rings; with `multi`, one or more lists of them (multi-polygons). */
  lines(v: unknown, path: Path, ring: boolean, multi: boolean): Issue | null {
    const bad = listIssue(v, path, 1);
    if (bad) return bad;
    const outer = v as unknown[];
    for (let i = 0; i < outer.length; i++) {
      if (!multi) {
        const bad = this.line(outer[i], [...path, i], ring);
        if (bad) return bad;
        continue;
      }
      const badList = listIssue(outer[i], [...path, i], 1);
      if (badList) return badList;
      const inner = outer[i] as unknown[];
      for (let j = 0; j < inner.length; j++) {
        const bad = this.line(inner[j], [...path, i, j], ring);
        if (bad) return bad;
      }
    }
    return null;
  }

  /** A geometry of one of the `allowed` types, every coordinate of it. */
  geometry(g: unknown, allowed: readonly string[], path: Path): Issue | null {
    if (!isObject(g)) return issue(path, { code: 'type', expected: 'object' });
    if (typeof g.type !== 'string' || !allowed.includes(g.type)) {
      return issue([...path, 'type'], { code: 'enum', allowed });
    }
    const at = [...path, 'coordinates'];
    const c = g.coordinates;
    if (g.type === 'LineString') return this.line(c, at, false);
    if (g.type === 'MultiLineString') return this.lines(c, at, false, false);
    if (g.type === 'Polygon') return this.lines(c, at, true, false);
    return this.lines(c, at, true, true);
  }
}

const POLYGONS = ['Polygon', 'MultiPolygon'] as const;
const LINES = ['LineString', 'MultiLineString'] as const;

type FeatureReader = (
  f: Record<string, unknown>,
  props: Record<string, unknown>,
  path: Path,
  check: CoordinateCheck,
) => Issue | null;

/** Walks a FeatureCollection, handing each feature with properties to `read`; its problems. */
function readFeatures(json: unknown, read: FeatureReader): Issue[] {
  if (!isObject(json)) return [issue([], { code: 'type', expected: 'object' })];
  if (json.type !== 'FeatureCollection') {
    return [issue(['type'], { code: 'enum', allowed: ['FeatureCollection'] })];
  }
  if (!Array.isArray(json.features)) {
    return [issue(['features'], { code: 'type', expected: 'array' })];
  }
  const check = new CoordinateCheck();
  const issues: Issue[] = [];
  const list = json.features as unknown[];
  for (let i = 0; i < list.length && issues.length < MAX_GEO_ISSUES; i++) {
    const f = list[i];
    const path = ['features', i];
    const bad = !isObject(f)
      ? issue(path, { code: 'type', expected: 'object' })
      : !isObject(f.properties)
        ? issue([...path, 'properties'], { code: 'type', expected: 'object' })
        : read(f, f.properties, path, check);
    if (bad) issues.push(bad);
    // Past the limit every later feature would say the same.
    if (bad?.reason.code === 'too-many-positions') break;
  }
  return issues;
}

/** The problem with a feature's adcode (six digits, not seen before), or null. */
function adcodeIssue(code: unknown, seen: Set<string>, path: Path): Issue | null {
  if (typeof code !== 'string' || !ADCODE.test(code)) {
    return issue(path, { code: 'pattern', format: '6 digits' });
  }
  if (seen.has(code)) return issue(path, { code: 'duplicate', value: code });
  seen.add(code);
  return null;
}

const region = (name: string, geometry: PolygonGeometry): RegionFeature => ({
  type: 'Feature',
  properties: { name },
  geometry,
});

/**
 * Checks data/geo/china.json in full and keeps what the map draws: province polygons by adcode,
 * the inset's land and frame, the ten-dash polylines. Features of other kinds are left out
 * unchecked (the file may grow new layers); at least one province is required.
 */
export function parseChinaGeo(json: unknown): GeoResult<ChinaGeo> {
  const out: ChinaGeo = { provinces: [], insetLand: [], insetFrame: [], tenDash: [] };
  const seen = new Set<string>();
  const issues = readFeatures(json, (f, props, path, check) => {
    const kind = props.kind;
    const geometry = [...path, 'geometry'];
    if (kind === 'ten-dash') {
      const bad = check.geometry(f.geometry, LINES, geometry);
      if (bad) return bad;
      const g = f.geometry as LineGeometry;
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      for (const line of lines) out.tenDash.push(line.map((p) => [p[0], p[1]]));
      return null;
    }
    if (kind !== 'province' && kind !== 'inset-land' && kind !== 'inset-frame') return null;
    const bad =
      (kind === 'province'
        ? adcodeIssue(props.adcode, seen, [...path, 'properties', 'adcode'])
        : null) ?? check.geometry(f.geometry, POLYGONS, geometry);
    if (bad) return bad;
    const g = f.geometry as PolygonGeometry;
    if (kind === 'province') out.provinces.push(region(props.adcode as string, g));
    else if (kind === 'inset-land') {
      out.insetLand.push(region(`inset-land-${out.insetLand.length}`, g));
    } else out.insetFrame.push(region(`inset-frame-${out.insetFrame.length}`, g));
    return null;
  });
  if (issues.length === 0 && out.provinces.length === 0) {
    issues.push(issue(['features'], { code: 'count', min: 1 }));
  }
  return issues.length ? { ok: false, issues } : { ok: true, geo: out };
}

/**
 * Checks a prefecture file (data/geo/<province adcode>.json) in full: every feature has a
 * six-digit adcode, a name and polygons; its seat `cp`, where given, is a position (a
 * prefecture without one is drawn but no arc can end there).
 */
export function parsePrefectureGeo(json: unknown): GeoResult<PrefectureGeo> {
  const out: PrefectureGeo = { features: [], prefectures: [] };
  const seen = new Set<string>();
  const issues = readFeatures(json, (f, props, path, check) => {
    const { adcode, name, cp } = props;
    const at = (key: string) => [...path, 'properties', key];
    const bad =
      adcodeIssue(adcode, seen, at('adcode')) ??
      (typeof name !== 'string'
        ? issue(at('name'), { code: 'type', expected: 'string' })
        : name.length > MAX_NAME
          ? issue(at('name'), { code: 'too-long', max: MAX_NAME })
          : null) ??
      (cp === undefined ? null : positionIssue(cp, at('cp'))) ??
      check.geometry(f.geometry, POLYGONS, [...path, 'geometry']);
    if (bad) return bad;
    const code = adcode as string;
    out.features.push(region(code, f.geometry as PolygonGeometry));
    if (Array.isArray(cp)) {
      out.prefectures.push({ adcode: code, name: name as string, cp: [cp[0], cp[1]] });
    }
    return null;
  });
  if (issues.length === 0 && out.features.length === 0) {
    issues.push(issue(['features'], { code: 'count', min: 1 }));
  }
  return issues.length ? { ok: false, issues } : { ok: true, geo: out };
}

/**
 * A geometry file's text read and checked, or its problems as dataset errors: by file, by
 * feature (its adcode where it has a valid one, else its position) and by JSON path inside it.
 */
export function readGeoText<T>(
  file: string,
  text: string,
  parse: (json: unknown) => GeoResult<T>,
): { ok: true; geo: T } | { ok: false; errors: DatasetError[] } {
  const fileError = (reason: DatasetError['reason']) => ({
    ok: false as const,
    errors: [{ file, record: null, field: null, reason }],
  });
  if (text.length > MAX_GEO_BYTES) {
    return fileError({ code: 'too-large', bytes: text.length, max: MAX_GEO_BYTES });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fileError({
      code: 'invalid-json',
      detail: e instanceof Error ? e.message.slice(0, 200) : 'parse error',
    });
  }
  const result = parse(json);
  if (result.ok) return result;
  return { ok: false, errors: result.issues.map((i) => geoError(file, json, i)) };
}

/** Names the feature a path points into by its adcode, as the reader knows it. */
function geoError(file: string, json: unknown, { path, reason }: Issue): DatasetError {
  if (path[0] !== 'features' || typeof path[1] !== 'number') {
    return { file, record: null, field: path.join('.') || null, reason };
  }
  const f = (json as { features: unknown[] }).features[path[1]];
  const code = isObject(f) && isObject(f.properties) ? f.properties.adcode : undefined;
  const named = typeof code === 'string' && ADCODE.test(code);
  return {
    file,
    record: named ? code : `#${path[1]}`,
    field: path.slice(2).join('.') || null,
    reason,
  };
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
