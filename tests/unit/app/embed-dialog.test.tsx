// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { setYear } from '../../../src/state/actions';
import { applyResults, forgetDatasets, type Results } from '../../../src/state/load-datasets';
import { useAtlas } from '../../../src/state/store';
import { DATASET_NAMES } from '../../../src/data/datasets';
import { allDatasets } from '../../fixtures/datasets';

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  forgetDatasets();
  vi.stubGlobal('fetch', () => new Promise(() => {}));
  const all: Partial<Record<string, unknown>> = { ...allDatasets() };
  const results = Object.fromEntries(
    DATASET_NAMES.map((n) => [n, { ok: true, data: all[n] }]),
  ) as Results;
  act(() => void applyResults(results));
});

describe('embed dialog', () => {
  it('opens from every panel with that view in the current state, and its options change all three snippets', async () => {
    render(<App />);
    act(() => setYear(2016));
    for (const [view, title] of [
      ['map', '协作流向地图'],
      ['hub', '区域中心案例：郑州'],
    ] as const) {
      await userEvent.click(screen.getByRole('button', { name: `嵌入: ${title}` }));
      const dialog = screen.getByRole('dialog', { name: `嵌入: ${title}` });
      // The frame opens at once; its content's code loads when first opened (a cold transform).
      const box = async (name: string) =>
        (await within(dialog).findByRole(
          'textbox',
          { name },
          { timeout: 10_000 },
        )) as HTMLTextAreaElement;
      const iframe = await box('嵌入框（适合 640 像素宽）');
      const responsive = await box('自动高度嵌入框（用于允许脚本的页面）');
      const link = await box('链接');
      // The page's state: this view, its year; chart-only.
      for (const code of [iframe, responsive, link]) {
        expect(code.value).toContain(`embed=${view}`);
        expect(code.value).toContain('year=2016');
        expect(code.value).not.toContain('controls=1');
      }
      expect(iframe.value).toMatch(
        new RegExp(`^<iframe [^>]*title="${title}"[^>]*height="\\d{3}"`),
      );
      expect(link.value).toMatch(/^http:\/\/[^<>"]+$/);
      // The responsive snippet is the frame and a script under 1 KB.
      const script = responsive.value.slice(responsive.value.indexOf('<script>'));
      expect(responsive.value.startsWith(iframe.value)).toBe(true);
      expect(new TextEncoder().encode(script).length).toBeLessThanOrEqual(1024);
      expect(script).toContain('atlas:height');

      // Options: language, year, theme, controls; the preview follows.
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: '语言' }), 'en');
      await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: '年份' }), '2010');
      await userEvent.selectOptions(
        within(dialog).getByRole('combobox', { name: '主题' }),
        'projector',
      );
      await userEvent.click(within(dialog).getByRole('checkbox', { name: '显示视图的控件' }));
      for (const code of [iframe, responsive, link]) {
        for (const part of ['lang=en', 'year=2010', 'theme=projector', 'controls=1'])
          expect(code.value).toContain(part);
      }
      const preview = within(dialog).getByTitle(title);
      expect(preview.getAttribute('src')).toBe(link.value);
      expect(preview.style.width).toBe('640px');
      await userEvent.click(within(dialog).getByRole('radio', { name: '320 px' }));
      expect(preview.style.width).toBe('320px');

      await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    }
    // The App's lazily loaded parts are transformed on first import: slow on a busy machine.
  }, 30_000);

  it('says so when the site does not publish the offline file', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: '嵌入: 协作流向地图' }));
    const dialog = screen.getByRole('dialog', { name: '嵌入: 协作流向地图' });
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: URL | string) => {
      asked.push(String(url));
      return Promise.resolve(new Response('not found', { status: 404 }));
    });
    await userEvent.click(
      await within(dialog).findByRole(
        'button',
        { name: '下载离线文件（.html）' },
        { timeout: 10_000 },
      ),
    );
    const status = await within(dialog).findByText(/本站未发布离线文件/);
    expect(status.getAttribute('role')).toBe('status');
    expect(asked).toEqual([expect.stringMatching(/\/east-west-vet-atlas\.html$/)]);
  }, 30_000);
});
