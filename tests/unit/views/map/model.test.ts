import { describe, expect, it } from 'vitest';
import type { Pairing } from '../../../../src/data/schema/pairings';
import { translator } from '../../../../src/i18n';
import { buildMapLayers } from '../../../../src/views/map/build-map-option';
import { parseChinaGeo, parsePrefectureGeo } from '../../../../src/views/map/geo';
import { mapMessages } from '../../../../src/views/map/messages';
import {
  createMapModel,
  mapModel,
  type MapData,
  type MapSelection,
  type MapUi,
} from '../../../../src/views/map/model';
import { NO_DATA_FILL } from '../../../../src/views/map/shading';
import { gdp, hub, pairing, pairings, provinces, sources } from '../../../fixtures/datasets';
import { accepted, chinaGeoJson, guizhouGeoJson } from './geo-fixtures';

const china = { status: 'ready', geo: accepted(parseChinaGeo(chinaGeoJson())) } as const;
const guizhou = { status: 'ready', geo: accepted(parsePrefectureGeo(guizhouGeoJson())) } as const;

const gd = (id: string, patch: Partial<Pairing> = {}) =>
  pairing({
    id,
    east: { adcode: '440000', place: null, institution: null },
    west: { adcode: '520000', place: null, institution: null },
    startYear: 2016,
    endYear: 2020,
    ...patch,
  });
/** Shanghai–Yunnan since 1996; two Guangdong–Guizhou pairings 2016–2020, one naming Zunyi. */
const list = [
  pairing(),
  gd('gd-gz-a'),
  gd('gd-gz-b', {
    west: {
      adcode: '520000',
      place: { adcode: '520300', name: { zh: '遵义', en: 'Zunyi' } },
      institution: null,
    },
  }),
];

const geometrySource = {
  ...sources().sources[0]!,
  id: 'src-geo',
  kind: 'geometry' as const,
  publisher: { zh: '天地图', en: 'Tianditu' },
  title: { zh: '行政区划', en: 'Boundaries' },
};

function data(patch: Partial<MapData> = {}): MapData {
  return {
    provinces: provinces(),
    pairings: pairings(list),
    gdp: gdp([
      ['440000', 2016, 80854.9],
      ['520000', 2016, null],
    ]),
    hub: hub(),
    sources: { sources: [...sources().sources, geometrySource] },
    china,
    prefectures: null,
    ...patch,
  };
}
// The store's values keep their identity between calls; so do these.
const ALL_MODELS: MapSelection['models'] = [];
const ZH = translator('zh-CN', mapMessages);
const selection = (patch: Partial<MapSelection> = {}): MapSelection => ({
  year: 2016,
  models: ALL_MODELS,
  programme: null,
  province: null,
  pairing: null,
  shade: 'region',
  hub: false,
  drill: null,
  ...patch,
});
const ui = (patch: Partial<MapUi> = {}): MapUi => ({
  lang: 'zh-CN',
  t: ZH,
  projector: false,
  width: 800,
  motion: true,
  hover: null,
  room: null,
  ...patch,
});

