import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  fractionalYear,
  layoutTimeline,
  packRows,
  shortLabel,
  type TimelineLayout,
} from '../../../../src/views/timeline/layout-timeline';
import { formatPolicyDate } from '../../../../src/views/timeline/format-date';
import { crowdedPolicies, phasedModels, policies } from '../../../fixtures/datasets';

const laneLabels = { central: '中央', ministry: '部委', local: '省市' };
const base = {
  policies: crowdedPolicies().policies,
  models: phasedModels().models,
  lang: 'zh-CN' as const,
  width: 1200,
  years: [2000, 2025] as const,
  fontSize: 14,
  selectedModels: [],
  laneLabels,
};

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function assertNoOverlap(layout: TimelineLayout) {
  for (let i = 0; i < layout.items.length; i++)
    for (let j = i + 1; j < layout.items.length; j++) {
      const a = layout.items[i]!;
      const b = layout.items[j]!;
      expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
}

describe('timeline layout', () => {
  it('puts each document in the lane of its level (provincial and municipal share one)', () => {
    const layout = layoutTimeline(base);
    const laneOf = new Map(layout.items.map((i) => [i.id, i.lane]));
    for (const p of base.policies) {
      const want =
        p.level === 'central' ? 'central' : p.level === 'ministry' ? 'ministry' : 'local';
      expect(laneOf.get(p.id)).toBe(want);
    }
    expect(layout.lanes.map((l) => l.id)).toEqual(['central', 'ministry', 'local']);
    // Lanes stack top to bottom without overlapping.
    for (let i = 1; i < layout.lanes.length; i++)
      expect(layout.lanes[i]!.y0).toBeGreaterThanOrEqual(layout.lanes[i - 1]!.y1);
    for (const item of layout.items) {
      const lane = layout.lanes.find((l) => l.id === item.lane)!;
      expect(item.box.y0).toBeGreaterThanOrEqual(lane.y0);
      expect(item.box.y1).toBeLessThanOrEqual(lane.y1);
    }
  });

  it('never lets two labels overlap, even with crowded years, on a desktop and in projector type', () => {
    assertNoOverlap(layoutTimeline(base));
    assertNoOverlap(layoutTimeline({ ...base, fontSize: 24, width: 1900 }));
    assertNoOverlap(layoutTimeline({ ...base, lang: 'en' }));
  });

  it('keeps a usable minimum width on a 360 px phone (the box scrolls) with no overlap', () => {
    const layout = layoutTimeline({ ...base, width: 328 });
    expect(layout.width).toBeGreaterThanOrEqual(720);
    assertNoOverlap(layout);
    for (const i of layout.items) {
      expect(i.box.x0).toBeGreaterThanOrEqual(layout.plot.left - layout.markerRadius);
      expect(i.box.x1).toBeLessThanOrEqual(layout.plot.right + 1);
    }
  });

  it('places documents by date within the year, and flips labels that would leave the plot', () => {
    const layout = layoutTimeline(base);
    const byId = new Map(layout.items.map((i) => [i.id, i]));
    const yearOnly = byId.get('pol-0')!; // "2016"
    const october = byId.get('pol-1')!; // "2016-10"
    expect(yearOnly.x).toBeCloseTo(layout.x(2016.5));
    expect(october.x).toBeGreaterThan(yearOnly.x);
    expect(october.x).toBeLessThan(layout.x(2017));
    const late = byId.get('pol-11')!; // "2025-01": at the right edge
    expect(late.anchor).toBe('end');
    expect(late.box.x1).toBeLessThanOrEqual(layout.plot.right + 1);
  });

  it('walks documents in time order (the keyboard order)', () => {
    const layout = layoutTimeline(base);
    const ts = layout.items.map((i) => i.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    expect(layout.items).toHaveLength(base.policies.length);
  });

  it('draws one band per model phase from its period, open-ended phases to the end', () => {
    const layout = layoutTimeline(base);
    const [a, b, c] = layout.bands;
    expect(layout.bands.map((x) => x.id)).toEqual([
      'policy-driven',
      'resource-complementary',
      'industry-education',
    ]);
    expect(a!.x0).toBeCloseTo(layout.x(2000));
    expect(a!.x1).toBeCloseTo(layout.x(2016));
    expect(b!.x0).toBeCloseTo(layout.x(2013));
    expect(c!.x1).toBeCloseTo(layout.x(2026));
    expect(layout.bands.every((x) => !x.highlighted && !x.dimmed)).toBe(true);
    // Band labels never overlap: same row means disjoint extents.
    for (const p of layout.bands)
      for (const q of layout.bands)
        if (p !== q && p.labelRow === q.labelRow)
          expect(p.labelEnd <= q.labelX || q.labelEnd <= p.labelX).toBe(true);
    // Long labels on overlapping periods go to a second row.
    const long = layoutTimeline({
      ...base,
      models: phasedModels().models.map((m) => ({
        ...m,
        name: { zh: '很长很长很长很长很长很长很长的模式名称', en: 'x' },
      })),
    });
    expect(new Set(long.bands.map((x) => x.labelRow)).size).toBeGreaterThan(1);
    expect(a!.label).toBe('policy-driven 2000–2015');
    expect(c!.label).toBe('industry-education 2019–');
    expect(a!.description).toBe('阶段1');
  });

  it('highlights exactly the selected models and dims the others', () => {
    const layout = layoutTimeline({ ...base, selectedModels: ['industry-education'] });
    expect(layout.bands.filter((b) => b.highlighted).map((b) => b.id)).toEqual([
      'industry-education',
    ]);
    expect(layout.bands.filter((b) => b.dimmed).map((b) => b.id)).toEqual([
      'policy-driven',
      'resource-complementary',
    ]);
  });

  it('maps pixels back to whole years, clamped to the range', () => {
    const layout = layoutTimeline(base);
    expect(layout.yearAt(layout.x(2016.2))).toBe(2016);
    expect(layout.yearAt(-50)).toBe(2000);
    expect(layout.yearAt(99999)).toBe(2025);
  });

  it('leaves out documents outside the years shown', () => {
    const layout = layoutTimeline({ ...base, years: [2010, 2020] });
    expect(layout.items.every((i) => i.year >= 2010 && i.year <= 2020)).toBe(true);
    expect(layout.items.map((i) => i.id)).not.toContain('pol-12');
  });
});

describe('timeline helpers', () => {
  it('packs intervals greedily into the first free row', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 5, x1: 15 },
          { x0: 12, x1: 20 },
          { x0: 16, x1: 30 },
        ],
        1,
      ),
    ).toEqual([0, 1, 0, 1]);
  });

  it('shortens long titles with an ellipsis and strips book-title marks', () => {
    const s = shortLabel('《关于职业教育东西协作的长标题文件》', 100, 14, estimateTextWidth);
    expect(s.truncated).toBe(true);
    expect(s.label.endsWith('…')).toBe(true);
    expect(s.label.startsWith('《')).toBe(false);
    expect(estimateTextWidth(s.label, 14)).toBeLessThanOrEqual(100);
    expect(shortLabel('《短》', 100, 14, estimateTextWidth)).toEqual({
      label: '短',
      truncated: false,
    });
  });

  it('keeps the longest prefix that fits, measuring a long title only a few times', () => {
    const title = '关于深化产教融合推进职业教育东西协作的若干意见'.repeat(4);
    let calls = 0;
    const counting = (text: string, size: number) => {
      calls++;
      return estimateTextWidth(text, size);
    };
    for (const width of [30, 120, 333, 900]) {
      calls = 0;
      const { label } = shortLabel(title, width, 14, counting);
      expect(calls).toBeLessThan(12);
      const n = [...label].length - 1;
      expect(estimateTextWidth(label, 14)).toBeLessThanOrEqual(width);
      // One more character would not fit.
      const longer = `${[...title].slice(0, n + 1).join('')}…`;
      expect(estimateTextWidth(longer, 14)).toBeGreaterThan(width);
    }
  });

  it('turns partial dates into positions inside their year', () => {
    expect(fractionalYear('2016')).toBe(2016.5);
    expect(fractionalYear('2016-01')).toBeCloseTo(2016 + 0.5 / 12);
    expect(Math.floor(fractionalYear('2016-12-31'))).toBe(2016);
  });

  it('formats dates at the precision the data gives, never more', () => {
    expect(formatPolicyDate('2016', 'year', 'zh-CN')).toBe('2016年');
    expect(formatPolicyDate('2016-10', 'month', 'zh-CN')).toBe('2016年10月');
    expect(formatPolicyDate('2016-10-18', 'day', 'zh-CN')).toBe('2016年10月18日');
    expect(formatPolicyDate('2016-10-18', 'month', 'zh-CN')).toBe('2016年10月');
    expect(formatPolicyDate('2016', 'year', 'en')).toBe('2016');
    expect(formatPolicyDate('2016-10', 'month', 'en')).toBe('October 2016');
    expect(formatPolicyDate('2016-10-18', 'day', 'en')).toBe('18 October 2016');
    expect(policies().policies[0]!.precision).toBe('month');
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['en', 'en-GB'],
  ] as const)('writes every month and day as Intl.DateTimeFormat does in %s', (lang, locale) => {
    const intl = (withDay: boolean) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        ...(withDay ? { day: 'numeric' } : {}),
      });
    for (const y of [1999, 2016, 2025]) {
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        const monthDate = new Date(Date.UTC(y, m - 1, 1));
        expect(formatPolicyDate(`${y}-${mm}`, 'month', lang)).toBe(intl(false).format(monthDate));
        for (let d = 1; d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); d++) {
          const dd = String(d).padStart(2, '0');
          expect(formatPolicyDate(`${y}-${mm}-${dd}`, 'day', lang)).toBe(
            intl(true).format(new Date(Date.UTC(y, m - 1, d))),
          );
        }
      }
    }
  });

  it('on a slide labels only the step’s document, in fewer and tighter rows', () => {
    const full = layoutTimeline({ ...base, fontSize: 24 });
    const target = full.items[Math.floor(full.items.length / 2)]!.id;
    const slide = layoutTimeline({ ...base, fontSize: 24, labelOnly: target });
    const labelled = slide.items.filter((i) => i.label !== '').map((i) => i.id);
    expect(labelled).toEqual([target]);
    expect(slide.items).toHaveLength(full.items.length);
    expect(slide.height).toBeLessThan(full.height * 0.75);
    // No document at all: every marker bare.
    const none = layoutTimeline({ ...base, fontSize: 24, labelOnly: null });
    expect(none.items.every((i) => i.label === '')).toBe(true);
  });
});
