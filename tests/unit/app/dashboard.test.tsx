// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { setLang } from '../../../src/state/actions';
import { applyResults, forgetDatasets, type Results } from '../../../src/state/load-datasets';
import { useAtlas } from '../../../src/state/store';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { allDatasets, pairing } from '../../fixtures/datasets';

/** Puts the fixtures in place as the bundled data; `results` replaces a file's outcome. */
function loadFixtures(patch: Partial<Record<string, unknown>> = {}, results: Results = {}) {
  const all = { ...allDatasets(), ...patch };
  const loaded = Object.fromEntries(
    DATASET_NAMES.map((n) => [n, results[n] ?? { ok: true, data: all[n] }]),
  ) as Results;
  act(() => void applyResults(loaded, { own: false }));
}

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  forgetDatasets();
  // Views ask for their datasets on mount; here the fixtures stand in, and the network never answers.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
});

describe('dashboard', () => {
  it('shows a loading state for every view until the data arrives', async () => {
    render(<App />);
    // jsdom has no IntersectionObserver: every panel loads at the first paint (two frames).
    await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(5));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(
      Array(5).fill('正在加载数据…'),
    );
  });

  it('keeps the views working when one id is renamed, and blames the file that lacks it', async () => {
    render(<App />);
    const all = allDatasets();
    // sources.json renames src-b, which one pairing cites: only that pairing is left out.
    all.sources.sources.push({ ...all.sources.sources[0]!, id: 'src-b-2024' });
    all.pairings.pairings.push(pairing({ id: 'cites-b', sourceIds: ['src-b'] }));
    loadFixtures({ sources: all.sources, pairings: all.pairings });
    const notice = (await screen.findByText('部分数据无法使用', {}, { timeout: 10_000 }))
      .parentElement!;
    expect(notice.textContent).toContain(
      '其他数据文件引用的条目在 sources.json 中不存在：“src-b”。很可能是 sources.json 被修改过',
    );
    expect(notice.textContent).toContain('（pairings.json 略去 1 条）');
    // Every panel shows its view; none repeats the problem.
    for (const name of ['协作流向地图', '政策时间线', '三种协作模式比较', '区域中心案例：郑州']) {
      expect(within(screen.getByRole('region', { name })).queryByRole('alert'), name).toBeNull();
    }
    expect(await screen.findByRole('button', { name: /播放/ }, { timeout: 10_000 })).toBeTruthy();
  }, 30_000);

  it('says once at the top what is wrong with an unreadable file, and the panels point there', async () => {
    render(<App />);
    const parser = 'Expected double-quoted property name in JSON at position 3000';
    loadFixtures(
      {},
      {
        pairings: {
          ok: false,
          errors: [
            {
              file: 'data/pairings.json',
              record: null,
              field: null,
              reason: { code: 'invalid-json', detail: parser },
            },
          ],
        },
      },
    );
    const notice = (await screen.findByText('部分数据无法使用', {}, { timeout: 10_000 }))
      .parentElement!;
    expect(notice.textContent).toContain(
      '无法读取 pairings.json。无法显示：协作流向地图，三种协作模式比较。',
    );
    // The parser's words are there once, behind the details, for whoever fixes the file.
    const details = within(notice).getByText('详细信息（供数据作者参考）').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain(`文件 data/pairings.json: 不是有效的 JSON：${parser}`);
    expect(screen.getAllByText(new RegExp(parser))).toHaveLength(1);
    for (const name of ['协作流向地图', '三种协作模式比较']) {
      // The panel's code loads when a dataset has failed.
      const alert = await within(screen.getByRole('region', { name })).findByRole('alert');
      expect(alert.textContent).toContain('此视图的数据无法读取。请重新加载页面。');
      expect(alert.textContent).toContain('问题说明见页面顶部。');
      expect(within(alert).getByRole('button', { name: '重新加载' })).toBeTruthy();
    }
    const timeline = screen.getByRole('region', { name: '政策时间线' });
    expect(within(timeline).queryByRole('alert')).toBeNull();
    // The view is lazily loaded: the first import can take a while on a cold transform.
    expect(
      await within(timeline).findByRole('button', { name: /播放/ }, { timeout: 10_000 }),
    ).toBeTruthy();
  }, 30_000);

  it('changes every header string and <html lang> with the language', async () => {
    render(<App />);
    loadFixtures();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Sources' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Policy timeline' })).toBeTruthy();
    act(() => setLang('zh-CN'));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('button', { name: '资料来源' })).toBeTruthy();
  });

  it('opens the sources drawer listing every source in the current language', async () => {
    render(<App />);
    loadFixtures();
    await userEvent.click(screen.getByRole('button', { name: '资料来源' }));
    // The drawer's code loads when it is first opened.
    const dialog = await screen.findByRole('dialog', { name: '资料来源' });
    // The frame opens at once; its content's code loads when first opened.
    expect(await within(dialog).findByText('共 1 条来源', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(dialog).getByText('国家统计局')).toBeTruthy();
    // (Escape, native to <dialog>, is tested in Chromium: tests/browser/dialogs.test.ts.)
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
