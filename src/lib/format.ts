import { LANGS, type Lang } from '../i18n';

/**
 * Formats an amount given in 亿元 (10^8 yuan) the way each language expects:
 * Chinese keeps 亿 / 万亿 (10^12); English converts to billion / trillion yuan.
 */
export function formatYuan100m(value: number | null, lang: Lang, missing = '–'): string {
  if (value === null || !Number.isFinite(value)) return missing;
  if (lang === 'zh-CN') {
    if (Math.abs(value) >= 10_000) return `${fmt(value / 10_000, lang, 2)} 万亿元`;
    return `${fmt(value, lang, value >= 100 ? 0 : 1)} 亿元`;
  }
  const yuan = value * 1e8;
  if (Math.abs(yuan) >= 1e12) return `${fmt(yuan / 1e12, lang, 2)} trillion yuan`;
  if (Math.abs(yuan) >= 1e9) return `${fmt(yuan / 1e9, lang, 1)} billion yuan`;
  return `${fmt(yuan / 1e6, lang, 0)} million yuan`;
}

/** A ratio such as 0.4123 as "0.41" (or as a percentage with `percent`). */
export function formatRatio(
  value: number | null,
  lang: Lang,
  opts: { percent?: boolean; digits?: number } = {},
) {
  if (value === null || !Number.isFinite(value)) return '–';
  const digits = opts.digits ?? (opts.percent ? 1 : 3);
  return numberFormat(lang, opts.percent ? 'percent' : 'decimal', digits).format(value);
}

export function formatInteger(value: number, lang: Lang) {
  return numberFormat(lang, 'decimal', 0).format(value);
}

function fmt(v: number, lang: Lang, digits: number) {
  return numberFormat(lang, 'decimal', digits).format(v);
}

type Style = 'decimal' | 'percent';
/** The digits and styles the atlas writes numbers in (formatYuan100m, formatRatio, formatInteger). */
const USED: readonly [Style, number][] = [
  ['decimal', 0],
  ['decimal', 1],
  ['decimal', 2],
  ['decimal', 3],
  ['percent', 1],
];

const intlFormats = new Map<string, Intl.NumberFormat>();
let intlReady = false;

/**
 * Creates the Intl.NumberFormat objects of both languages. The first one built loads ICU's
 * number data, some 40 ms on a phone: the load scheduler calls this at its idle moment after
 * the first screen, before the trend (which writes most numbers) loads. Until then the numbers
 * are written by `handFormat`, which gives the same text.
 */
export function warmNumberFormats() {
  for (const lang of LANGS) for (const [style, digits] of USED) intlFormat(lang, style, digits);
  intlReady = true;
}

function intlFormat(lang: Lang, style: Style, digits: number): Intl.NumberFormat {
  const key = `${lang} ${style} ${digits}`;
  let f = intlFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    intlFormats.set(key, f);
  }
  return f;
}

/** Fixed-digit numbers in the reader's language: Intl once warmed, the hand copy before. */
function numberFormat(lang: Lang, style: Style, digits: number): { format(v: number): string } {
  return intlReady ? intlFormat(lang, style, digits) : handFormat(style, digits);
}

/**
 * Fixed-digit numbers as Intl.NumberFormat writes them in both our languages (zh-CN and en
 * agree: "," between thousands, "." before decimals, "-" for minus, "%" after a percentage),
 * without Intl, for numbers written before `warmNumberFormats` (the map's legend and tooltips on
 * the first screen). Like ICU, it rounds the number's shortest decimal form (what `String`
 * gives: 1.005, not the double's exact 1.00499…), half away from zero, and moves the point of a
 * percentage before rounding. A unit test holds it to Intl's output.
 */
export function handFormat(style: Style, digits: number) {
  return {
    format(value: number): string {
      if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
      const [int, frac] = roundDecimal(
        plainDecimal(Math.abs(value), style === 'percent' ? 2 : 0),
        digits,
      );
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      // As Intl: a minus for every negative value (and -0), even one that rounds to zero.
      const negative = value < 0 || Object.is(value, -0);
      return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}${style === 'percent' ? '%' : ''}`;
    },
  };
}

/** The shortest decimal form of x ≥ 0 as [integer digits, fraction digits], times 10^shift. */
export function plainDecimal(x: number, shift = 0): [string, string] {
  const [mantissa = '0', exp = '0'] = String(x).split('e');
  const [i = '0', f = ''] = mantissa.split('.');
  const all = i + f;
  const point = i.length + Number(exp) + shift;
  const int =
    point <= 0
      ? '0'
      : all
          .slice(0, point)
          .padEnd(point, '0')
          .replace(/^0+(?=\d)/, '');
  const frac = point <= 0 ? '0'.repeat(-point) + all : all.slice(point);
  return [int || '0', frac.replace(/0+$/, '')];
}

/** Rounds [integer, fraction] digits to `digits` places, half away from zero. */
export function roundDecimal([int, frac]: [string, string], digits: number): [string, string] {
  if (frac.length <= digits) return [int, frac.padEnd(digits, '0')];
  const kept = int + frac.slice(0, digits);
  const up = frac.charCodeAt(digits) >= 53; // "5" or more
  let rounded = kept;
  if (up) {
    const d = kept.split('');
    let k = d.length - 1;
    while (k >= 0 && d[k] === '9') d[k--] = '0';
    if (k >= 0) d[k] = String(Number(d[k]) + 1);
    else d.unshift('1');
    rounded = d.join('');
  }
  const cut = rounded.length - digits;
  return [rounded.slice(0, cut).replace(/^0+(?=\d)/, '') || '0', rounded.slice(cut)];
}
