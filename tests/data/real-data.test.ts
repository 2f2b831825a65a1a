import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/data/cross-check';
import { DATASET_NAMES, type DatasetMap } from '../../src/data/datasets';
import { parseDatasetText } from '../../src/data/load';
import { meanOver, ratioSeries } from '../../src/data/queries/regions';
import { shownFrom } from '../../src/data/schema/pairings';
import { buildArcs } from '../../src/views/map/flows';

// The real datasets get their own validation tests (unit tests use synthetic fixtures).
const loaded = {} as DatasetMap;
const problems: string[] = [];
for (const name of DATASET_NAMES) {
  const path = resolve(process.cwd(), `data/${name}.json`);
  if (!existsSync(path)) {
    problems.push(`data/${name}.json is missing`);
    continue;
  }
  const r = parseDatasetText(name, readFileSync(path, 'utf8'));
  if (r.ok) (loaded as unknown as Record<string, unknown>)[name] = r.data;
  else problems.push(...r.errors.map((e) => JSON.stringify(e)));
}

describe('the bundled datasets', () => {
  it('all validate against their schemas', () => {
    expect(problems).toEqual([]);
  });

  it('pass every cross-file check', () => {
    expect(crossCheck(loaded).map((e) => JSON.stringify(e))).toEqual([]);
  });

  it('cover all 34 provincial-level divisions, HK/Macao/Taiwan outside the four regions', () => {
    const p = loaded.provinces.provinces;
    expect(p).toHaveLength(34);
    for (const code of ['710000', '810000', '820000']) {
      expect(p.find((x) => x.adcode === code)?.region).toBe('none');
    }
    const count = (r: string) => p.filter((x) => x.region === r).length;
    expect([count('east'), count('central'), count('west'), count('northeast')]).toEqual([
      10, 6, 12, 3,
    ]);
  });

  it('give GDP for 31 provinces × 2000–2024, with the 2023→2024 base change recorded', () => {
    const g = loaded.gdp;
    expect(g.values).toHaveLength(31 * 25);
    expect(g.baseChanges.some((b) => b.fromYear === 2023 && b.toYear === 2024)).toBe(true);
  });

  it('reproduce the paper: West/East ≈ 1/3 in 2000 and ≈ 0.41 in 2023, computed from provinces', () => {
    const series = ratioSeries(loaded.gdp, loaded.provinces.provinces);
    const at = (y: number) => series.find((s) => s.year === y)!.westEast!;
    expect(at(2000)).toBeGreaterThan(0.32);
    expect(at(2000)).toBeLessThan(0.345);
    expect(at(2023)).toBeGreaterThan(0.39);
    expect(at(2023)).toBeLessThan(0.43);
  });

  it('store the paper’s two claims as quotes, each within its tolerance of the data', () => {
    const series = ratioSeries(loaded.gdp, loaded.provinces.provinces);
    const claims = loaded.gdp.claims;
    expect(claims.map((c) => c.quote.zh).join(' ')).toMatch(/1\/3/);
    expect(claims.map((c) => c.quote.zh.replace(/\s+/g, '')).join(' ')).toMatch(/40%左右/);
    for (const c of claims) {
      const computed = meanOver(series, (p) => p.westEast, c.years);
      expect(computed, c.id).not.toBeNull();
      expect(Math.abs(computed! - c.value), c.id).toBeLessThanOrEqual(c.tolerance);
    }
  });

  it('tell the bundled talk in both languages, every step (a reader’s own talk may use one)', () => {
    for (const step of loaded.story.steps) {
      for (const words of [step.title, step.caption, step.notes]) {
        if (words === null) continue;
        expect(words.zh.trim(), step.id).not.toBe('');
        expect(words.en.trim(), step.id).not.toBe('');
      }
    }
  });

  it('resolve every source to an original publisher, never a GitHub or mirror copy', () => {
    for (const s of loaded.sources.sources) {
      expect(s.publisher.zh, s.id).not.toMatch(/GitHub|Kaggle/i);
      expect(s.publisher.en, s.id).not.toMatch(/GitHub|Kaggle/i);
    }
  });
});

