import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRatio, formatYuan100m, handFormat } from '../../../src/lib/format';
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

describe('numbers without Intl', () => {
  // The formatter writes what Intl.NumberFormat writes in zh-CN and en, for any value.
  const values = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.005,
    2.675,
    0.0285,
    0.145,
    12.345,
    999.95,
    1234.5,
    -1234.5,
    1e6,
    12345678.9,
    0.33061,
    0.4,
    1 / 3,
    2 / 3,
    99.995,
    -0.0004,
    135673.2,
    3277.8,
    123456789012,
    1e-7,
    5e-7,
    -4.5e-3,
    1.5e21,
    9.9995,
    0.995,
    123456789.98765433,
  ];
  let seed = 7;
  const random = () =>
    ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 10 ** ((seed % 9) - 2);
  for (let i = 0; i < 400; i++) values.push(random());

  it.each(['zh-CN', 'en'] as const)('matches Intl.NumberFormat in %s', (lang) => {
    for (const v of values) {
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(lang, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        expect(handFormat('decimal', digits).format(v), `${v} to ${digits}`).toBe(intl.format(v));
        const pct = new Intl.NumberFormat(lang, {
          style: 'percent',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        expect(handFormat('percent', digits).format(v), `${v} as %`).toBe(pct.format(v));
      }
    }
  });
});

describe('numbers with Intl once warmed', () => {
  /** Intl.NumberFormat, counting what is built and which language formats. */
  function countingIntl() {
    const built: string[] = [];
    const used: string[] = [];
    const Real = Intl.NumberFormat;
    const NumberFormat = function (lang: string, opts?: Intl.NumberFormatOptions) {
      built.push(lang);
      const real = new Real(lang, opts);
      return {
        format: (v: number) => {
          used.push(lang);
          return real.format(v);
        },
      };
    };
    vi.stubGlobal('Intl', { ...Intl, NumberFormat });
    return { built, used };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('builds no Intl.NumberFormat before the warm-up (the first screen), and the same text with one after', async () => {
    const intl = countingIntl();
    vi.resetModules();
    const f = await import('../../../src/lib/format');
    const before = [f.formatRatio(0.41234, 'en'), f.formatYuan100m(135673.2, 'zh-CN')];
    f.formatInteger(1234, 'en');
    expect(intl.built).toEqual([]);
    f.warmNumberFormats();
    expect(new Set(intl.built)).toEqual(new Set(['zh-CN', 'en']));
    const after = [f.formatRatio(0.41234, 'en'), f.formatYuan100m(135673.2, 'zh-CN')];
    expect(after).toEqual(before);
    // The reader's language is the formatter's (the hand copy had ignored it).
    expect(intl.used).toEqual(['en', 'zh-CN']);
  });
});