describe('mapModel', () => {
  it('derives the arcs of the year, their summary, the chart’s name and the table', () => {
    const m = mapModel(data(), selection(), ui());
    expect(m.takeaway).toMatch(/^2016/);
    expect(m.detail.overview.byModel.length).toBeGreaterThan(0);
    expect(m.arcs.map((a) => [a.key, a.weight])).toEqual([
      ['440000>520000>policy-driven', 2],
      ['310000>530000>policy-driven', 1],
    ]);
    expect(m.summary).toBe('2016 年显示 2 条协作关系（2 对省份，共 3 项结对）。');
    expect(m.label).toContain('2016 年');
    expect(m.table.columns.map((c) => c.text(m.arcs[0]!))).toEqual([
      '广东',
      '贵州',
      '东西部协作',
      '政策驱动帮扶型',
      '2016–2020 年',
      '2',
    ]);
    expect(m.provinceList.find((p) => p.adcode === '520000')?.label).toBe('贵州省：1 条连线');

    const later = mapModel(
      data(),
      selection({ year: 2021 }),
      ui({ lang: 'en', t: translator('en', mapMessages) }),
    );
    expect(later.arcs).toHaveLength(1);
    expect(later.summary).toBe(
      '1 relationship shown for 2021 (1 province pair, 1 pairing in all).',
    );
  });

  it('credits the geometry’s sources, and lists every source behind what is drawn', () => {
    const m = mapModel(data(), selection(), ui());
    expect(m.credit).toBe('地图：天地图《行政区划》');
    expect(m.table.sourceIds).toEqual(['src-a', 'src-geo']);
    expect(mapModel(data({ sources: sources() }), selection(), ui()).credit).toBe('地图来源未登记');
    // The bibliography not loaded yet: nothing said rather than "not registered".
    expect(mapModel(data({ sources: undefined }), selection(), ui()).credit).toBe('');
  });

  it('shades by the GDP of the year, a missing value drawn and said as missing', () => {
    const m = mapModel(data(), selection({ shade: 'gdp' }), ui());
    expect(m.shading.by).toBe('gdp');
    expect(m.shading.fills.get('520000')).toEqual({
      fill: NO_DATA_FILL,
      value: null,
      missing: true,
    });
    expect(m.shading.fills.get('440000')?.value).toBe(80854.9);
    expect(m.legend).toMatchObject({
      shadeBy: 'gdp',
      domain: [0, 80854.9],
      minWeight: 1,
      maxWeight: 2,
    });
    expect(m.exportMeta.legend?.()[2]?.title).toBe('底色：2016 年 GDP');
    // Without the GDP dataset its button is disabled.
    const shades = mapModel(data({ gdp: undefined }), selection(), ui()).controls.shades;
    expect(shades.map((s) => [s.shade, s.disabled])).toEqual([
      ['region', false],
      ['gdp', true],
      ['pairings', false],
    ]);
  });

  it('lights up the partners of the hovered province; a selected pairing focuses its arc', () => {
    const hovered = mapModel(
      data(),
      selection(),
      ui({ hover: { kind: 'province', adcode: '520000' } }),
    );
    expect([...hovered.highlight!.regions].sort()).toEqual(['440000', '520000']);
    expect(hovered.focusKey).toBe('520000');
    expect(hovered.layers?.base.hovered).toBe('520000');

    const picked = mapModel(data(), selection({ pairing: 'sh-yn', province: '440000' }), ui());
    expect(picked.focusKey).toBe('310000>530000>policy-driven');
    expect([...picked.highlight!.arcs]).toEqual(['310000>530000>policy-driven']);
    expect(mapModel(data(), selection(), ui()).highlight).toBeNull();
  });

  it('drills into a province once its prefectures are there, with arcs to their seats', () => {
    const loading = mapModel(
      data({ prefectures: { status: 'loading' } }),
      selection({ drill: '520000' }),
      ui(),
    );
    expect(loading.drilled).toBeNull();
    expect(loading.drillGeo?.status).toBe('loading');
    expect(loading.note).toBeNull();

    const m = mapModel(data({ prefectures: guizhou }), selection({ drill: '520000' }), ui());
    expect(m.drilled).toBe('520000');
    // One pairing names Zunyi; the other names no prefecture and is not drawn.
    expect(m.arcs.map((a) => a.key)).toEqual(['440000>520300>policy-driven']);
    expect(m.summary).toContain('另有 1 项结对未注明地州');
    expect(m.note).toContain('贵州');
    expect(m.layers?.base.regions.prefectures).toEqual(['520100', '520300']);
    expect(m.layers?.base.regions.provinces).not.toContain('520000');
    expect(m.layers?.flows.map).toBe('atlas-520000');
    // The pairings' name of a prefecture, else the geometry's.
    expect(m.layers?.flows.drill?.labels.map((l) => l.name)).toEqual(['贵阳市', '遵义']);
    expect(m.regionFeatures.map((f) => f.properties.name)).toContain('520300');
  });

  it('offers the hub places: disabled while they load, drawn on request, hidden when there are none', () => {
    expect(mapModel(data({ hub: undefined }), selection(), ui()).controls.hub).toBe('disabled');
    expect(mapModel(data(), selection({ hub: true }), ui()).controls.hub).toBe('hidden');
    const place = {
      id: 'zz',
      kind: 'hub' as const,
      name: { zh: '郑州', en: 'Zhengzhou' },
      coord: [113.6, 34.7] as [number, number],
      adcode: '410000',
      quote: { zh: '枢纽', en: 'hub', locator: '§2', sourceId: 'src-hub' },
    };
    const withPlaces = data({ hub: { ...hub(), places: [place] } });
    expect(mapModel(withPlaces, selection(), ui()).hubPlaces).toBe(0);
    const shown = mapModel(withPlaces, selection({ hub: true }), ui());
    expect(shown.controls.hub).toBe('enabled');
    expect(shown.hubPlaces).toBe(1);
    expect(shown.layers?.names.hub).toEqual([place]);
    expect(shown.table.sourceIds).toContain('src-hub');
  });

  it('passes the geometry’s problems on, and has no layers without geometry', () => {
    const error = {
      file: 'data/geo/china.json',
      record: '#0',
      field: 'geometry',
      reason: { code: 'required' as const },
    };
    const m = mapModel(data({ china: { status: 'error', errors: [error] } }), selection(), ui());
    expect(m.geo).toEqual({ status: 'error', errors: [error] });
    expect(m.layers).toBeNull();
    // The summary and the table do not need the geometry.
    expect(m.arcs).toHaveLength(2);
  });

  it('sizes the chart to its box: taller on the projector, fewer names on a narrow screen', () => {
    expect(mapModel(data(), selection(), ui({ width: 1000 })).height).toBe(720);
    expect(mapModel(data(), selection(), ui({ width: 1000, projector: true })).height).toBe(780);
    // On the dashboard it fits the room the first screen leaves, but not below a readable size.
    expect(mapModel(data(), selection(), ui({ width: 1000, room: 500 })).height).toBe(500);
    expect(mapModel(data(), selection(), ui({ width: 1000, room: 120 })).height).toBe(280);
    const narrow = mapModel(data(), selection(), ui({ width: 390 }));
    expect(narrow.height).toBe(304);
    expect([...narrow.layers!.names.involved].sort()).toEqual([
      '310000',
      '440000',
      '520000',
      '530000',
    ]);
  });
});

