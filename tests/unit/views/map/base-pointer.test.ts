import { describe, expect, it } from 'vitest';
import { tipBeside } from '../../../../src/views/map/base-pointer';

describe('tipBeside', () => {
  const view: [number, number] = [800, 600];
  it('puts the tooltip below right of the pointer when it fits', () => {
    expect(tipBeside([100, 100], [200, 80], view)).toEqual([116, 116]);
  });
  it('flips to the other side of the pointer near the right and bottom edges', () => {
    expect(tipBeside([700, 560], [200, 80], view)).toEqual([484, 464]);
  });
  it('never leaves the chart, even when neither side fits', () => {
    const [x, y] = tipBeside([100, 300], [780, 590], view);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + 780).toBeLessThanOrEqual(800);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + 590).toBeLessThanOrEqual(600);
  });
});
