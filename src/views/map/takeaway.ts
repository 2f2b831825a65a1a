import { MODEL_IDS, type ModelId } from '../../data/schema/common';
import type { PairingsFile } from '../../data/schema/pairings';
import type { Province } from '../../data/schema/provinces';
import type { Lang } from '../../i18n';
import { compareCodes } from '../../lib/compare';
import { buildArcs, type ArcFilters } from './flows';
import type { MapT } from './messages';

/** The western provinces with the most distinct eastern partners, and how many that is. */
export function mostPartnered(
  arcs: readonly { east: string; westProvince: string }[],
): { provinces: string[]; partners: number } | null {
  const partners = new Map<string, Set<string>>();
  for (const a of arcs) {
    const set = partners.get(a.westProvince) ?? new Set<string>();
    set.add(a.east);
    partners.set(a.westProvince, set);
  }
  let most = 0;
  for (const s of partners.values()) most = Math.max(most, s.size);
  if (most === 0) return null;
  const provinces = [...partners]
    .filter(([, s]) => s.size === most)
    .map(([code]) => code)
    .sort(compareCodes);
  return { provinces, partners: most };
}

/**
 * The map's headline for the shared state: how many relationships the year shows and which
 * western province has the most eastern partners ("2024: 43 relationships; Xinjiang has the
 * most eastern partners (19)"). Pure: the dashboard, embeds and exports call it alike.
 */
export function mapTakeaway(
  data: { pairings: PairingsFile; provinces: { provinces: readonly Province[] } },
  state: ArcFilters,
  t: MapT,
  lang: Lang,
): string {
  const provinces = data.provinces.provinces;
  const { arcs } = buildArcs(data.pairings.pairings, provinces, state);
  const top = mostPartnered(arcs);
  if (!top) return t('map.takeaway.none', { year: state.year });
  const byCode = new Map(provinces.map((p) => [p.adcode, p]));
  const name = (code: string) => {
    const p = byCode.get(code);
    return p ? (lang === 'en' ? p.name.en : p.name.zhShort) : code;
  };
  const relationships = t('map.count.relationships', { count: arcs.length });
  if (top.provinces.length === 1) {
    return t('map.takeaway', {
      year: state.year,
      relationships,
      province: name(top.provinces[0]!),
      count: top.partners,
    });
  }
  const names = top.provinces.map(name);
  const list =
    names.length <= 3
      ? `${names.slice(0, -1).join(t('map.takeaway.sep'))}${t('map.takeaway.and')}${names.at(-1)}`
      : t('map.takeaway.many', { count: names.length });
  return t('map.takeaway.tie', {
    year: state.year,
    relationships,
    provinces: list,
    count: top.partners,
  });
}

/** What the detail pane shows while nothing is selected: the year at a glance. */
export interface YearOverview {
  /** Relationships per model, in the models' order, models without any left out. */
  byModel: { model: ModelId; relationships: number }[];
  /** Western provinces by how many eastern provinces they partner with, most first. */
  west: { adcode: string; partners: number }[];
  /** Programmes by the number of relationships they run that year, most first. */
  programmes: { id: string; relationships: number }[];
}

/** The year's arcs summed up by model, western province and programme. Pure. */
export function yearOverview(
  arcs: readonly { east: string; westProvince: string; model: ModelId; programmes: string[] }[],
): YearOverview {
  const byModel = MODEL_IDS.map((model) => ({
    model,
    relationships: arcs.filter((a) => a.model === model).length,
  })).filter((m) => m.relationships > 0);
  const partners = new Map<string, Set<string>>();
  const programmes = new Map<string, number>();
  for (const a of arcs) {
    const set = partners.get(a.westProvince) ?? new Set<string>();
    set.add(a.east);
    partners.set(a.westProvince, set);
    for (const p of a.programmes) programmes.set(p, (programmes.get(p) ?? 0) + 1);
  }
  return {
    byModel,
    west: [...partners]
      .map(([adcode, s]) => ({ adcode, partners: s.size }))
      .sort((a, b) => b.partners - a.partners || compareCodes(a.adcode, b.adcode)),
    programmes: [...programmes]
      .map(([id, relationships]) => ({ id, relationships }))
      .sort((a, b) => b.relationships - a.relationships || compareCodes(a.id, b.id)),
  };
}
