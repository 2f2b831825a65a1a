import { describe, expect, it } from 'vitest';
import { nextRelease } from '../../../src/ui/first-screen';

const order = ['trend', 'timeline', 'radar', 'hub'];

describe('nextRelease (deferred panels load one at a time, in page order)', () => {
  it('lets the first deferred panel load first', () => {
    expect(nextRelease(order, new Set(), 0)).toBe(1);
  });

  it('moves on by one panel once the released one has shown itself', () => {
    expect(nextRelease(order, new Set(['trend']), 1)).toBe(2);
    expect(nextRelease(order, new Set(['trend', 'timeline']), 2)).toBe(3);
  });

  it('skips panels the reader already scrolled to, so no step waits for them', () => {
    expect(nextRelease(order, new Set(['trend', 'timeline']), 0)).toBe(3);
    expect(nextRelease(order, new Set(['trend', 'radar']), 1)).toBe(2);
  });

  it('releases the next one even when the last released never showed (broken data)', () => {
    // timeline was released (2) but never mounted; the caller's time-out asks again.
    expect(nextRelease(order, new Set(['trend']), 2)).toBe(3);
  });

  it('says when there is nothing left to release', () => {
    expect(nextRelease(order, new Set(order), 0)).toBeNull();
    expect(nextRelease(order, new Set(['hub']), 3)).toBeNull();
    expect(nextRelease([], new Set(), 0)).toBeNull();
  });
});
