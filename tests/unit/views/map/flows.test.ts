import { describe, expect, it } from 'vitest';
import { MODEL_IDS } from '../../../../src/data/schema/common';
import type { Pairing } from '../../../../src/data/schema/pairings';
import { translator } from '../../../../src/i18n';
import {
  buildArcs,
  buildDrillArcs,
  highlightFor,
  isActive,
  pairingCounts,
  summarySentence,
  yearsText,
  type ArcFilters,
} from '../../../../src/views/map/flows';
import { pairing, provinces } from '../../../fixtures/datasets';
import { mapMessages } from '../../../../src/views/map/messages';

const provs = provinces().provinces;
const all: ArcFilters = { year: 2016, models: [], programme: null };
const gz = (id: string, patch: Partial<Pairing> = {}) =>
  pairing({
    id,
    east: { adcode: '440000', place: null, institution: null },
    west: { adcode: '520000', place: null, institution: null },
    startYear: 2010,
    ...patch,
  });

describe('arcs of the map', () => {
  it('counts a pairing active from its start year through its end year inclusive', () => {
    const p = pairing({ startYear: 2013, endYear: 2020 });
    expect([2012, 2013, 2020, 2021].map((year) => isActive(p, { ...all, year }))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isActive(pairing({ startYear: 2013, endYear: null }), { ...all, year: 2025 })).toBe(
      true,
    );
  });

  it('aggregates pairings per east province, west province and model, weighted by count', () => {
    const { arcs, pairingCount } = buildArcs(
      [
        gz('a'),
        gz('b'),
        gz('c', { model: 'industry-education' }),
        pairing({ id: 'd', startYear: 2000 }),
        gz('late', { startYear: 2020 }),
      ],
      provs,
      all,
    );
    expect(arcs.map((a) => [a.key, a.weight, a.pairingIds])).toEqual([
      ['440000>520000>policy-driven', 2, ['a', 'b']],
      ['310000>530000>policy-driven', 1, ['d']],
      ['440000>520000>industry-education', 1, ['c']],
    ]);
    expect(pairingCount).toBe(4);
    expect(arcs[0]!.from).toEqual([113.3, 23.1]);
    expect(arcs[0]!.to).toEqual([106.7, 26.6]);
  });

  it('follows the model and programme filters; an empty model list means all', () => {
    const list = [gz('a'), gz('b', { model: 'resource-complementary', programme: 'other' })];
    expect(
      buildArcs(list, provs, { ...all, models: ['resource-complementary'] }).arcs,
    ).toHaveLength(1);
    expect(buildArcs(list, provs, { ...all, programme: 'other' }).arcs[0]!.pairingIds).toEqual([
      'b',
    ]);
    expect(buildArcs(list, provs, { ...all, models: [] }).arcs).toHaveLength(2);
  });

  it('spans the years of its pairings and stays open while any continues', () => {
    const { arcs } = buildArcs(
      [gz('a', { startYear: 2012, endYear: 2018 }), gz('b', { startYear: 2015, endYear: null })],
      provs,
      all,
    );
    expect(arcs[0]).toMatchObject({ startYear: 2012, endYear: null });
  });

  it('draws a pairing of unknown start from the year it was first documented, never earlier', () => {
    const unknown = gz('u', {
      startYear: null,
      startNote: { zh: '起始年不详', en: 'start unknown' },
      firstDocumented: { year: 2016, sourceId: 'src-a' },
    });
    expect([2015, 2016, 2024].map((year) => isActive(unknown, { ...all, year }))).toEqual([
      false,
      true,
      true,
    ]);
    const { arcs } = buildArcs([unknown], provs, { ...all, year: 2019 });
    expect(arcs[0]).toMatchObject({ startYear: 2016, startKnown: false });
  });

  it('calls an arc’s first year known when a pairing with a known start begins then', () => {
    const unknown = (id: string, year: number) =>
      gz(id, {
        startYear: null,
        startNote: { zh: '不详', en: 'unknown' },
        firstDocumented: { year, sourceId: 'src-a' },
      });
    const arc = (list: Pairing[]) => buildArcs(list, provs, { ...all, year: 2020 }).arcs[0]!;
    expect(arc([unknown('u', 2016), gz('k', { startYear: 2018 })])).toMatchObject({
      startYear: 2016,
      startKnown: false,
    });
    expect(arc([gz('k', { startYear: 2016 }), unknown('u', 2016)])).toMatchObject({
      startYear: 2016,
      startKnown: true,
    });
    expect(arc([unknown('u', 2016), gz('k', { startYear: 2016 })]).startKnown).toBe(true);
    expect(arc([unknown('u', 2018), gz('k', { startYear: 2014 })])).toMatchObject({
      startYear: 2014,
      startKnown: true,
    });
  });

  it('says a start is unknown wherever years are written, and notes such arcs in the summary', () => {
    const t = translator('en', mapMessages);
    expect(yearsText(2016, null, t, false)).toBe('start unknown; documented 2016–ongoing');
    expect(yearsText(2016, 2020, t, false)).toBe('start unknown; documented 2016–2020');
    expect(yearsText(2016, null, t)).toBe('2016–ongoing');
    const set = buildArcs(
      [
        gz('u', {
          startYear: null,
          startNote: { zh: '不详', en: 'unknown' },
          firstDocumented: { year: 2016, sourceId: 'src-a' },
        }),
      ],
      provs,
      all,
    );
    const sentence = (s: typeof set) =>
      summarySentence({
        set: s,
        filters: all,
        t,
        lang: 'en',
        programmeName: null,
        drillName: null,
      });
    expect(sentence(set)).toContain('1 of them has no known start');
    expect(sentence(buildArcs([gz('k')], provs, all))).not.toContain('no known start');
  });

  it('leaves out pairings with an end that has no label point, and counts them', () => {
    const set = buildArcs(
      [gz('a', { west: { adcode: '650000', place: null, institution: null } })],
      provs,
      all,
    );
    expect(set.arcs).toEqual([]);
    expect(set.unplaced).toBe(1);
  });

  it('draws a drill-down from the supporting province to the prefecture seat', () => {
    const place = (adcode: string | null) => ({ adcode, name: { zh: '遵义市', en: 'Zunyi' } });
    const set = buildDrillArcs(
      [
        gz('a', { west: { adcode: '520000', place: place('520300'), institution: null } }),
        gz('b', { west: { adcode: '520000', place: place(null), institution: null } }),
        pairing({ id: 'yn' }),
      ],
      provs,
      '520000',
      [{ adcode: '520300', cp: [106.9, 27.7] }],
      all,
    );
    expect(set.arcs.map((a) => [a.key, a.from, a.to, a.westProvince])).toEqual([
      ['440000>520300>policy-driven', [113.3, 23.1], [106.9, 27.7], '520000'],
    ]);
    expect(set.unplaced).toBe(1);
  });

  it('highlights the partners and arcs of the focused province, and only the ends of a focused arc', () => {
    const { arcs } = buildArcs(
      [
        gz('a'),
        pairing({ id: 'd' }),
        gz('e', { west: { adcode: '530000', place: null, institution: null } }),
      ],
      provs,
      all,
    );
    const h = highlightFor(arcs, { kind: 'province', adcode: '440000' })!;
    expect([...h.regions].sort()).toEqual(['440000', '520000', '530000']);
    expect([...h.arcs].sort()).toEqual([
      '440000>520000>policy-driven',
      '440000>530000>policy-driven',
    ]);
    const a = highlightFor(arcs, { kind: 'arc', key: '310000>530000>policy-driven' })!;
    expect([...a.regions].sort()).toEqual(['310000', '530000']);
    expect(highlightFor(arcs, null)).toBeNull();
    expect([...highlightFor(arcs, { kind: 'province', adcode: '210000' })!.regions]).toEqual([
      '210000',
    ]);
  });

  it('counts active pairings per province on either side', () => {
    const { arcs } = buildArcs([gz('a'), gz('b'), pairing({ id: 'd' })], provs, all);
    expect(Object.fromEntries(pairingCounts(arcs))).toEqual({
      '440000': 2,
      '520000': 2,
      '310000': 1,
      '530000': 1,
    });
  });

  it('says in one sentence what is shown, in each language', () => {
    const set = buildArcs([gz('a'), gz('b'), pairing({ id: 'd' })], provs, all);
    const args = { set, filters: all, programmeName: null, drillName: null };
    expect(summarySentence({ ...args, t: translator('zh-CN', mapMessages), lang: 'zh-CN' })).toBe(
      '2016 年显示 2 条协作关系（2 对省份，共 3 项结对）。',
    );
    expect(summarySentence({ ...args, t: translator('en', mapMessages), lang: 'en' })).toBe(
      '2 relationships shown for 2016 (2 province pairs, 3 pairings in all).',
    );
    const one = buildArcs([gz('a')], provs, all);
    expect(
      summarySentence({ ...args, set: one, t: translator('en', mapMessages), lang: 'en' }),
    ).toBe('1 relationship shown for 2016 (1 province pair, 1 pairing in all).');
    const filtered = summarySentence({
      set: buildArcs([], provs, all),
      filters: { ...all, models: ['industry-education'] },
      programmeName: null,
      drillName: null,
      t: translator('en', mapMessages),
      lang: 'en',
    });
    expect(filtered).toBe(
      'No relationship is active in 2016 under the current filters. Filters: models Industry–education co-construction.',
    );
  });

  it('aggregates 10 000 synthetic pairings into a few hundred arcs in well under 200 ms', () => {
    const codes = provs.map((p) => p.adcode);
    const many: Pairing[] = [];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 10_000; i++) {
      many.push(
        pairing({
          id: `p-${i}`,
          east: { adcode: codes[rnd(codes.length)]!, place: null, institution: null },
          west: { adcode: codes[rnd(codes.length)]!, place: null, institution: null },
          model: MODEL_IDS[rnd(3)]!,
          startYear: 2000 + rnd(20),
          endYear: rnd(2) ? null : 2015 + rnd(10),
        }),
      );
    }
    // Best of three: the shared machine is noisy; the first run also pays for JIT warm-up.
    let ms = Infinity;
    let set = buildArcs(many, provs, { ...all, year: 2018 });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      set = buildArcs(many, provs, { ...all, year: 2018 });
      ms = Math.min(ms, performance.now() - t0);
    }
    expect(set.arcs.length).toBeGreaterThan(0);
    expect(set.arcs.length).toBeLessThanOrEqual(6 * 5 * 3);
    expect(set.arcs.reduce((n, a) => n + a.weight, 0)).toBe(set.pairingCount);
    expect(ms).toBeLessThan(200);
  });
});
