// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Frames and paint entries are delivered by hand; timers are fake. */
let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const now = frames;
  frames = [];
  now.forEach((f) => f(performance.now()));
};
let observers: { cb: PerformanceObserverCallback; on: boolean }[] = [];
const paint = (name: string) =>
  observers
    .filter((o) => o.on)
    .forEach((o) =>
      o.cb(
        { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) } as never,
        {} as never,
      ),
    );
class FakeObserver {
  static supportedEntryTypes = ['paint'];
  private readonly me: { cb: PerformanceObserverCallback; on: boolean };
  constructor(cb: PerformanceObserverCallback) {
    this.me = { cb, on: false };
    observers.push(this.me);
  }
  observe() {
    this.me.on = true;
  }
  disconnect() {
    this.me.on = false;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  frames = [];
  observers = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const load = async () => (await import('../../../src/ui/use-panel-load')).afterFirstPaint;

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, then runs in a task of its own', async () => {
    const afterFirstPaint = await load();
    const fn = vi.fn();
    afterFirstPaint(fn);
    nextFrame();
    nextFrame();
    paint('first-paint'); // a blank first frame is not it
    vi.advanceTimersByTime(0);
    expect(fn).not.toHaveBeenCalled();
    paint('first-contentful-paint');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits two frames where the browser reports no paints', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const afterFirstPaint = await load();
    const fn = vi.fn();
    afterFirstPaint(fn);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(fn).not.toHaveBeenCalled();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at once once the first paint is behind', async () => {
    const afterFirstPaint = await load();
    afterFirstPaint(() => {});
    paint('first-contentful-paint');
    vi.advanceTimersByTime(0);
    const fn = vi.fn();
    afterFirstPaint(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not wait forever where nothing is painted (a background tab)', async () => {
    const afterFirstPaint = await load();
    const fn = vi.fn();
    afterFirstPaint(fn);
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled (the panel went away)', async () => {
    const afterFirstPaint = await load();
    const fn = vi.fn();
    const cancel = afterFirstPaint(fn);
    cancel();
    paint('first-contentful-paint');
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
