import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  fractionalYear,
  layoutTimeline,
  bareTitle,
  balancedWrap,
  packBoxes,
  packRows,
  wrapLabel,
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

  it('fits a 360 px phone without scrolling sideways: titles under their markers, lane names upright', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const layout = layoutTimeline({ ...base, lang, width: 328 });
      expect(layout.width).toBe(328);
      assertNoOverlap(layout);
      // Nothing starts left of the plot (under the lane names, or off the edge) or runs past it.
      for (const i of layout.items) {
        expect(i.box.x0, i.id).toBeGreaterThanOrEqual(layout.plot.left - layout.markerRadius);
        expect(i.box.x1, i.id).toBeLessThanOrEqual(layout.plot.right + 1);
      }
      for (const b of layout.bands) {
        expect(b.labelX).toBeGreaterThanOrEqual(0);
        expect(b.labelEnd).toBeLessThanOrEqual(layout.width);
      }
      expect(layout.lanes.every((l) => l.labelUpright)).toBe(true);
      expect(layout.plot.left).toBeLessThan(40);
    }
    // A title with no room beside its marker goes on the lines under it, starting in the plot.
    const en = layoutTimeline({ ...base, lang: 'en', width: 328 });
    const under = en.items.filter((i) => i.labelY > i.y);
    expect(under.length).toBeGreaterThan(0);
    for (const i of under) {
      expect(i.labelY).toBeCloseTo(i.y + en.lineHeight);
      expect(i.labelX).toBeGreaterThanOrEqual(en.plot.left);
    }
    // On a desktop the names sit in a gutter, read normally.
    expect(layoutTimeline(base).lanes.some((l) => l.labelUpright)).toBe(false);
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

  it('shows every title in full, wrapped, in both languages and on a phone', () => {
    for (const opts of [base, { ...base, lang: 'en' as const }, { ...base, width: 328 }]) {
      const layout = layoutTimeline(opts);
      assertNoOverlap(layout);
      for (const item of layout.items) {
        const full = item.label;
        expect(full.endsWith('…')).toBe(false);
        const bare = (x: string) => x.replace(/\s+/g, '');
        expect(bare(item.lines.join(''))).toBe(bare(full));
        // The box holds every line.
        expect(item.box.y1 - item.box.y0).toBeGreaterThanOrEqual(
          item.lines.length * layout.lineHeight,
        );
      }
    }
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

  it('keeps every phase label inside a phone embed, shortening a name too long for it', () => {
    const long = phasedModels().models.map((m) => ({
      ...m,
      name: { zh: m.name.zh, en: 'Resource-complementary cooperation, a long name' },
    }));
    const layout = layoutTimeline({
      ...base,
      lang: 'en',
      models: long,
      width: 320,
      minWidth: 0,
      fontSize: 12,
      labelEms: 0,
    });
    for (const b of layout.bands) {
      expect(b.labelX, b.label).toBeGreaterThanOrEqual(0);
      expect(b.labelEnd, b.label).toBeLessThanOrEqual(layout.width);
      // Too narrow for the name and the years: the name alone, shortened; whole in its name.
      expect(b.label).toMatch(/^Resource-complementary.*…$/);
      expect(b.name).toBe('Resource-complementary cooperation, a long name');
    }
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

  it('wraps a title into lines that fit, keeping every character, never an ellipsis', () => {
    const zh = '关于深化产教融合推进职业教育东西协作的若干意见（试行）';
    const lines = wrapLabel(zh, 100, 14, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(zh);
    for (const l of lines) expect(estimateTextWidth(l, 14)).toBeLessThanOrEqual(100);
    // A closing mark never starts a line, an opening mark never ends one.
    for (const l of lines) expect(l).not.toMatch(/^[，。、）》]/u);
    for (const l of lines) expect(l).not.toMatch(/[（《]$/u);
    const opening = wrapLabel(
      '教育强国建设规划纲要（2024—2035年）',
      14 * 11,
      14,
      estimateTextWidth,
    );
    expect(opening).toEqual(['教育强国建设规划纲要', '（2024—2035年）']);

    const en = 'Opinions of the Ministry of Education on Deepening Vocational-Education Reform';
    const words = wrapLabel(en, 170, 14, estimateTextWidth);
    expect(words.join(' ')).toBe(en);
    for (const l of words) expect(estimateTextWidth(l, 14)).toBeLessThanOrEqual(170);
    // A word longer than the line is split, not cut.
    const long = wrapLabel('Supercalifragilisticexpialidocious', 60, 14, estimateTextWidth);
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(bareTitle('《短》')).toBe('短');
  });

  it('balances a wrapped title: as many lines as at the widest, each as short as that allows', () => {
    const en = 'Opinions on Upholding and Improving the East–West Collaboration Mechanism';
    const wide = wrapLabel(en, 14 * 32, 14, estimateTextWidth);
    const even = balancedWrap(en, 14 * 32, 14, estimateTextWidth);
    expect(even).toHaveLength(wide.length);
    expect(even.join(' ')).toBe(en);
    const widest = (ls: string[]) => Math.max(...ls.map((l) => estimateTextWidth(l, 14)));
    expect(widest(even)).toBeLessThan(widest(wide));
    // The two lines differ by little more than a word.
    const [a, b] = even.map((l) => estimateTextWidth(l, 14));
    expect(Math.abs(a! - b!)).toBeLessThan(14 * 8);
    expect(balancedWrap('Short', 14 * 32, 14, estimateTextWidth)).toEqual(['Short']);
  });

  it('packs boxes of any height at the lowest place free of every earlier box', () => {
    expect(
      packBoxes(
        [
          { x0: 0, x1: 10, height: 30 },
          { x0: 5, x1: 15, height: 10 },
          { x0: 12, x1: 20, height: 10 },
          { x0: 16, x1: 30, height: 10 },
        ],
        2,
      ),
    ).toEqual([0, 32, 0, 12]);
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
    // Its title in full, wrapped, never cut short.
    const one = slide.items.find((i) => i.id === target)!;
    expect(one.lines.join('').replace(/\s+/g, '')).toBe(one.label.replace(/\s+/g, ''));
    expect(one.lines.join('')).not.toContain('…');
    expect(slide.items).toHaveLength(full.items.length);
    expect(slide.height).toBeLessThan(full.height * 0.75);
    // No document at all: every marker bare.
    const none = layoutTimeline({ ...base, fontSize: 24, labelOnly: null });
    expect(none.items.every((i) => i.label === '')).toBe(true);
  });
});
