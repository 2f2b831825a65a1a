// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAtlas } from '../../../../src/state/store';
import { setLang } from '../../../../src/state/actions';
import HubView from '../../../../src/views/hub';
import { fullHub, sources } from '../../../fixtures/datasets';

const data = { hub: fullHub(), sources: sources() };

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
});

describe('hub view', () => {
  it('shows the four bottlenecks and the four paths by name, and a filled cell per link', () => {
    render(<HubView data={data} />);
    const matrix = screen.getByTestId('hub-matrix');
    for (const name of ['“断头路”难通', '“散缺小”难解', '供需链难畅', '“大工匠”难育']) {
      expect(within(matrix).getByRole('button', { name })).toBeTruthy();
    }
    for (const name of ['高站位规划', '高标准建设', '高精准对接', '高水平保障']) {
      expect(within(matrix).getByRole('button', { name })).toBeTruthy();
    }
    expect(matrix.querySelectorAll('td[data-linked="true"]')).toHaveLength(4);
    expect(matrix.querySelectorAll('td[data-linked="false"]')).toHaveLength(12);
    expect(within(matrix).getByText('“断头路”难通 → 高标准建设：本图谱未读出对应')).toBeTruthy();
  });

  it('shows the passage and locator of a link when its cell is clicked, and clears on a second click', async () => {
    const user = userEvent.setup();
    render(<HubView data={data} />);
    const detail = screen.getByTestId('hub-detail');
    expect(detail.textContent).toContain('点击瓶颈');
    const cell = screen.getByRole('button', {
      name: '供需链难畅 → 高精准对接：本图谱读作有对应（2 处原文）',
    });
    await user.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    expect(detail.textContent).toContain('“职教集团”');
    expect(detail.textContent).toContain('“四大机制”');
    expect(detail.textContent).toContain('位置：§1');
    await user.click(cell);
    expect(detail.textContent).toContain('点击瓶颈');
  });

  it('shows a path with its measures and the bottlenecks it answers', async () => {
    const user = userEvent.setup();
    render(<HubView data={data} />);
    await user.click(screen.getByRole('button', { name: '高站位规划' }));
    const detail = screen.getByTestId('hub-detail');
    expect(detail.textContent).toContain('高站位规划，打造样板');
    expect(detail.textContent).toContain('措施（1 条）');
    expect(detail.textContent).toContain('“措施一”');
    await user.click(within(detail).getByRole('button', { name: '“断头路”难通' }));
    expect(detail.textContent).toContain('“贯通”');
  });

  it('speaks English with the original Chinese kept beside the translation', async () => {
    const user = userEvent.setup();
    act(() => setLang('en'));
    render(<HubView data={data} />);
    expect(screen.getByRole('button', { name: 'High-level planning' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '“Dead-end roads” hard to open' }));
    const detail = screen.getByTestId('hub-detail');
    expect(detail.textContent).toContain('(English: our translation)');
    expect(detail.textContent).toContain('Original: ““断头路”难通 原文”');
    expect(screen.getByText('Zhengzhou')).toBeTruthy();
  });
});
