import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { translator } from '../../../../src/i18n';
import {
  buildTrendOption,
  cursorLabel,
  cursorSpans,
  dataAxis,
  trendLayout,
  type TrendSelection,
} from '../../../../src/views/trend/build-trend-option';
import { buildTrendModel, splitRuns } from '../../../../src/views/trend/trend-model';
import { crowdedPolicies, gdpSeries, provinces, sources } from '../../../fixtures/datasets';
import { trendMessages, type TrendT } from '../../../../src/views/trend/messages';

echarts.use([
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  SVGRenderer,
]);

const t = translator('zh-CN', trendMessages);
const style = { projector: false, reducedMotion: false, compact: false };
const model = (nulls: [string, number][] = []) =>
  buildTrendModel(
    gdpSeries(nulls),
    provinces().provinces,
    crowdedPolicies().policies,
    sources().sources,
    [2000, 2025],
  );
const sel: TrendSelection = { year: 2016, policy: null, lines: [] };

type AnySeries = {
  id: string;
  type: string;
  data: unknown[];
  lineStyle?: { type: string };
  markArea?: { data: [{ name: string; xAxis: number }, { xAxis: number }][] };
  markLine?: { data: { xAxis: number }[] };
};
const seriesOf = (o: ReturnType<typeof buildTrendOption>) => o.series as unknown as AnySeries[];
type ClaimNote = { value: [number, number]; label: { formatter: string; position: string } };
const claimNotes = (o: ReturnType<typeof buildTrendOption>) =>
  seriesOf(o).find((s) => s.id === 'claims')!.data as ClaimNote[];

