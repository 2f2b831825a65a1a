import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../../src/lib/compare';

describe('compareCodes', () => {
  it('orders ids, adcodes and ISO dates as their characters do', () => {
    expect(['2016-10-18', '2005', '2016-10', '2016'].sort(compareCodes)).toEqual([
      '2005',
      '2016',
      '2016-10',
      '2016-10-18',
    ]);
    expect(['520000>x', '440000>y', '440000>x'].sort(compareCodes)).toEqual([
      '440000>x',
      '440000>y',
      '520000>x',
    ]);
    expect(compareCodes('a', 'a')).toBe(0);
  });
});
