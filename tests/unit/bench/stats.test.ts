import { describe, expect, it } from 'vitest';
import {
  allOf,
  escapeCell,
  formatBytes,
  formatMs,
  formatRatio,
  growthExponent,
  markdownTable,
  median,
  percentile,
  ratio,
  summary,
  textTable,
  verdict,
  yearSequence,
} from '../../bench/lib/stats.mjs';

describe('percentile', () => {
  it('interpolates linearly between closest ranks', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile(xs, 50)).toBe(5.5);
    // rank 0.95 × 9 = 8.55 → 9 + 0.55 × (10 − 9)
    expect(percentile(xs, 95)).toBeCloseTo(9.55, 10);
  });

  it('does not depend on input order and ignores non-finite values', () => {
    expect(percentile([10, 1, NaN, 5, Infinity], 50)).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is null for no values and refuses p outside 0–100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });

  it('p95 of 30 samples sits between the 28th and 29th smallest', () => {
    const xs = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBeCloseTo(28.55, 10);
  });
});

describe('ratio and verdicts', () => {
  it('divides atlas by peer, null when undefined', () => {
    expect(ratio(35, 100)).toBe(0.35);
    expect(ratio(null, 100)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, NaN)).toBeNull();
  });

  it('judges against a limit inclusively', () => {
    expect(verdict(0.35, '<=', 0.35)).toBe('met');
    expect(verdict(0.36, '<=', 0.35)).toBe('missed');
    expect(verdict(95, '>=', 95)).toBe('met');
    expect(verdict(94, '>=', 95)).toBe('missed');
    expect(verdict(null, '>=', 95)).toBe('unknown');
  });

  it('combines verdicts: any miss is a miss', () => {
    expect(allOf(['met', 'met'])).toBe('met');
    expect(allOf(['met', 'unknown'])).toBe('unknown');
    expect(allOf(['unknown', 'missed'])).toBe('missed');
    expect(allOf([])).toBe('unknown');
  });
});

describe('formatting', () => {
  it('formats bytes, milliseconds and ratios', () => {
    expect(formatBytes(360 * 1024)).toBe('360.0 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.50 MB');
    expect(formatBytes(null)).toBe('–');
    expect(formatMs(16.66)).toBe('16.7 ms');
    expect(formatMs(1234.4)).toBe('1234 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatRatio(0.2749)).toBe('0.27×');
    expect(formatRatio(null)).toBe('–');
  });

  it('writes a Markdown table with escaped cells', () => {
    expect(markdownTable(['a', 'b'], [[1, 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
    expect(escapeCell('two\nlines')).toBe('two lines');
    expect(() => markdownTable(['a', 'b'], [[1]])).toThrow(/1 cells/);
  });

  it('aligns a plain-text table', () => {
    expect(textTable(['ab', 'c'], [['x', 'long']]).split('\n')).toEqual([
      'ab  c   ',
      '--  ----',
      'x   long',
    ]);
  });
});

describe('summary and growth', () => {
  it('summarises samples', () => {
    expect(summary([5, 1, 3])).toEqual({ n: 3, median: 3, p95: 4.8, min: 1, max: 5 });
    expect(summary([])).toEqual({ n: 0, median: null, p95: null, min: null, max: null });
  });

  it('gives the power-law exponent between two sizes', () => {
    expect(growthExponent(100, 10, 10_000, 1000)).toBeCloseTo(1, 10);
    expect(growthExponent(100, 10, 10_000, 10)).toBe(0);
    expect(growthExponent(100, 10, 10_000, 100)).toBeCloseTo(0.5, 10);
    expect(growthExponent(100, null, 10_000, 100)).toBeNull();
  });
});

describe('yearSequence', () => {
  it('changes the year every time and visits the whole range', () => {
    const ys = yearSequence(50, 2000, 2024, 2024);
    expect(ys).toHaveLength(50);
    expect(ys[0]).not.toBe(2024);
    ys.forEach((y, i) => {
      expect(y).toBeGreaterThanOrEqual(2000);
      expect(y).toBeLessThanOrEqual(2024);
      if (i > 0) expect(y).not.toBe(ys[i - 1]);
    });
    expect(new Set(ys.slice(0, 25)).size).toBe(25);
  });
});
