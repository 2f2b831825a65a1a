import type { ModelId } from '../../data/schema/common';
import type { ModelsFile } from '../../data/schema/models';
import { pick, type Lang } from '../../i18n';
import { scoreOf } from './build-radar-option';
import type { RadarT } from './messages';

/** For each model, on how many dimensions it scores highest (ties count for each) among `among`. */
export function leads(file: ModelsFile, among: readonly ModelId[]): Map<ModelId, number> {
  const count = new Map<ModelId, number>(among.map((m) => [m, 0]));
  for (const d of file.dimensions) {
    const scored = among
      .map((m) => ({ m, s: scoreOf(file, m, d.id)?.score ?? null }))
      .filter((x): x is { m: ModelId; s: number } => x.s !== null);
    if (!scored.length) continue;
    const top = Math.max(...scored.map((x) => x.s));
    for (const x of scored) if (x.s === top) count.set(x.m, (count.get(x.m) ?? 0) + 1);
  }
  return count;
}

/**
 * The radar's headline for the model selection: with one model, the dimensions it scores
 * highest on; otherwise which of the models shown leads on most dimensions ("Industry–education
 * joint building scores highest on 5 of 6 dimensions"). Pure.
 */
export function radarTakeaway(
  file: ModelsFile,
  state: { models: readonly ModelId[] },
  t: RadarT,
  lang: Lang,
): string {
  const name = (id: ModelId) => {
    const m = file.models.find((x) => x.id === id);
    return m ? pick(m.name, lang) : id;
  };
  const total = file.dimensions.length;
  if (state.models.length === 1) {
    const id = state.models[0]!;
    const scores = file.dimensions
      .map((d) => ({ d, s: scoreOf(file, id, d.id)?.score ?? null }))
      .filter((x): x is { d: (typeof file.dimensions)[number]; s: number } => x.s !== null);
    if (!scores.length) return t('radar.takeaway.unscored', { model: name(id) });
    const best = Math.max(...scores.map((x) => x.s));
    const dims = scores.filter((x) => x.s === best).map((x) => pick(x.d.name, lang));
    return t('radar.takeaway.one', {
      model: name(id),
      dims: dims.join(t('radar.list.sep')),
      score: best,
    });
  }
  const among = state.models.length ? state.models : file.models.map((m) => m.id);
  const lead = leads(file, among);
  const count = Math.max(0, ...lead.values());
  if (count === 0) return t('radar.summary.none');
  const leaders = among.filter((m) => lead.get(m) === count).map(name);
  if (leaders.length === 1) return t('radar.takeaway', { model: leaders[0], count, total });
  const models = `${leaders.slice(0, -1).join(t('radar.summary.tie'))}${t('radar.summary.and')}${leaders.at(-1)}`;
  return t('radar.takeaway.tie', { models, count, total });
}