describe('createMapModel', () => {
  it('keeps the base and names layers when only the year changes, so they are not redrawn', () => {
    const model = createMapModel();
    const tip = () => '';
    // The datasets are the store's: the same objects from call to call.
    const d = data();
    const before = model(d, selection(), ui());
    const after = model(d, selection({ year: 2021 }), ui());
    expect(after.arcs).not.toEqual(before.arcs);
    const [a, b] = [buildMapLayers(before, tip)!, buildMapLayers(after, tip)!];
    expect(b.flows).not.toBe(a.flows);
    expect(b.base).toBe(a.base);
    expect(b.names).toBe(a.names);
    // The same state again is the same model, part for part.
    const again = model(d, selection({ year: 2021 }), ui());
    expect(again.layers).toBe(after.layers);
    expect(again.table).toEqual(after.table);
    expect(again.table.columns).toBe(after.table.columns);
  });

  it('redraws the base when what it shows changes: a selection, or a yearly fill', () => {
    const model = createMapModel();
    const d = data();
    const base = (s: Partial<MapSelection>) => model(d, selection(s), ui()).layers!.base;
    const first = base({});
    expect(base({ province: '520000' })).not.toBe(first);
    const byGdp = base({ shade: 'gdp' });
    expect(base({ shade: 'gdp', year: 2017 })).not.toBe(byGdp);
  });
});
