import type { RatioPoint } from '../../data/queries/regions';
import type { Lang } from '../../i18n';
import { formatRatio } from '../../lib/format';
import type { TrendT } from './messages';

/**
 * The trend's headline for the shared year: the West/East ratio that year against the first
 * year of the series ("2024: the West's GDP is 0.41 of the East's, up from 0.33 in 2000"). A
 * year without data says so and names the years that have it; nothing is interpolated. Pure:
 * `points` is ratioSeries(gdp, provinces).
 */
export function trendTakeaway(
  points: readonly RatioPoint[],
  state: { year: number },
  t: TrendT,
  lang: Lang,
): string {
  const known = points.filter((p): p is RatioPoint & { westEast: number } => p.westEast !== null);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return t('trend.takeaway.none');
  const ratio = (v: number) => formatRatio(v, lang, { digits: 2 });
  const now = known.find((p) => p.year === state.year);
  if (!now) {
    return t('trend.takeaway.missing', { year: state.year, from: first.year, to: last.year });
  }
  if (now.year === first.year) {
    return t('trend.takeaway.first', { year: now.year, ratio: ratio(now.westEast) });
  }
  // Compared at the precision shown: "0.33" to "0.33" is no change.
  const a = ratio(first.westEast);
  const b = ratio(now.westEast);
  const key =
    a === b
      ? 'trend.takeaway.same'
      : now.westEast > first.westEast
        ? 'trend.takeaway.up'
        : 'trend.takeaway.down';
  return t(key, { year: now.year, ratio: b, first: first.year, firstRatio: a });
}
