import type { Lang } from '../i18n';

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
  return numberFormat(lang, opts.percent ? 'percent' : 'decimal', digits, digits).format(value);
}

export function formatInteger(value: number, lang: Lang) {
  return numberFormat(lang, 'decimal', 0, 0).format(value);
}

function fmt(v: number, lang: Lang, digits: number) {
  return numberFormat(lang, 'decimal', digits, digits).format(v);
}

// Building an Intl.NumberFormat costs far more than using one; views format on every render.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: 'decimal' | 'percent', min: number, max: number) {
  const key = `${lang}|${style}|${min}|${max}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      style,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formats.set(key, f);
  }
  return f;
}
