import { afterEach, describe, expect, it, vi } from 'vitest';
import { pauseWhileHidden } from '../../../src/ui/pause-offscreen';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: { callback: Callback; observed: unknown[]; disconnected: boolean }[] = [];
class FakeObserver {
  record: (typeof observers)[number];
  constructor(callback: Callback) {
    this.record = { callback, observed: [], disconnected: false };
    observers.push(this.record);
  }
  observe(el: unknown) {
    this.record.observed.push(el);
  }
  disconnect() {
    this.record.disconnected = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  observers = [];
});

describe('pauseWhileHidden', () => {
  it('pauses while the element is out of view and resumes when it is back', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const animation = { pause: vi.fn(), resume: vi.fn() };
    const el = {} as Element;
    const dispose = pauseWhileHidden(el, animation);
    const io = observers[0]!;
    expect(io.observed).toEqual([el]);

    io.callback([{ isIntersecting: false }]);
    expect(animation.pause).toHaveBeenCalledTimes(1);
    io.callback([{ isIntersecting: true }, { isIntersecting: false }]);
    expect(animation.pause).toHaveBeenCalledTimes(2);
    io.callback([{ isIntersecting: true }]);
    expect(animation.resume).toHaveBeenCalledTimes(1);

    // Disposing stops watching and never leaves the animation paused.
    io.callback([{ isIntersecting: false }]);
    dispose();
    expect(io.disconnected).toBe(true);
    expect(animation.resume).toHaveBeenCalledTimes(2);
  });

  it('pauses nothing where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const animation = { pause: vi.fn(), resume: vi.fn() };
    pauseWhileHidden({} as Element, animation)();
    expect(animation.pause).not.toHaveBeenCalled();
  });
});
