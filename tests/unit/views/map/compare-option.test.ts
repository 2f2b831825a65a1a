import { describe, expect, it } from 'vitest';
import type { Pairing } from '../../../../src/data/schema/pairings';
import { translator } from '../../../../src/i18n';
import { CHANGE_STYLE } from '../../../../src/lib/colours';
import {
  buildDiffOption,
  buildGridExportOption,
  buildSmallMapOption,
  gridSize,
} from '../../../../src/views/map/compare/build-compare-option';
import { diffArcs, yearDiff } from '../../../../src/views/map/compare/diff';
import { diffCells, diffHeaders, diffRows } from '../../../../src/views/map/compare/diff-table';
import { compareMessages } from '../../../../src/views/map/compare/messages';
import { parseChinaGeo } from '../../../../src/views/map/geo';
import { mapModel } from '../../../../src/views/map/model';
import { pairing, pairings, provinces, sources } from '../../../fixtures/datasets';
import { accepted, chinaGeoJson } from './geo-fixtures';

const china = { status: 'ready', geo: accepted(parseChinaGeo(chinaGeoJson())) } as const;
const EN = translator('en', compareMessages);
const ZH = translator('zh-CN', compareMessages);
const gd = (id: string, patch: Partial<Pairing> = {}) =>
  pairing({
    id,
    east: { adcode: '440000', place: null, institution: null },
    west: { adcode: '520000', place: null, institution: null },
    ...patch,
  });
const list = [
  gd('old-1', { startYear: 2010, endYear: 2020 }),
  gd('old-2', { startYear: 2010, endYear: 2020 }),
  gd('old-3', { startYear: 2010, endYear: 2020 }),
  gd('new', {
    startYear: 2021,
    west: {
      adcode: '520000',
      place: { adcode: '520300', name: { zh: '遵义', en: 'Zunyi' } },
      institution: null,
    },
  }),
  gd('new-b', { startYear: 2021 }),
  pairing({ id: 'lasting', startYear: 1996 }),
];

const modelOf = (year: number, width = 800) =>
  mapModel(
    { provinces: provinces(), pairings: pairings(list), china, prefectures: null },
    {
      year,
      models: [],
      programme: null,
      province: null,
      pairing: null,
      shade: 'region',
      hub: false,
      drill: null,
    },
    { lang: 'en', t: EN, projector: false, width, motion: true, hover: null, room: null },
  );

const lineWidths = (option: ReturnType<typeof buildSmallMapOption>) =>
  option.series
    .filter((s) => String(s.id).startsWith('arcs-'))
    .flatMap((s) => (s as { data: { lineStyle: { width: number } }[] }).data)
    .map((d) => d.lineStyle.width);

describe('a small map of the grid', () => {
  it('draws one width for one weight in every map, given the grid’s heaviest arc', () => {
    // Widths are absolute up to 9 pairings (arcWidth); past that the heaviest arc sets the
    // scale, so a grid gives every map the heaviest arc of all its years.
    const inGrid = buildSmallMapOption({ ...modelOf(2021).layers!.flows, widthMax: 20 }, 420);
    const alone = buildSmallMapOption(modelOf(2021).layers!.flows, 420);
    expect(Math.max(...lineWidths(inGrid))).toBeLessThan(Math.max(...lineWidths(alone)));
    expect(Math.min(...lineWidths(inGrid))).toBe(Math.min(...lineWidths(alone)));
  });

  it('is still, names no place and lets its provinces take the pointer', () => {
    const o = buildSmallMapOption(modelOf(2015).layers!.flows, 200);
    expect(o.animation).toBe(false);
    const labels = o.series.find((s) => s.id === 'labels') as { label: { show: boolean } };
    expect(labels.label.show).toBe(false);
    expect(o.series.every((s) => !(s as { effect?: { show: boolean } }).effect?.show)).toBe(true);
    expect((o.geo as { silent: boolean }).silent).toBe(false);
  });

  it('says in its tooltips what a click does: open the year, not the details', () => {
    const tip = (clickText: string | null) =>
      (
        buildSmallMapOption(modelOf(2015).layers!.flows, 420, clickText).tooltip.formatter as (
          p: unknown,
        ) => string
      )({ componentType: 'geo', name: '520000' });
    expect(tip(null)).toContain('Guizhou');
    expect(tip(null)).not.toContain(EN('map.tooltip.click'));
    expect(tip('Open 2015 in the full map')).toContain('<em>Open 2015 in the full map</em>');
  });

  it('shrinks strokes and arrows on small maps, never below 60 %', () => {
    const at = (w: number) => buildSmallMapOption(modelOf(2015).layers!.flows, w);
    const arrow = (o: ReturnType<typeof at>) =>
      (o.series.find((s) => s.id === 'arcs-policy-driven') as { symbolSize: number }).symbolSize;
    expect(arrow(at(420))).toBe(11);
    expect(arrow(at(100))).toBe(Math.round(11 * 0.6));
  });
});

