// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../../../src/state/store';
import { selectProvince, setYear } from '../../../../src/state/actions';
import MapView from '../../../../src/views/map';
import {
  descriptions,
  gdp,
  hub,
  pairing,
  pairings,
  provinces,
  sources,
} from '../../../fixtures/datasets';

const data = {
  provinces: provinces(),
  pairings: pairings([
    pairing(),
    pairing({
      id: 'gd-gz',
      east: { adcode: '440000', place: null, institution: { zh: '某职院', en: 'A college' } },
      west: { adcode: '520000', place: null, institution: null },
      startYear: 2016,
      endYear: 2020,
      resources: ['teachers', 'enterprises'],
      interpretation: { zh: '本文解读', en: 'our reading' },
      confidence: 'low',
    }),
  ]),
  gdp: gdp([['520000', 2016, null]]),
  hub: hub(),
  sources: sources(),
  descriptions: descriptions(['gd-gz']),
};

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  // A malformed geometry file: the map says so, the rest of the view keeps working.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{"type":"FeatureCollection","features":[{"type":"Feature"}]}')),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('map view without usable geometry', () => {
  it('names the bad geometry file, and still summarises, tabulates and details the arcs', async () => {
    act(() => setYear(2016));
    render(<MapView data={data} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      '地图数据有问题，无法显示地图；表格与说明仍可使用。' +
        '请重新加载页面。如果仍然不行，说明网站的数据文件需要修复。' +
        '详细信息（供数据作者参考）' +
        '文件 data/geo/china.json，记录 #0，字段 properties: 应为对象' +
        '重新加载',
    );
    expect(screen.getByTestId('map-summary').textContent).toBe(
      '2016 年显示 2 条协作关系（2 对省份，共 2 项结对）。',
    );
    expect(screen.getByTestId('map-chart').getAttribute('data-arcs')).toBe('2');

    await userEvent.click(screen.getByRole('button', { name: '数据与来源' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('button', { name: '贵州' })).toBeTruthy();

    act(() => selectProvince('520000'));
    const detail = screen.getByTestId('map-detail');
    expect(within(detail).getByRole('heading', { level: 3 }).textContent).toBe('贵州省（西部）');
    expect(detail.textContent).toContain('2016 年 GDP：无数据');
    expect(detail.textContent).toContain('师资与培训、企业与订单班');
    // The relationship's text comes from descriptions.json, loaded after the map has drawn.
    expect(detail.textContent).toContain('gd-gz 的说明');
    expect(detail.textContent).toContain('解读（非原文直述）');
    expect(detail.textContent).toContain('可信度较低');
    expect(detail.textContent).toContain('国家统计局. 测试. 2024-01');
    expect(screen.getByTestId('map-chart').getAttribute('data-highlighted')).toBe('440000,520000');

    act(() => setYear(2021));
    expect(screen.getByTestId('map-summary').textContent).toBe(
      '2021 年显示 1 条协作关系（1 对省份，共 1 项结对）。',
    );
    expect(detail.textContent).toContain('2021 年不在执行期');
  });

  it('draws a relationship of unknown start from its first documented year, and says so in the summary, table and details', async () => {
    const unknown = pairing({
      id: 'gd-gz-unknown',
      east: { adcode: '440000', place: null, institution: null },
      west: { adcode: '520000', place: null, institution: null },
      startYear: null,
      startNote: { zh: '论文没有给出起始年。', en: 'The paper gives no start.' },
      firstDocumented: { year: 2016, sourceId: 'src-a' },
    });
    act(() => setYear(2019));
    render(<MapView data={{ ...data, pairings: pairings([unknown]) }} />);
    await screen.findByRole('alert');
    expect(screen.getByTestId('map-summary').textContent).toContain('其中 1 条起始年不详');
    await userEvent.click(screen.getByRole('button', { name: '数据与来源' }));
    expect(screen.getByRole('table').textContent).toContain('起始年不详，2016 年起有记载，至今');
    act(() => selectProvince('520000'));
    const detail = screen.getByTestId('map-detail');
    expect(detail.textContent).toContain('起始年不详，2016 年起有记载，至今');
    expect(within(detail).getByTestId('start-note').textContent).toBe('论文没有给出起始年。');
    expect(detail.textContent).toContain('最早记载2016 年（国家统计局, 2024-01）');
    act(() => setYear(2015));
    expect(screen.getByTestId('map-chart').getAttribute('data-arcs')).toBe('0');
  });

  it('says with a relationship whose model the atlas gave by rule that it is an interpretation, and which rule', async () => {
    const ruled = pairing({
      id: 'gd-gz-ruled',
      east: { adcode: '440000', place: null, institution: null },
      west: { adcode: '520000', place: null, institution: null },
      modelByRule: true,
    });
    const file = pairings([ruled, pairing()]);
    file.programmes[0]!.modelRule = { zh: '框架下的结对一律记为政策驱动帮扶型', en: 'by rule' };
    render(<MapView data={{ ...data, pairings: file }} />);
    await screen.findByRole('alert');
    act(() => selectProvince('520000'));
    const rule = within(screen.getByTestId('map-detail')).getAllByTestId('map-model-rule');
    // Only the relationship flagged modelByRule carries it.
    expect(rule.map((r) => r.textContent)).toEqual([
      '模式归属：本图谱按规则归类 框架下的结对一律记为政策驱动帮扶型',
    ]);
  });
});
