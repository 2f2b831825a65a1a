import { describe, expect, it } from 'vitest';
import { formatRatio, formatYuan100m } from '../../../src/lib/format';
import { escapeHtml, safeHref } from '../../../src/lib/escape';

describe('formatYuan100m', () => {
  it('keeps 亿 and 万亿 in Chinese', () => {
    expect(formatYuan100m(3277.8, 'zh-CN')).toBe('3,278 亿元');
    expect(formatYuan100m(135673.2, 'zh-CN')).toBe('13.57 万亿元');
  });
  it('converts to billion and trillion yuan in English', () => {
    expect(formatYuan100m(3277.8, 'en')).toBe('327.8 billion yuan');
    expect(formatYuan100m(135673.2, 'en')).toBe('13.57 trillion yuan');
  });
  it('says a missing value is missing instead of inventing one', () => {
    expect(formatYuan100m(null, 'en', 'no data')).toBe('no data');
  });
  it('formats ratios and percentages', () => {
    expect(formatRatio(0.33061, 'en')).toBe('0.331');
    expect(formatRatio(0.4, 'zh-CN', { percent: true })).toBe('40.0%');
  });
});

describe('escaping', () => {
  it('escapes markup in data strings', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
  });
  it('only lets http(s) links through', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://www.stats.gov.cn/')).toBe('https://www.stats.gov.cn/');
    expect(safeHref('not a url')).toBeNull();
  });
});
