import type { Model } from '../../data/schema/models';
import type { Policy } from '../../data/schema/policies';
import { pick, type Lang } from '../../i18n';
import type { TimelineT } from './messages';

/** The model whose phase covers the year (the latest to begin, where phases overlap). */
export function phaseOf(models: readonly Model[], year: number): Model | null {
  let found: Model | null = null;
  for (const m of models) {
    const { startYear, endYear } = m.period;
    if (startYear <= year && (endYear === null || year <= endYear)) {
      if (!found || startYear > found.period.startYear) found = m;
    }
  }
  return found;
}

/**
 * The timeline's headline for the shared year: how many documents have been issued by then, how
 * many that year, and the phase the year falls in ("By 2016: 12 policy documents, 3 of them in
 * 2016; phase: resource complementarity"). Pure.
 */
export function timelineTakeaway(
  data: { policies: { policies: readonly Policy[] }; models: { models: readonly Model[] } },
  state: { year: number },
  t: TimelineT,
  lang: Lang,
): string {
  const { year } = state;
  const years = data.policies.policies.map((p) => Number(p.date.slice(0, 4)));
  const upTo = years.filter((y) => y <= year).length;
  if (upTo === 0) {
    const later = years.filter((y) => y > year);
    return later.length
      ? t('timeline.takeaway.before', { year, first: Math.min(...later) })
      : t('timeline.takeaway.empty');
  }
  const inYear = years.filter((y) => y === year).length;
  const documents = t('timeline.count.documents', { count: upTo });
  const thisYear =
    inYear === 0
      ? t('timeline.takeaway.noneInYear', { year })
      : t('timeline.takeaway.inYear', { count: inYear, year });
  const phase = phaseOf(data.models.models, year);
  return phase
    ? t('timeline.takeaway', { year, documents, thisYear, phase: pick(phase.name, lang) })
    : t('timeline.takeaway.noPhase', { year, documents, thisYear });
}
