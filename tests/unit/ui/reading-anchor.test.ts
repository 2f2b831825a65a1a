// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepReadingPlace, pickAnchor } from '../../../src/ui/reading-anchor';

describe('pickAnchor (the panel the reader is in)', () => {
  it('picks the highest panel reaching into the viewport', () => {
    const spans = [
      { top: -2000, bottom: -100 }, // scrolled past
      { top: -80, bottom: 900 }, // the reader is in it
      { top: 916, bottom: 1800 },
    ];
    expect(pickAnchor(spans)).toBe(1);
  });

  it('goes by position, not order (grid areas can reorder panels)', () => {
    expect(
      pickAnchor([
        { top: 400, bottom: 1200 },
        { top: 10, bottom: 300 },
      ]),
    ).toBe(1);
  });

  it('is null when every panel is above the viewport, or there are none', () => {
    expect(pickAnchor([{ top: -500, bottom: 0 }])).toBeNull();
    expect(pickAnchor([])).toBeNull();
  });
});

/** Panels whose document positions the test moves; the page scrolls by `window.scrollY`. */
function page(tops: number[], heights: number[]) {
  const doc = tops.map((top, i) => ({ top, height: heights[i]! }));
  const panels = doc.map(
    (d) =>
      ({
        getBoundingClientRect: () => ({
          top: d.top - window.scrollY,
          bottom: d.top + d.height - window.scrollY,
        }),
      }) as unknown as Element,
  );
  /** Panel i grows by `by` px: every panel after it moves down. */
  const grow = (i: number, by: number) => {
    doc[i]!.height += by;
    for (let j = i + 1; j < doc.length; j++) doc[j]!.top += by;
  };
  return { panels, grow };
}

let resized: (() => void) | null = null;
class FakeResizeObserver {
  constructor(cb: () => void) {
    resized = cb;
  }
  observe() {}
  disconnect() {
    resized = null;
  }
}

function scrollTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  scrollTo(0);
  resized = null;
});

describe('keepReadingPlace', () => {
  it('scrolls by as much as the panels above the reader grew, and takes over from the browser', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const scrollBy = vi
      .spyOn(window, 'scrollBy')
      .mockImplementation(((_x: number, y: number) =>
        scrollTo(window.scrollY + y)) as typeof window.scrollBy);
    const { panels, grow } = page([0, 1500, 2300, 3100], [1500, 800, 800, 800]);
    scrollTo(2300); // reading the third panel
    const dispose = keepReadingPlace({} as Element, panels);
    expect(document.documentElement.style.overflowAnchor).toBe('none');
    resized!(); // the observer's first call, after the first layout

    grow(1, 515); // the second one loads
    resized!();
    expect(scrollBy).toHaveBeenCalledWith(0, 515);
    expect(panels[2]!.getBoundingClientRect().top).toBe(0);

    grow(3, 2000); // one below the reader: nothing to hold
    resized!();
    expect(scrollBy).toHaveBeenCalledTimes(1);

    dispose();
    expect(document.documentElement.style.overflowAnchor).toBe('');
    expect(resized).toBeNull();
  });

  it('holds nothing at the top of the page, where what appears above is meant to be seen', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const { panels, grow } = page([100, 900], [800, 800]);
    const dispose = keepReadingPlace({} as Element, panels);
    resized!();
    grow(0, 300);
    resized!();
    expect(scrollBy).not.toHaveBeenCalled();
    dispose();
  });

  it('reads no layout when set up, so it forces none before the first paint', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { panels } = page([0, 1500], [1500, 800]);
    const reads = panels.map((p) => vi.spyOn(p, 'getBoundingClientRect'));
    const dispose = keepReadingPlace({} as Element, panels);
    for (const r of reads) expect(r).not.toHaveBeenCalled();
    resized!();
    for (const r of reads) expect(r).toHaveBeenCalled();
    dispose();
  });
});