describe('the grid as one picture (exports)', () => {
  const layout = { columns: 2, cellWidth: 300, mapHeight: 240, captionHeight: 24, gap: 12 };
  const cells = [2010, 2015, 2021].map((year) => ({
    year,
    counts: `counts of ${year}`,
    flows: modelOf(year).layers!.flows,
  }));

  it('places each year in its own geo frame where the page places its small map, captioned', () => {
    const o = buildGridExportOption(cells, layout, 3);
    const size = gridSize(3, layout);
    expect(size).toEqual({ width: 612, height: 2 * (24 + 240) + 12 });
    const at = (x: number, y: number) => [
      `${Math.round((x / size.width) * 10000) / 100}%`,
      `${Math.round((y / size.height) * 10000) / 100}%`,
    ];
    expect(o.geo.map((g) => [(g as { left: string }).left, (g as { top: string }).top])).toEqual([
      at(0, 24),
      at(312, 24),
      at(0, 24 + 240 + 12 + 24),
    ]);
    expect(
      o.title.map((x) => [(x as { text: string }).text, (x as { subtext: string }).subtext]),
    ).toEqual([
      ['2010', 'counts of 2010'],
      ['2015', 'counts of 2015'],
      ['2021', 'counts of 2021'],
    ]);
  });

  it('draws each year’s arcs in its own frame only', () => {
    const o = buildGridExportOption(cells, layout, 3);
    const arcsIn = (i: number) =>
      o.series
        .filter((s) => (s as { geoIndex: number }).geoIndex === i)
        .filter((s) => String((s as { id: string }).id).startsWith('arcs-'))
        .flatMap((s) => (s as { data: { key: string }[] }).data.map((d) => d.key));
    expect(arcsIn(0).sort()).toEqual(cells[0]!.flows.arcs.map((a) => a.key).sort());
    expect(arcsIn(2).sort()).toEqual(cells[2]!.flows.arcs.map((a) => a.key).sort());
    expect(new Set(o.series.map((s) => (s as { id: string }).id)).size).toBe(o.series.length);
  });
});

describe('the change map', () => {
  const diff = yearDiff(list, 2016, 2021, { models: [], programme: null });
  const { arcs } = diffArcs(diff, provinces().provinces);
  const input = (placeName = (c: string) => c) => {
    const m = modelOf(2021);
    return {
      base: m.layers!.base,
      names: { ...m.layers!.names, involved: new Set(['440000', '520000']) },
      arcs,
      projector: false,
      placeName,
      t: EN,
      description: 'd',
    };
  };

  it('draws what started, ended and continued in their own colours, the ended dashed, the continued thin', () => {
    const o = buildDiffOption(input());
    const series = (change: string) =>
      o.series.find((s) => s.id === `change-${change}`) as {
        lineStyle: { color: string; type: string };
        data: { key: string; lineStyle: { width: number } }[];
      };
    expect(series('started').lineStyle.color).toBe(CHANGE_STYLE.started.colour);
    expect(series('ended').lineStyle).toMatchObject({
      color: CHANGE_STYLE.ended.colour,
      type: 'dashed',
    });
    expect(series('continued').lineStyle.color).toBe(CHANGE_STYLE.continued.colour);
    expect(series('started').data.map((d) => d.key)).toEqual(['started>440000>520000']);
    expect(series('ended').data.map((d) => d.key)).toEqual(['ended>440000>520000']);
    expect(series('continued').data.map((d) => d.key)).toEqual(['continued>310000>530000']);
    // The ended arc carries three pairings, the started one: widths by weight; continued thin.
    expect(series('ended').data[0]!.lineStyle.width).toBeGreaterThan(
      series('started').data[0]!.lineStyle.width,
    );
    expect(series('continued').data[0]!.lineStyle.width).toBe(1);
  });

  it('escapes place names in its tooltip', () => {
    const o = buildDiffOption(input(() => '<img src=x onerror=alert(1)>'));
    const html = (o.tooltip.formatter as (p: unknown) => string)({
      data: { key: 'ended>440000>520000' },
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('Ended: 3 pairings');
  });
});

describe('the change’s table', () => {
  const diff = yearDiff(list, 2016, 2021, { models: [], programme: null });
  const ctx = {
    provinces: provinces().provinces,
    programmes: pairings().programmes,
    sources: sources().sources,
  };

  it('lists each started, then each ended pairing with its places, years and sources', () => {
    const rows = diffRows(diff, { ...ctx, t: ZH, lang: 'zh-CN' });
    expect(rows.map((r) => [r.change, r.id])).toEqual([
      ['started', 'new'],
      ['started', 'new-b'],
      ['ended', 'old-1'],
      ['ended', 'old-2'],
      ['ended', 'old-3'],
    ]);
    expect(rows[0]).toMatchObject({
      east: '广东',
      west: '贵州，遵义',
      years: '2021 年至今',
      sources: ['国家统计局《测试》（2024-01）'],
    });
    expect(rows[2]!.years).toBe('2010–2020 年');
  });

  it('names a source by its id while the bibliography loads, and writes the same cells to CSV', () => {
    const rows = diffRows(diff, { ...ctx, sources: null, t: EN, lang: 'en' });
    expect(rows[0]!.sources).toEqual(['src-a']);
    expect(diffHeaders(EN)).toEqual([
      'Change',
      'East (supporting)',
      'West (supported)',
      'Programme',
      'Years',
      'Sources',
    ]);
    expect(diffCells(rows[0]!, EN, 'en')).toEqual([
      'Started',
      'Guangdong',
      'Guizhou, Zunyi',
      'East–West',
      '2021–ongoing',
      'src-a',
    ]);
  });
});
