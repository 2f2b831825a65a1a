import type { ModelId } from '../../data/schema/common';
import type { Model } from '../../data/schema/models';
import type { PairingsFile } from '../../data/schema/pairings';
import type { Pairing } from '../../data/schema/pairings';
import type { PoliciesFile, Policy } from '../../data/schema/policies';
import type { Province } from '../../data/schema/provinces';
import { compareCodes } from '../../lib/compare';

/** "江苏 → 陕西" / "Guangzhou (Guangdong) → Bijie (Guizhou)": the two parties of a relationship. */
export function pairingLabel(
  p: Pairing,
  provinces: readonly Province[],
  lang: 'zh-CN' | 'en',
): string {
  const side = (party: Pairing['east']) => {
    const prov = provinces.find((x) => x.adcode === party.adcode);
    const provName = prov ? (lang === 'en' ? prov.name.en : prov.name.zhShort) : party.adcode;
    const place = party.institution ?? party.place?.name ?? null;
    if (!place) return provName;
    const placeName = lang === 'en' ? place.en : place.zh;
    return lang === 'en' ? `${placeName} (${provName})` : `${provName}·${placeName}`;
  };
  return `${side(p.east)} → ${side(p.west)}`;
}

/** A programme a card offers to show on the map, with how many relationships it has there. */
export interface CardProgramme {
  id: string;
  name: { zh: string; en: string };
  /** Relationships of this model in this programme in pairings.json. */
  count: number;
}

/** A policy a card offers to show on the timeline, resolved from policies.json. */
export interface CardPolicy {
  policy: Policy;
  /** The year the timeline moves to: the year of the document's date. */
  year: number;
}

/** What one phase card shows beyond the model record itself. */
export interface CardLinks {
  programmes: CardProgramme[];
  /** The relationships the paper names as the model's representatives, resolved. */
  pairings: Pairing[];
  /** Relationships the atlas chose as further examples (the paper does not name them), resolved. */
  examples: Pairing[];
  /** True when the model lists no programmes and they are taken from the relationships drawn. */
  derived: boolean;
  policies: CardPolicy[];
  /** True when the model lists no policies and those of its phase in policies.json are shown. */
  policiesDerived: boolean;
}

const countOf = (pairings: PairingsFile, model: ModelId, programme: string) =>
  pairings.pairings.filter((p) => p.model === model && p.programme === programme).length;

/**
 * Resolves a model's programme and policy ids against pairings.json and policies.json. When the
 * model lists no programmes, the programmes of its relationships on the map are offered instead
 * (and marked as derived), so the card can still filter the map; likewise the documents whose
 * phase is the model stand in for an empty policy list. Ids that do not resolve are
 * dropped (the cross-check reports them at load). Pure.
 */
export function cardLinks(model: Model, pairings: PairingsFile, policies: PoliciesFile): CardLinks {
  const byId = new Map(pairings.programmes.map((p) => [p.id, p]));
  let ids = model.programmes.filter((id) => byId.has(id));
  const derived = ids.length === 0;
  if (derived) {
    ids = pairings.programmes.map((p) => p.id).filter((id) => countOf(pairings, model.id, id) > 0);
  }
  const programmes = ids.map((id) => ({
    id,
    name: byId.get(id)!.name,
    count: countOf(pairings, model.id, id),
  }));
  const policyById = new Map(policies.policies.map((p) => [p.id, p]));
  let listed = model.policyIds
    .map((id) => policyById.get(id))
    .filter((p): p is Policy => p !== undefined);
  const policiesDerived = listed.length === 0;
  if (policiesDerived) listed = policies.policies.filter((p) => p.phase === model.id);
  const resolved = listed
    .map((policy) => ({ policy, year: Number(policy.date.slice(0, 4)) }))
    .sort((a, b) => compareCodes(a.policy.date, b.policy.date));
  const pairingById = new Map(pairings.pairings.map((p) => [p.id, p]));
  const resolve = (ids: readonly string[]) =>
    ids.map((id) => pairingById.get(id)).filter((p): p is Pairing => p !== undefined);
  return {
    programmes,
    derived,
    pairings: resolve(model.pairingIds),
    examples: resolve(model.examplePairingIds),
    policies: resolved,
    policiesDerived,
  };
}