describe('the bundled pairings and policies', () => {
  const pairings = () => loaded.pairings;
  const policies = () => loaded.policies.policies;
  const active = (programme: string, year: number) =>
    pairings().pairings.filter(
      (p) =>
        p.programme === programme &&
        shownFrom(p) <= year &&
        (p.endYear === null || p.endYear >= year),
    );

  it('hold every programme the first paper names, each with at least one relationship', () => {
    const ids = pairings().programmes.map((p) => p.id);
    for (const id of [
      'ew-poverty-1996',
      'ew-poverty-2016',
      'ew-2021',
      'xinjiang-aid',
      'tibet-aid',
      'qinghai-aid',
      'tibet-class',
      'ningxia-joint-enrolment',
      'vet-ew-action-plan',
      'dianxi-plan',
      'named-case',
    ]) {
      expect(ids, id).toContain(id);
      expect(
        pairings().pairings.some((p) => p.programme === id),
        id,
      ).toBe(true);
    }
  });

  it('hold the paper’s named cases, flagging 浙青 and 津新 as interpretations', () => {
    const byId = new Map(pairings().pairings.map((p) => [p.id, p]));
    const zq = byId.get('case-zhejiang-qinghai')!;
    expect([zq.east.adcode, zq.west.adcode, zq.model]).toEqual([
      '330000',
      '630000',
      'industry-education',
    ]);
    expect(zq.interpretation?.zh).toMatch(/浙青/);
    const tx = byId.get('case-tianjin-xinjiang')!;
    expect([tx.east.adcode, tx.west.adcode, tx.model]).toEqual([
      '120000',
      '650000',
      'resource-complementary',
    ]);
    expect(tx.interpretation).not.toBeNull();
    const js = byId.get('case-jiangsu-shaanxi')!;
    expect([js.east.adcode, js.west.adcode]).toEqual(['320000', '610000']);
    for (const model of [
      'policy-driven',
      'resource-complementary',
      'industry-education',
    ] as const) {
      expect(
        pairings().pairings.some((p) => p.model === model),
        model,
      ).toBe(true);
    }
  });

  it('give the story’s programme steps relationships to draw in their years', () => {
    for (const step of loaded.story.steps) {
      const { programme, year } = step.state;
      if (programme) expect(active(programme, year ?? 2024).length, step.id).toBeGreaterThan(0);
    }
  });

  it('never date a relationship by the paper that names it: unknown starts are null, with the reason', () => {
    const byId = new Map(pairings().pairings.map((p) => [p.id, p]));
    for (const id of [
      'case-jiangsu-shaanxi',
      'case-tianjin-xinjiang',
      'case-zhejiang-qinghai',
      'xj-aid-jiangsu-ili-vet-group',
      'ew-2021-gz-jidian-bijie-industry',
    ]) {
      const p = byId.get(id)!;
      expect(p.startYear, id).toBeNull();
      expect(p.startNote?.zh.length, id).toBeGreaterThan(0);
    }
    // The paper was published in 2025; nothing starts or is first documented then because of it.
    for (const p of pairings().pairings) {
      if (p.sourceIds.length === 1 && p.sourceIds[0] === 'paper-gao-guo-2025') {
        expect(p.startYear ?? p.firstDocumented.year, p.id).toBeLessThan(2025);
      }
    }
  });

  it('start nothing in Chongqing before it became a municipality (1997)', () => {
    for (const p of pairings().pairings.filter((x) => x.west.adcode === '500000')) {
      expect(p.startYear ?? p.firstDocumented.year, p.id).toBeGreaterThanOrEqual(1997);
    }
  });

  it('draw the paper’s representatives on the map of the story step that introduces them', () => {
    const step = loaded.story.steps.find((s) => s.id === 'model-resource-complementary')!;
    const { arcs } = buildArcs(pairings().pairings, loaded.provinces.provinces, {
      year: step.state.year ?? 2024,
      models: step.state.models ?? [],
      programme: step.state.programme ?? null,
    });
    const keys = arcs.map((a) => a.key);
    expect(keys).toContain('320000>610000>resource-complementary'); // 苏陕
    expect(keys).toContain('120000>650000>resource-complementary'); // 津新
  });

  it('hold the 2016 list after Ningbo, each pair on a source of its own, or name it in data/README.md as not found', () => {
    const byId = new Map(pairings().pairings.map((p) => [p.id, p]));
    for (const id of [
      'ew-2016-fujian-ningxia',
      'ew-2016-fuzhou-dingxi',
      'ew-2016-xiamen-linxia',
      'ew-2016-shandong-chongqing',
      'ew-2016-jinan-xiangxi',
      'ew-2016-qingdao-longnan',
      'ew-2016-guangdong-guangxi',
      'ew-2016-foshan-liangshan',
      'ew-2016-zhongshan-zhaotong',
      'ew-2016-dongguan-zhaotong',
      'ew-2016-zhuhai-nujiang',
    ]) {
      const p = byId.get(id);
      expect(p, id).toBeDefined();
      // Not the truncated list: a report that names the pair.
      expect(p!.sourceIds, id).not.toContain('pair-src-xinhua-2016-12-ew-guidance');
      expect(p!.programme).toBe('ew-poverty-2016');
    }
    const readme = readFileSync(resolve(process.cwd(), 'data/README.md'), 'utf8');
    expect(readme).toMatch(/not found[\s\S]{0,200}青岛—安顺/);
    // 粤桂, 鲁渝 and 闽宁 are on the 2018 map.
    const { arcs } = buildArcs(pairings().pairings, loaded.provinces.provinces, {
      year: 2018,
      models: [],
      programme: 'ew-poverty-2016',
    });
    const keys = arcs.map((a) => a.key);
    for (const key of ['440000>450000', '370000>500000', '350000>640000']) {
      expect(
        keys.some((k) => k.startsWith(key)),
        key,
      ).toBe(true);
    }
  });

  it('rate every policy by its own sources: one resting only on a paper that mentions it is at most medium', () => {
    const rank = ['high', 'medium-high', 'medium', 'medium-low', 'low'];
    const papers = new Set(['paper-gao-guo-2025', 'paper-zhengzhou-hub']);
    for (const p of policies()) {
      if (p.sourceIds.every((id) => papers.has(id))) {
        expect(rank.indexOf(p.confidence), p.id).toBeGreaterThanOrEqual(rank.indexOf('medium'));
      }
    }
    const byId = new Map(policies().map((p) => [p.id, p]));
    expect(byId.get('pol-2017-qingdao-plan')!.confidence).toBe('medium');
    expect(byId.get('pol-2016-vet-ew-action-plan')!.confidence).toBe('high');
  });

  it('carry the brief’s corrections to document numbers and issuers', () => {
    const byId = new Map(policies().map((p) => [p.id, p]));
    expect(byId.get('pol-2016-vet-ew-action-plan')!.docNumber).toBe('教发〔2016〕15号');
    expect(byId.get('pol-2017-dianxi-plan')!.docNumber).toBe('教职成厅〔2017〕4号');
    expect(byId.get('pol-2017-dianxi-plan')!.issuer.zh).toBe('教育部办公厅');
    expect(byId.get('pol-2019-integration-pilot')!.docNumber).toBe('发改社会〔2019〕1558号');
    expect(byId.get('pol-2022-high-skill-talent')!.docNumber).toBe('中办发〔2022〕58号');
    expect(policies().some((p) => p.docNumber?.includes('教职成〔2016〕4号'))).toBe(false);
  });

  it('date every policy no more precisely than its precision says', () => {
    const length = { year: 4, month: 7, day: 10 } as const;
    for (const p of policies()) expect(p.date.length, p.id).toBe(length[p.precision]);
  });

  it('label the radar’s added dimensions: the paper’s are exactly those its classification names', () => {
    const m = loaded.models;
    const grounds = m.dimensions.find((d) => d.id === 'actors')!.basis.zh;
    expect(grounds).toContain('根据联动主体、联动方式、资源类型等进行分类');
    for (const d of m.dimensions) {
      expect(d.origin, d.id).toBe(grounds.includes(d.name.zh) ? 'paper' : 'atlas');
    }
    expect(m.dimensions.filter((d) => d.origin === 'atlas').map((d) => d.id)).toEqual([
      'depth',
      'industry-alignment',
      'policy-reliance',
    ]);
    // Every score is the atlas's reading: it says how sure and why.
    for (const s of m.scores)
      expect(s.reason.zh.length, `${s.model}/${s.dimension}`).toBeGreaterThan(5);
  });

  it('keep as the paper’s representatives only relationships it names, the rest as the atlas’s examples', () => {
    const byId = new Map(loaded.pairings.pairings.map((p) => [p.id, p]));
    const named = loaded.models.models.flatMap((m) => m.pairingIds);
    // The paper names partners only in its named cases and 粤黔 (the 2021 Guangdong–Guizhou VET round).
    for (const id of named) {
      const p = byId.get(id)!;
      expect(p.sourceIds, id).toContain('paper-gao-guo-2025');
      expect(p.programme === 'named-case' || id === 'ew-2021-guangdong-guizhou-vet', id).toBe(true);
    }
    const policyDriven = loaded.models.models.find((m) => m.id === 'policy-driven')!;
    expect(policyDriven.pairingIds).toEqual([]);
    expect(policyDriven.examplePairingIds).toContain('tibet-class-tianjin');
  });

  it('flag every framework relationship whose model the atlas gave by rule, with the rule', () => {
    const progs = new Map(loaded.pairings.programmes.map((g) => [g.id, g]));
    const ruled = loaded.pairings.pairings.filter((p) => p.modelByRule);
    expect(ruled.length).toBeGreaterThan(80);
    for (const p of ruled) {
      expect(p.model).toBe('policy-driven');
      expect(progs.get(p.programme)!.modelRule?.zh, p.id).toContain('本图谱的解读');
    }
    for (const id of [
      'ew-1996-fujian-ningxia',
      'tibet-aid-jiangsu-lhasa',
      'ew-2021-tianjin-gansu',
    ]) {
      expect(ruled.map((p) => p.id)).toContain(id);
    }
  });
});
