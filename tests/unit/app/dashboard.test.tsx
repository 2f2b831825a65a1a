// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { setLang } from '../../../src/state/actions';
import { applyResults, forgetDatasets, type Results } from '../../../src/state/load-datasets';
import { useAtlas } from '../../../src/state/store';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { allDatasets } from '../../fixtures/datasets';

function loadFixtures(patch: Partial<Record<string, unknown>> = {}) {
  const all = { ...allDatasets(), ...patch };
  const results = Object.fromEntries(
    DATASET_NAMES.map((n) => [n, { ok: true, data: all[n] }]),
  ) as Results;
  act(() => void applyResults(results));
}

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  forgetDatasets();
  // Views ask for their datasets on mount; here the fixtures stand in, and the network never answers.
  vi.stubGlobal('fetch', () => new Promise(() => {}));
});

describe('dashboard', () => {
  it('shows a loading state for every view until the data arrives', () => {
    render(<App />);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(
      Array(5).fill('正在加载数据…'),
    );
  });

  it('replaces only the views that use a broken file, naming file, record and field', async () => {
    render(<App />);
    const broken = allDatasets().pairings;
    broken.pairings[0]!.west.adcode = '990000';
    loadFixtures({ pairings: broken });
    const map = screen.getByRole('region', { name: '协作流向地图' });
    const alert = within(map).getByRole('alert');
    expect(alert.textContent).toContain('文件 data/pairings.json，记录 sh-yn，字段 west.adcode');
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
    expect(within(dialog).getByText('共 1 条来源')).toBeTruthy();
    expect(within(dialog).getByText('国家统计局')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
