// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdStill, useMotion, useStill } from '../../../src/ui/use-media';

describe('holding the views still for a capture', () => {
  it('stops motion while any hold lasts, and only then', () => {
    const still = renderHook(() => useStill());
    const motion = renderHook(() => useMotion());
    expect(still.result.current).toBe(false);
    expect(motion.result.current).toBe(true);
    let first!: () => void;
    let second!: () => void;
    act(() => {
      first = holdStill();
      second = holdStill();
    });
    expect(still.result.current).toBe(true);
    expect(motion.result.current).toBe(false);
    // Released out of order, and one twice: the other hold still counts.
    act(() => {
      first();
      first();
    });
    expect(still.result.current).toBe(true);
    act(() => second());
    expect(still.result.current).toBe(false);
    expect(motion.result.current).toBe(true);
  });
});
