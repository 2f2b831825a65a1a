import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { translator } from '../../../../src/i18n';
import { MODEL_STYLE } from '../../../../src/lib/colours';
import { pageColours } from '../../../../src/lib/theme';
import {
  buildRadarOption,
  DECALS,
  highlightedModels,
  radarRows,
  stripLevel,
  summariseRadar,
  wrapLabel,
} from '../../../../src/views/radar/build-radar-option';
import { cardLinks } from '../../../../src/views/radar/model-cards';
import { pairing, pairings, policies, scoredModels } from '../../../fixtures/datasets';
import { radarMessages } from '../../../../src/views/radar/messages';

echarts.use([
  RadarChart,
  RadarComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

const zh = translator('zh-CN', radarMessages);
const en = translator('en', radarMessages);
const style = { projector: false, reducedMotion: false, compact: false };
const all = { models: [] };

type Series = ReturnType<typeof buildRadarOption>['series'][number];
const byModel = (o: ReturnType<typeof buildRadarOption>, id: string) =>
  o.series.find((s) => s.id === `model-${id}`) as Series;

describe('radar option', () => {
  it('names one indicator per dimension in the current language, each out of 5, an added one as added', () => {
    const file = scoredModels();
    const o = buildRadarOption(file, all, zh, 'zh-CN', style);
    expect(o.radar.indicator.map((i) => i.name)).toEqual([
      '维度actors',
      '维度flow',
      '维度depth',
      '维度reliance（增设）',
    ]);
    expect(o.radar.indicator.every((i) => i.max === 5 && i.min === 0)).toBe(true);
    expect(o.radar.splitNumber).toBe(5);
    const e = buildRadarOption(file, all, en, 'en', style);
    expect(e.radar.indicator.map((i) => i.name)).toEqual([
      'Dim actors',
      'Dim flow',
      'Dim depth',
      'Dim reliance (added)',
    ]);
  });

  it('boxes the names of the dimensions a presenter step talks about and greys the others', () => {
    const file = scoredModels();
    const o = buildRadarOption(file, { models: [], dimensions: ['depth'] }, en, 'en', style);
    const depth = o.radar.indicator.find((i) => i.name === 'Dim depth')!;
    const actors = o.radar.indicator.find((i) => i.name === 'Dim actors')!;
    expect(depth.focus).toBe(true);
    expect(actors.focus).toBe(false);
    expect(actors).toMatchObject({ color: pageColours('default').muted });
    expect(depth).not.toHaveProperty('color');
    const format = o.radar.axisName.formatter;
    expect(format('Dim depth', depth)).toBe('{focus|Dim depth}');
    expect(format('Dim actors', actors)).toBe('Dim actors');
    // Without a focus every name is drawn as before.
    const plain = buildRadarOption(file, all, en, 'en', style);
    expect(plain.radar.indicator.some((i) => i.focus || 'color' in i)).toBe(false);
  });

  it('draws one series per model in file order with its scores, a missing score left empty', () => {
    const o = buildRadarOption(scoredModels(), all, en, 'en', style);
    expect(o.series.map((s) => s.id)).toEqual([
      'model-policy-driven',
      'model-resource-complementary',
      'model-industry-education',
    ]);
    expect(o.series.map((s) => s.name)).toEqual(['Model 1', 'Model 2', 'Model 3']);
    expect(byModel(o, 'policy-driven').data[0]!.value).toEqual([2, 4, 2, 5]);
    expect(byModel(o, 'resource-complementary').data[0]!.value).toEqual([4, 4, '-', 4]);
    expect(o.legend.data).toEqual(['Model 1', 'Model 2', 'Model 3']);
  });

  it('styles each model by MODEL_STYLE: colour, line dash and decal pattern, with aria decals on', () => {
    const o = buildRadarOption(scoredModels(), all, zh, 'zh-CN', style);
    for (const s of o.series) {
      const id = s.data[0]!.modelId;
      expect(s.lineStyle.color).toBe(MODEL_STYLE[id].colour);
      expect(s.lineStyle.type).toBe(MODEL_STYLE[id].dash);
      expect(s.itemStyle.decal).toBe(DECALS[MODEL_STYLE[id].decal]);
    }
    expect(o.aria).toEqual({ enabled: true, decal: { show: true } });
  });

  it('draws every model alike when none is selected', () => {
    const o = buildRadarOption(scoredModels(), all, zh, 'zh-CN', style);
    expect(new Set(o.series.map((s) => s.lineStyle.width)).size).toBe(1);
    expect(o.series.every((s) => s.lineStyle.opacity === 1)).toBe(true);
  });

  it('draws the selected model opaque and thicker and dims the others', () => {
    const file = scoredModels();
    const o = buildRadarOption(file, { models: ['industry-education'] }, zh, 'zh-CN', style);
    const on = byModel(o, 'industry-education');
    const off = byModel(o, 'policy-driven');
    expect(on.lineStyle.opacity).toBe(1);
    expect(on.lineStyle.width).toBeGreaterThan(off.lineStyle.width);
    expect(off.lineStyle.opacity).toBeLessThan(0.5);
    expect(on.areaStyle.opacity).toBeGreaterThan(off.areaStyle.opacity);
    expect(on.z).toBeGreaterThan(off.z);
    // Series order stays put: the selection changes weight, not position.
    expect(o.series.map((s) => s.id)[2]).toBe('model-industry-education');
    expect(highlightedModels(file, { models: ['industry-education', 'policy-driven'] })).toEqual([
      'policy-driven',
      'industry-education',
    ]);
    expect(highlightedModels(file, all)).toEqual([]);
  });

  it('sizes text and strokes up in the projector theme and turns animation off for reduced motion', () => {
    const file = scoredModels();
    const p = buildRadarOption(file, all, zh, 'zh-CN', {
      ...style,
      projector: true,
      reducedMotion: true,
    });
    const n = buildRadarOption(file, all, zh, 'zh-CN', style);
    expect(p.radar.axisName.fontSize).toBeGreaterThanOrEqual(24);
    expect(p.series[0]!.lineStyle.width).toBeGreaterThanOrEqual(3);
    expect(p.series[0]!.lineStyle.width).toBeGreaterThan(n.series[0]!.lineStyle.width);
    expect(p.animation).toBe(false);
    expect(n.animation).toBe(true);
  });

  it('shows each score with its quote and locator in the tooltip, escaped', () => {
    const o = buildRadarOption(scoredModels(), all, en, 'en', style);
    const html = o.tooltip.formatter({ data: { modelId: 'policy-driven' } });
    expect(html).toContain('Dim actors: 2/5');
    expect(html).toContain('policy-driven on actors &lt;b&gt;2&lt;/b&gt;');
    expect(html).toContain('(§1)');
    expect(html).not.toContain('<b>2</b>');
    const missing = o.tooltip.formatter({ data: { modelId: 'resource-complementary' } });
    expect(missing).toContain(`Dim depth: ${en('missing.value')}`);
  });

  it('says in the tooltip that the scores are the atlas’s reading, with each score’s confidence and reason, escaped', () => {
    const o = buildRadarOption(scoredModels(), all, en, 'en', style);
    const html = o.tooltip.formatter({ data: { modelId: 'policy-driven' } });
    expect(html).toContain('the atlas’s reading of the paper');
    expect(html).toContain('Dim actors: 2/5 · confidence: medium');
    expect(html).toContain('Reason: policy-driven actors reason &lt;i&gt;');
    expect(html).toContain('Dim reliance (added): 5/5');
    expect(html).not.toContain('<i>');
    const z = buildRadarOption(scoredModels(), all, zh, 'zh-CN', style);
    expect(z.tooltip.formatter({ data: { modelId: 'policy-driven' } })).toContain(
      '维度actors: 2/5 · 可信度：中',
    );
  });

  it('renders in ECharts without errors (SVG, no DOM)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 420 });
    chart.setOption(
      buildRadarOption(scoredModels(), { models: ['policy-driven'] }, zh, 'zh-CN', style),
    );
    const svg = chart.renderToSVGString();
    expect(svg).toContain('维度actors');
    expect(svg).toContain('模式1');
    chart.dispose();
  });
});

describe('radar table and summary', () => {
  it('lists every model × dimension with its score, quote and locator, missing ones as null', () => {
    const rows = radarRows(scoredModels());
    expect(rows).toHaveLength(12);
    expect(rows[0]!.key).toBe('policy-driven/actors');
    const missing = rows.find((r) => r.key === 'resource-complementary/depth')!;
    expect(missing.score).toBeNull();
    const ie = rows.find((r) => r.key === 'industry-education/depth')!;
    expect(ie.score?.score).toBe(5);
    expect(ie.score?.quote.locator).toBe('§3');
  });

  it('says in one sentence which model scores highest on which dimensions, ties named together', () => {
    expect(summariseRadar(scoredModels(), en, 'en')).toBe(
      'Highest score per dimension: Model 3 (Dim actors, Dim depth); Model 1 and Model 2 (Dim flow); Model 1 (Dim reliance).',
    );
    expect(summariseRadar(scoredModels(), zh, 'zh-CN')).toBe(
      '各维度得分最高的模式：模式3（维度actors、维度depth）；模式1与模式2（维度flow）；模式1（维度reliance）。',
    );
    const empty = scoredModels();
    empty.scores = [];
    expect(summariseRadar(empty, en, 'en')).toBe('No scores yet.');
  });
});

describe('phase card links', () => {
  it('resolves listed programmes and policies, counting the relationships of the model', () => {
    const file = scoredModels();
    const model = file.models[0]!;
    const p = pairings([
      pairing(),
      pairing({ id: 'b', model: 'policy-driven' }),
      pairing({ id: 'c', model: 'industry-education' }),
    ]);
    const links = cardLinks(model, p, policies());
    expect(links.derived).toBe(false);
    expect(links.programmes).toEqual([{ id: 'ew-2021', name: p.programmes[0]!.name, count: 2 }]);
    expect(links.policies.map((x) => [x.policy.id, x.year])).toEqual([['pol-2016-plan', 2016]]);
    expect(links.policiesDerived).toBe(false);
  });

  it('falls back to the programmes on the map and the policies of the phase when none are listed', () => {
    const model = { ...scoredModels().models[1]!, programmes: [], policyIds: [] };
    const p = pairings([pairing({ model: 'resource-complementary' })]);
    const links = cardLinks(model, p, policies());
    expect(links.derived).toBe(true);
    expect(links.programmes.map((x) => x.id)).toEqual(['ew-2021']);
    expect(links.policiesDerived).toBe(true);
    expect(links.policies.map((x) => x.policy.id)).toEqual(['pol-2016-plan']);
    const none = cardLinks({ ...model, id: 'industry-education' }, p, policies());
    expect(none.programmes).toEqual([]);
    expect(none.policies).toEqual([]);
  });

  it('keeps the relationships the paper names apart from the examples the atlas chose', () => {
    const model = {
      ...scoredModels().models[0]!,
      pairingIds: ['named'],
      examplePairingIds: ['chosen', 'gone'],
    };
    const p = pairings([pairing({ id: 'named' }), pairing({ id: 'chosen' })]);
    const links = cardLinks(model, p, policies());
    expect(links.pairings.map((x) => x.id)).toEqual(['named']);
    expect(links.examples.map((x) => x.id)).toEqual(['chosen']);
  });
});

describe('rubric levels', () => {
  it('drops a level number the rubric text repeats, and nothing else', () => {
    expect(stripLevel('1：只有政府配置资源', 1)).toBe('只有政府配置资源');
    expect(stripLevel('3: two-way exchange', 3)).toBe('two-way exchange');
    expect(stripLevel('3: two-way exchange', 2)).toBe('3: two-way exchange');
    expect(stripLevel('12 schools', 1)).toBe('12 schools');
  });
});

describe('axis names', () => {
  it('wraps long names at spaces, Chinese names into even chunks, short names untouched', () => {
    expect(wrapLabel('Reliance on top-down policy', 14)).toBe('Reliance on\ntop-down\npolicy');
    expect(wrapLabel('自上而下的政策依赖', 5)).toBe('自上而下的\n政策依赖');
    expect(wrapLabel('自上而下的政策依赖', 8)).toBe('自上而下的\n政策依赖');
    expect(wrapLabel('Depth', 10)).toBe('Depth');
  });
});
