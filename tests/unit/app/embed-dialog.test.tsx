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
  it('opens from every panel with the snippet of that view, and follows the state', async () => {
    render(<App />);
    for (const [view, title] of [
      ['map', '协作流向地图'],
      ['hub', '区域中心案例：郑州'],
    ] as const) {
      await userEvent.click(screen.getByRole('button', { name: `嵌入: ${title}` }));
      const dialog = screen.getByRole('dialog', { name: `嵌入: ${title}` });
      // The frame opens at once; its content's code loads when first opened (a cold transform).
      const code = (await within(dialog).findByRole(
        'textbox',
        { name: '嵌入代码' },
        { timeout: 10_000 },
      )) as HTMLTextAreaElement;
      expect(code.value).toContain(`embed=${view}`);
      act(() => setYear(2016));
      expect(code.value).toContain('year=2016');
      await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      act(() => setYear(2024));
    }
    // The App's lazily loaded parts are transformed on first import: slow on a busy machine.
  }, 30_000);
});
