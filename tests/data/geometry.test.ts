import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

type Feature = {
  properties: { kind?: string; adcode?: string; name?: string; cp?: [number, number] };
  geometry: { type: string; coordinates: unknown };
};
const file = (p: string) => resolve(process.cwd(), 'data', p);
const load = (p: string) => JSON.parse(readFileSync(file(p), 'utf8')) as { features: Feature[] };
const points = (c: unknown): [number, number][] =>
  Array.isArray(c) && typeof c[0] === 'number'
    ? [c as [number, number]]
    : (c as unknown[]).flatMap(points);
const bbox = (f: Feature): [number, number, number, number] => {
  const p = points(f.geometry.coordinates);
  return [
    Math.min(...p.map((x) => x[0])),
    Math.min(...p.map((x) => x[1])),
    Math.max(...p.map((x) => x[0])),
    Math.max(...p.map((x) => x[1])),
  ];
};

const china = load('geo/china.json');
const provinces = JSON.parse(readFileSync(file('provinces.json'), 'utf8')) as {
  provinces: { adcode: string; labelPoint: [number, number] }[];
};

describe('map geometry (data/geo)', () => {
  it('has exactly the 34 provinces of provinces.json, Taiwan, Hong Kong and Macao included', () => {
    const codes = china.features
      .filter((f) => f.properties.kind === 'province')
      .map((f) => f.properties.adcode)
      .sort();
    expect(codes).toHaveLength(34);
    expect(codes).toEqual(provinces.provinces.map((p) => p.adcode).sort());
    for (const c of ['710000', '810000', '820000', '460000']) expect(codes).toContain(c);
  });

  it('keeps the Diaoyu and Chiwei islands with Taiwan', () => {
    const tw = china.features.find(
      (f) => f.properties.adcode === '710000' && f.properties.kind === 'province',
    )!;
    const pts = points(tw.geometry.coordinates);
    const near = (lon: number, lat: number) =>
      pts.some(([x, y]) => Math.abs(x - lon) < 0.15 && Math.abs(y - lat) < 0.15);
    expect(near(123.48, 25.74)).toBe(true); // 钓鱼岛
    expect(near(124.56, 25.92)).toBe(true); // 赤尾屿
  });

  it('draws the South China Sea islands and the ten-dash line inside a framed inset', () => {
    const frame = china.features.filter((f) => f.properties.kind === 'inset-frame');
    const dash = china.features.filter((f) => f.properties.kind === 'ten-dash');
    const land = china.features.filter((f) => f.properties.kind === 'inset-land');
    expect(frame).toHaveLength(1);
    expect(dash).toHaveLength(1);
    expect(land.length).toBeGreaterThan(0);
    const [x0, y0, x1, y1] = bbox(frame[0]!);
    const [dx0, dy0, dx1, dy1] = bbox(dash[0]!);
    expect(dx0).toBeGreaterThanOrEqual(x0);
    expect(dy0).toBeGreaterThanOrEqual(y0);
    expect(dx1).toBeLessThanOrEqual(x1);
    expect(dy1).toBeLessThanOrEqual(y1);
    expect((dash[0]!.geometry.coordinates as unknown[]).length).toBe(10);
    // The frame sits east of Taiwan's islands, clear of the main map.
    expect(x0).toBeGreaterThan(124.7);
  });

  it('puts every label point inside its province bounding box', () => {
    for (const p of provinces.provinces) {
      const f = china.features.find(
        (x) => x.properties.kind === 'province' && x.properties.adcode === p.adcode,
      )!;
      const [x0, y0, x1, y1] = bbox(f);
      const [lon, lat] = p.labelPoint;
      // Hong Kong and Macao labels are nudged offshore on purpose.
      const slack = ['810000', '820000'].includes(p.adcode) ? 0.6 : 0;
      expect(lon, p.adcode).toBeGreaterThanOrEqual(x0 - slack);
      expect(lon, p.adcode).toBeLessThanOrEqual(x1 + slack);
      expect(lat, p.adcode).toBeGreaterThanOrEqual(y0 - slack);
      expect(lat, p.adcode).toBeLessThanOrEqual(y1 + slack);
    }
  });

  it('stays within the size budget (simplified once, committed)', () => {
    const raw = statSync(file('geo/china.json')).size;
    expect(raw).toBeLessThan(130_000);
    expect(gzipSync(readFileSync(file('geo/china.json'))).length).toBeLessThan(40_000);
  });

  it.each([
    ['650000', 14],
    ['520000', 9],
  ])('has the prefectures of %s for drill-down', (code, count) => {
    const g = load(`geo/${code}.json`);
    // Prefecture-level units end in "00"; Xinjiang also has county-level cities under the
    // province directly (6590xx, the XPCC cities), which are kept.
    expect(g.features.filter((f) => f.properties.adcode!.endsWith('00'))).toHaveLength(count);
    for (const f of g.features) {
      expect(f.properties.adcode).toMatch(new RegExp(`^${code.slice(0, 2)}\\d{4}$`));
      expect(f.properties.cp).toHaveLength(2);
    }
    expect(statSync(file(`geo/${code}.json`)).size).toBeLessThan(40_000);
  });
});