describe('trend option', () => {
  it('computes the West/East ratio for every year from the province rows', () => {
    const o = buildTrendOption(model(), sel, t, 'zh-CN', style);
    const points = seriesOf(o)
      .filter((s) => s.id.startsWith('westEast-'))
      .flatMap((s) => s.data as [number, number][]);
    const byYear = new Map(points.map(([y, v]) => [y, v]));
    expect([...byYear.keys()].sort()).toEqual(Array.from({ length: 25 }, (_, i) => 2000 + i));
    for (const [y, v] of byYear) {
      const k = y - 2000;
      expect(v).toBeCloseTo((300 + 40 * k) / (1000 + 80 * k), 10);
    }
  });

  it('adds the optional lines only when switched on', () => {
    const off = seriesOf(buildTrendOption(model(), sel, t, 'zh-CN', style)).map((s) => s.id);
    expect(off.some((id) => id.startsWith('centralEast'))).toBe(false);
    const on = seriesOf(
      buildTrendOption(model(), { ...sel, lines: ['centralEast', 'westShare'] }, t, 'zh-CN', style),
    );
    const central = on.filter((s) => s.id.startsWith('centralEast-'));
    expect(central.length).toBeGreaterThan(0);
    const c2000 = (central[0]!.data as [number, number][]).find(([y]) => y === 2000)![1];
    expect(c2000).toBeCloseTo(350 / 1000);
    const share = on.filter((s) => s.id.startsWith('westShare-'));
    expect((share[0]!.data as [number, number][])[0]![1]).toBeCloseTo(300 / 1750);
    expect(on.some((s) => s.id.startsWith('northeastEast'))).toBe(false);
  });

  it('dashes exactly the final segment across the 2023→2024 base change', () => {
    const ws = seriesOf(buildTrendOption(model(), sel, t, 'zh-CN', style)).filter((s) =>
      s.id.startsWith('westEast-'),
    );
    expect(ws).toHaveLength(2);
    expect(ws[0]!.lineStyle!.type).toBe('solid');
    expect((ws[0]!.data as [number][]).map(([y]) => y).at(-1)).toBe(2023);
    expect(ws[1]!.lineStyle!.type).toBe('dashed');
    expect((ws[1]!.data as [number][]).map(([y]) => y)).toEqual([2023, 2024]);
  });

  it('keeps a missing province as a gap, never a partial regional sum', () => {
    const m = model([['530000', 2010]]);
    const p2010 = m.points.find((p) => p.year === 2010)!;
    expect(p2010.westEast).toBeNull();
    const runs = splitRuns(m.points, (p) => p.westEast, m.baseChanges);
    expect(runs[0]!.data.find(([y]) => y === 2010)![1]).toBeNull();
  });

  it('annotates both claims with the value computed from the data and the verdict', () => {
    const m = model();
    const [early, late] = m.claims;
    const expectedEarly = [0, 1, 2, 3, 4].map((k) => (300 + 40 * k) / (1000 + 80 * k));
    const mean = expectedEarly.reduce((a, b) => a + b) / 5;
    expect(early!.computed).toBeCloseTo(mean, 10);
    expect(early!.within).toBe(true);
    expect(late!.computed).toBeCloseTo(1220 / 2840, 10);
    expect(late!.within).toBe(false);

    const o = buildTrendOption(m, sel, t, 'zh-CN', style);
    const areas = seriesOf(o).find((s) => s.id === 'westEast-0')!.markArea!.data;
    const labels = claimNotes(o).map((n) => n.label.formatter);
    expect(labels[0]).toContain(`数据 ${mean.toFixed(3)} ✓`);
    expect(labels[0]).toContain('论文 0.33');
    expect(labels[1]).toContain(`数据 ${(1220 / 2840).toFixed(3)} ✗`);
    expect(areas[0]![0].xAxis).toBeLessThan(2000);
    expect(areas[0]![1].xAxis).toBeGreaterThan(2004);
    // The base change is marked too.
    expect(areas.map(([a]) => a.name)).toContain('†');
  });

  it('puts each claim’s note beside the value it checks: a ring on the line, the note on the open side', () => {
    const m = model();
    const notes = claimNotes(buildTrendOption(m, sel, t, 'zh-CN', style));
    const [early, late] = m.claims;
    // On the computed value, in the middle of the claim's years.
    expect(notes[0]!.value).toEqual([2002, early!.computed]);
    expect(notes[1]!.value).toEqual([2023, late!.computed]);
    // The line rises: the early note goes over its low point, the late one under its high
    // point, each leaning inwards from the chart's side.
    expect(notes[0]!.label).toMatchObject({ position: 'top', align: 'left' });
    expect(notes[1]!.label).toMatchObject({ position: 'bottom', align: 'center' });
    const compact = claimNotes(buildTrendOption(m, sel, t, 'zh-CN', { ...style, compact: true }));
    expect(compact[1]!.label).toMatchObject({ position: 'bottom', align: 'right' });
  });

  it('draws shares in a panel of their own, scaled to them, and keeps the ratio axis scaled to the ratios', () => {
    const m = model();
    const en = translator('en', trendMessages);
    const ratioOnly = buildTrendOption(m, sel, en, 'en', style);
    const withShare = buildTrendOption(m, { ...sel, lines: ['westShare'] }, en, 'en', style);
    type Axis = { gridIndex: number; name: string; min: number; max: number };
    const y = (o: typeof ratioOnly) => o.yAxis as unknown as Axis[];
    // Turning the share on leaves the ratio axis as it was.
    expect(y(withShare)[0]).toMatchObject({ min: y(ratioOnly)[0]!.min, max: y(ratioOnly)[0]!.max });
    expect(y(ratioOnly)).toHaveLength(2);
    expect(withShare.grid).toHaveLength(3);
    const share = y(withShare)[2]!;
    expect(share.gridIndex).toBe(2);
    expect(share.name).toBe("West's share of the 31-province total");
    expect(y(withShare)[0]!.name).toBe('Ratio');
    // The share line is on the share panel, every ratio line on the ratio grid.
    for (const s of seriesOf(withShare) as unknown as { id: string; yAxisIndex: number }[])
      if (s.id.startsWith('westShare')) expect(s.yAxisIndex).toBe(2);
      else if (s.id.startsWith('westEast')) expect(s.yAxisIndex).toBe(0);
    // Scaled to the share's values, which lie within its bounds.
    const shares = m.points.map((p) => p.westShare!);
    expect(share.min).toBeLessThanOrEqual(Math.min(...shares));
    expect(share.max).toBeGreaterThanOrEqual(Math.max(...shares));
    expect(share.max - share.min).toBeLessThan(0.1);
    const f = (share as unknown as { axisLabel: { formatter: (v: number) => string } }).axisLabel;
    expect(f.formatter(0.17)).toBe('17%');
    // The panel adds its height below the ratio grid, and the cursor runs down it too.
    const layout = trendLayout(m, style, t, ['westShare']);
    const spans = cursorSpans(layout, 400 + layout.extraHeight);
    expect(spans).toHaveLength(3);
    expect(spans[0]).toEqual(cursorSpans(trendLayout(m, style, t), 400)[0]);
  });

  it('writes the ratio axis’s name on a line of its own, above where the year cursor’s label sits', () => {
    for (const s of [style, { ...style, projector: true }, { ...style, compact: true }]) {
      const chart = echarts.init(null, null, {
        renderer: 'svg',
        ssr: true,
        width: 800,
        height: 420,
      });
      const en = translator('en', trendMessages);
      chart.setOption(buildTrendOption(model(), { ...sel, year: null }, en, 'en', s));
      const svg = chart.renderToSVGString();
      chart.dispose();
      const [, y, ty] =
        /<text[^>]*y="([-\d.]+)"[^>]*translate\([-\d.]+ ([-\d.]+)\)[^>]*>Ratio</.exec(svg)!;
      const { font, top } = trendLayout(model(), s, en);
      // The name is centred on its y; the cursor's label (trend.css: 2 px padding, raised 4 px,
      // a line of 1.5 em at most) hangs above the grid's top edge.
      const nameBottom = Number(y) + Number(ty) + font * 0.6;
      const labelTop = top - 4 - (font * 1.5 + 4);
      expect(nameBottom, JSON.stringify(s)).toBeLessThanOrEqual(labelTop);
      expect(Number(y) + Number(ty) - font * 0.6).toBeGreaterThanOrEqual(0);
    }
  });

  it('scales an axis to its data in round steps, not to zero', () => {
    expect(dataAxis([0.313, 0.413], 4)).toEqual({ min: 0.3, max: 0.42, interval: 0.02 });
    expect(dataAxis([0.09, 0.43], 4)).toEqual({ min: 0.05, max: 0.45, interval: 0.05 });
    expect(dataAxis([0.173, 0.213], 2)).toEqual({ min: 0.16, max: 0.22, interval: 0.02 });
    expect(dataAxis([], 4)).toBeNull();
  });

  it("draws a presenter step's claim stronger and leaves the other claim unlabelled", () => {
    const m = model();
    const [early, late] = m.claims;
    type Area = { itemStyle: { borderWidth: number } };
    const claimAreas = (o: ReturnType<typeof buildTrendOption>) =>
      seriesOf(o)
        .find((s) => s.id === 'westEast-0')!
        .markArea!.data.slice(0, 2)
        .map(([x]) => x as unknown as Area);
    const shown = (o: ReturnType<typeof buildTrendOption>) =>
      claimNotes(o).map((n) => (n.label as unknown as { show: boolean }).show);
    const step = buildTrendOption(m, { ...sel, claim: late!.claim.id }, t, 'zh-CN', style);
    const [a, b] = claimAreas(step);
    expect(shown(step)).toEqual([false, true]);
    expect(b!.itemStyle.borderWidth).toBeGreaterThan(a!.itemStyle.borderWidth);
    // Without a step's claim both are labelled alike.
    const o = buildTrendOption(m, sel, t, 'zh-CN', style);
    const plain = claimAreas(o);
    expect(shown(o)).toEqual([true, true]);
    expect(plain[0]!.itemStyle.borderWidth).toBe(plain[1]!.itemStyle.borderWidth);
    expect(early!.claim.id).not.toBe(late!.claim.id);
  });

  it('says a claim cannot be checked when a year it covers is missing', () => {
    const m = model([['310000', 2002]]);
    expect(m.claims[0]!.computed).toBeNull();
    expect(m.claims[0]!.within).toBeNull();
    const o = buildTrendOption(m, sel, t, 'zh-CN', style);
    expect(claimNotes(o)[0]!.label.formatter).toContain('数据 无数据');
  });

  it('places each policy document on its year, stacking documents of the same year', () => {
    const m = model();
    const o = buildTrendOption(m, { ...sel, policy: 'pol-2' }, t, 'zh-CN', style);
    const pol = seriesOf(o).find((s) => s.id === 'policies')!;
    const data = pol.data as { id: string; value: [number, number]; symbolSize: number }[];
    expect(data).toHaveLength(crowdedPolicies().policies.length);
    const of2016 = data.filter((d) => d.value[0] === 2016).map((d) => d.value[1]);
    expect(of2016.sort()).toEqual([0, 1, 2, 3]);
    const chosen = data.find((d) => d.id === 'pol-2')!;
    const other = data.find((d) => d.id === 'pol-3')!;
    expect(chosen.symbolSize).toBeGreaterThan(other.symbolSize);
  });

  it('draws the year cursor on both grids, and none for a year off the axis', () => {
    const o = buildTrendOption(model(), sel, t, 'zh-CN', style);
    const s = seriesOf(o);
    expect(s.find((x) => x.id === 'westEast-0')!.markLine!.data).toEqual([{ xAxis: 2016 }]);
    expect(s.find((x) => x.id === 'policies')!.markLine!.data).toEqual([{ xAxis: 2016 }]);
    const m = buildTrendModel(
      gdpSeries(),
      provinces().provinces,
      [],
      sources().sources,
      [2000, 2025],
    );
    const off = seriesOf(buildTrendOption(m, { ...sel, year: 2025 }, t, 'zh-CN', style));
    expect(off.find((x) => x.id === 'westEast-0')!.markLine!.data).toEqual([]);
  });

  it('draws no cursor for a null year (the live chart overlays it), leaving the rest alone', () => {
    const none = buildTrendOption(model(), { ...sel, year: null }, t, 'zh-CN', style);
    const withCursor = buildTrendOption(model(), sel, t, 'zh-CN', style);
    const marks = (o: typeof none) =>
      seriesOf(o).map((x) => (x as { markLine?: { data: unknown[] } }).markLine?.data ?? null);
    expect(marks(none)).toEqual(marks(withCursor).map((d) => (d === null ? null : [])));
    expect(none.grid).toEqual(withCursor.grid);
    expect(seriesOf(none).map((x) => x.id)).toEqual(seriesOf(withCursor).map((x) => x.id));
  });

  it('runs the cursor down the ratio grid and the policy strip, matching the grids', () => {
    const m = model();
    const o = buildTrendOption(m, sel, t, 'zh-CN', style);
    const layout = trendLayout(m, style, t);
    const [ratio, strip] = cursorSpans(layout, 400) as [[number, number], [number, number]];
    const [g0, g1] = o.grid as { top?: number; bottom: number; height?: number }[];
    expect(ratio[0]).toBe(g0!.top);
    expect(ratio[1]).toBe(400 - g0!.bottom);
    expect(strip).toEqual([400 - g1!.bottom - g1!.height!, 400 - g1!.bottom]);
    expect(ratio[1]).toBeLessThan(strip[0]);
  });

  it('escapes data strings and states missing values in the tooltip', () => {
    const m = model([['530000', 2010]]);
    m.publishers.set('src-a', { zh: '<img src=x onerror=alert(1)>', en: 'x' });
    const o = buildTrendOption(m, sel, t, 'zh-CN', style);
    const fmt = o.tooltip.formatter;
    const html = fmt([{ seriesId: 'westEast-0', axisValue: 2010 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('西部: 无数据');
    expect(html).toContain('缺少：云南省');
    expect(html).toContain('东部: 1,800 亿元');
    const policy = fmt([{ seriesId: 'policies', axisValue: 2016 }]);
    expect(policy).toContain('关于职业教育东西协作的第0号');
  });

  it('turns animation off for reduced motion and thickens lines for the projector', () => {
    const o = buildTrendOption(model(), sel, t, 'zh-CN', {
      projector: true,
      reducedMotion: true,
      compact: false,
    });
    expect(o.animation).toBe(false);
    const we = seriesOf(o).find((s) => s.id === 'westEast-0') as unknown as {
      lineStyle: { width: number };
    };
    expect(we.lineStyle.width).toBeGreaterThanOrEqual(3);
    expect(o.textStyle.fontSize).toBeGreaterThanOrEqual(20);
  });

  it('keeps the years of the strip under those of the ratio grid, in both languages and every style', () => {
    // A strip name wider than the margin made ECharts shrink the strip's grid alone
    // (outerBounds), so its years drifted from the ratio's by up to 14 px on the projector.
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const s of [style, { ...style, projector: true }, { ...style, compact: true }]) {
        const width = s.compact ? 320 : 1000;
        const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 420 });
        const tr = translator(lang, trendMessages);
        chart.setOption(buildTrendOption(model(), sel, tr, lang, { ...s, reducedMotion: true }));
        const layout = trendLayout(model(), s, tr);
        for (const year of [2000, 2012, 2025]) {
          const ratioX = chart.convertToPixel({ xAxisIndex: 0 }, year) as unknown as number;
          const stripX = chart.convertToPixel({ xAxisIndex: 1 }, year) as unknown as number;
          expect(stripX, `${lang} ${JSON.stringify(s)} ${year}`).toBeCloseTo(ratioX, 5);
        }
        // The grids keep the margins the cursor is placed from.
        expect(chart.convertToPixel({ xAxisIndex: 0 }, 1999.5)).toBeCloseTo(layout.left, 5);
        chart.dispose();
      }
    }
  });

  it('widens the left margin to hold a long strip name', () => {
    const m = model();
    const named = (name: string) =>
      ((key: string) => (key === 'trend.axis.policies' ? name : t(key as never))) as TrendT;
    const short = trendLayout(m, style, named('政策'));
    const long = trendLayout(m, style, named('A much longer name for the policy strip'));
    expect(short.left).toBe(52);
    expect(long.left).toBeGreaterThan(150);
  });

  it('marks the cursor label with the dagger in the years of a new base only', () => {
    const changes = [{ fromYear: 2023, toYear: 2024, note: { zh: '', en: '' }, sourceIds: [] }];
    expect(cursorLabel(2023, changes)).toBe('2023');
    expect(cursorLabel(2024, changes)).toBe('2024 †');
    expect(cursorLabel(2025, changes)).toBe('2025');
    expect(cursorLabel(2024, [])).toBe('2024');
  });

  it('renders with ECharts: cursor line, claim labels and policy markers are drawn', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(
      buildTrendOption(model(), { ...sel, year: 2011 }, t, 'zh-CN', {
        ...style,
        reducedMotion: true,
      }),
    );
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('>2011<'); // the cursor label (axis labels are every 5 years)
    expect(svg).toContain('论文 0.33');
    expect(svg).toContain('>†<');
    expect(svg).not.toContain('>2026<'); // no label for the half-year margin
  });

  it('exports the cursor label with the dagger in a year of the new base', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(buildTrendOption(model(), { ...sel, year: 2024 }, t, 'zh-CN', style));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('>2024 †<');
  });
});
