import { describe, expect, it } from 'vitest';
import { fitInside } from '../../../src/ui/chart-export';

describe('slide fitting', () => {
  it('keeps the proportions, touching the box on the tighter side', () => {
    expect(fitInside(1.3, 1760, 720)).toEqual({ w: 936, h: 720 });
    expect(fitInside(4, 1760, 720)).toEqual({ w: 1760, h: 440 });
  });
  it('fills the box when the proportions are unknown', () => {
    expect(fitInside(Number.NaN, 1760, 720)).toEqual({ w: 1760, h: 720 });
    expect(fitInside(0, 1760, 720)).toEqual({ w: 1760, h: 720 });
  });
});
