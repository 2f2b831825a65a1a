import type { HubFile } from '../../data/schema/hub';
import { pick, type Lang } from '../../i18n';
import { buildHubMatrix, shortText } from './build-hub-model';
import type { HubT } from './messages';

/**
 * The hub's headline: how many bottleneck–path pairs the paper links, and which path answers the
 * most bottlenecks ("The paper links its 4 bottlenecks to its 4 paths in 7 pairs; “High-level
 * planning” answers the most (3)"). Pure.
 */
export function hubTakeaway(hub: HubFile, t: HubT, lang: Lang): string {
  const matrix = buildHubMatrix(hub);
  const answered = matrix.columns.map((path, j) => ({
    path,
    count: matrix.rows.filter((_, i) => matrix.cells[i]![j]!.links.length > 0).length,
  }));
  const pairs = answered.reduce((n, a) => n + a.count, 0);
  const counts = {
    bottlenecks: t('hub.count.bottlenecks', { count: matrix.rows.length }),
    paths: t('hub.count.paths', { count: matrix.columns.length }),
    pairs: t('hub.count.pairs', { count: pairs }),
  };
  const most = Math.max(0, ...answered.map((a) => a.count));
  if (most === 0) return t('hub.takeaway.none', counts);
  const names = answered
    .filter((a) => a.count === most)
    .map((a) => pick(shortText(a.path.name), lang));
  return t('hub.takeaway', {
    ...counts,
    path: names.join(t('hub.takeaway.sep')),
    count: most,
  });
}
