// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for ECharts that records what each instance is asked to draw (the real one needs
 * a browser's canvas). echarts-for-react makes a throwaway instance first and the real one once
 * the throwaway has fired 'finished', which the test fires by hand.
 */
class FakeChart {
  readonly options: object[] = [];
  readonly handlers = new Map<string, (() => void)[]>();
  disposed = false;
  on(event: string, fn: () => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
  }
  off() {}
  setOption(option: object) {
    this.options.push(option);
  }
  resize() {}
  showLoading() {}
  hideLoading() {}
  dispose() {
    this.disposed = true;
  }
  isDisposed() {
    return this.disposed;
  }
  finish() {
    for (const fn of this.handlers.get('finished') ?? []) fn();
  }
}
const made: FakeChart[] = [];
const byDom = new Map<Element, FakeChart>();
vi.mock('../../../src/ui/echarts-core', () => ({
  echarts: {
    init: (dom: Element) => {
      const chart = new FakeChart();
      made.push(chart);
      byDom.set(dom, chart);
      return chart;
    },
    getInstanceByDom: (dom: Element) => byDom.get(dom),
    dispose: (dom: Element) => {
      byDom.get(dom)?.dispose();
      byDom.delete(dom);
    },
  },
}));
const { Chart } = await import('../../../src/ui/Chart');

beforeEach(() => {
  made.length = 0;
  byDom.clear();
});

/** Lets echarts-for-react's promise chain run. */
const settle = () => act(async () => {});

describe('Chart', () => {
  it('draws an option that arrives before the chart is made on the real instance only, once', async () => {
    const first = { title: { text: 'first' } };
    const second = { title: { text: 'second' } };
    const { rerender } = render(<Chart option={first} label="chart" />);
    await settle();
    expect(made).toHaveLength(1); // the throwaway, measuring the box
    rerender(<Chart option={second} label="chart" />);
    await settle();
    // The throwaway drew nothing, so it finishes at once, not after an animation.
    expect(made[0]!.options).toEqual([]);

    made[0]!.finish();
    await settle();
    expect(made).toHaveLength(2);
    expect(made[0]!.disposed).toBe(true);
    expect(made[1]!.options).toEqual([second]);
  });

  it('draws later options on the instance it made', async () => {
    const { rerender } = render(<Chart option={{ a: 1 }} label="chart" />);
    await settle();
    made[0]!.finish();
    await settle();
    rerender(<Chart option={{ a: 2 }} label="chart" />);
    await settle();
    expect(made).toHaveLength(2);
    expect(made[1]!.options).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
