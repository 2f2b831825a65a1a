import type { DatasetMap, DatasetName } from './datasets';
import { datasetFile } from './datasets';
import { locate, type DatasetError } from './dataset-error';
import type { Reason } from './schema/kit';
import { CONFIDENCE, type Confidence } from './schema/common';
import { shownFrom, type Pairing } from './schema/pairings';

type Loaded = Partial<DatasetMap>;

/** Where a record sits in its file: a top-level list and its index there. */
export interface RecordAt {
  list: string;
  index: number;
}

/**
 * A problem found across files. A broken reference (`unknown-ref`) also names the file that
 * lacks the target (`refersTo`: most likely the one that changed) and, when a record of a
 * top-level list holds it, where that record is (`at`), so that record alone can be left out.
 */
export interface CrossProblem extends DatasetError {
  refersTo?: DatasetName;
  at?: RecordAt;
  /**
   * The views skip an id here that does not resolve (a model's related ids, a story step's
   * selection): a reference broken only because another record was left out is tolerated.
   */
  soft?: boolean;
}

/** A record of a top-level list, with the label to report it by (its id, else "#index"). */
type Rec = RecordAt & { label?: string };

function recordLabel(file: unknown, at: RecordAt): string {
  const el = (file as Record<string, unknown[] | undefined>)[at.list]?.[at.index];
  const id = el && typeof el === 'object' ? (el as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 80) : `#${at.index}`;
}

/**
 * Checks the references between files: every source id, adcode, model, programme, pairing and
 * policy id referenced exists; ids are unique; years are in range. Returns the problems by the
 * file that holds them; a broken reference also says which file lacks its target and which
 * record holds it (see `settle` in state/load-datasets.ts, which leaves such records out
 * rather than failing the file). Pure: runs on whatever files have loaded.
 */
export function crossCheck(data: Loaded): CrossProblem[] {
  const errors: CrossProblem[] = [];
  const push = (name: DatasetName, record: string | null, field: string | null, reason: Reason) =>
    errors.push({ file: datasetFile(name), record, field, reason });
  /** A reference from `rec` (null: the file itself) to `value`, which `refersTo` lacks. */
  const ref = (
    name: DatasetName,
    rec: Rec | null,
    field: string,
    value: string,
    refersTo: DatasetName,
    target: string,
    soft = false,
  ) => {
    const reason = { code: 'unknown-ref', value, target } as const;
    const file = datasetFile(name);
    if (!rec) {
      errors.push({ file, record: null, field, reason, refersTo });
      return;
    }
    const at = { list: rec.list, index: rec.index };
    const record = rec.label ?? recordLabel(data[name], at);
    errors.push({ file, record, field, reason, refersTo, at, ...(soft ? { soft } : {}) });
  };

  const sourceIds = data.sources ? new Set(data.sources.sources.map((s) => s.id)) : null;
  const sourceById = data.sources ? new Map(data.sources.sources.map((s) => [s.id, s])) : null;
  /**
   * A record is no surer than its surest source: `confidence` above the best of its (known)
   * sources' is reported. Unknown source ids are reported elsewhere and ignored here.
   */
  const checkConfidence = (
    confidence: Confidence,
    ids: readonly string[],
    report: (reason: Reason) => void,
  ) => {
    if (!sourceById) return;
    const ranks = ids.flatMap((id) => {
      const s = sourceById.get(id);
      return s ? [CONFIDENCE.indexOf(s.confidence)] : [];
    });
    if (!ranks.length) return;
    const best = Math.min(...ranks);
    if (CONFIDENCE.indexOf(confidence) < best) {
      report({ code: 'above-sources', confidence, best: CONFIDENCE[best]! });
    }
  };
  const checkSources = (
    name: DatasetName,
    rec: Rec | null,
    field: string,
    ids: readonly string[],
  ) => {
    if (!sourceIds) return;
    ids.forEach((sid, i) => {
      if (!sourceIds.has(sid)) ref(name, rec, `${field}.${i}`, sid, 'sources', 'sources.json');
    });
  };
  const unique = (name: DatasetName, ids: readonly string[], field = 'id') => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) push(name, id, field, { code: 'duplicate', value: id });
      seen.add(id);
    }
  };

  if (data.sources)
    unique(
      'sources',
      data.sources.sources.map((s) => s.id),
    );

  const adcodes = data.provinces ? new Set(data.provinces.provinces.map((p) => p.adcode)) : null;
  if (data.provinces) {
    unique(
      'provinces',
      data.provinces.provinces.map((p) => p.adcode),
      'adcode',
    );
    checkSources('provinces', null, 'sourceIds', data.provinces.sourceIds);
  }
  const checkAdcode = (name: DatasetName, rec: Rec, field: string, code: string) => {
    if (adcodes && !adcodes.has(code)) ref(name, rec, field, code, 'provinces', 'provinces.json');
  };

  if (data.gdp) {
    const g = data.gdp;
    const vintages = new Set(g.vintages.map((v) => v.id));
    const seen = new Set<string>();
    g.values.forEach((v, i) => {
      const rec = `${v.adcode}/${v.year}`;
      if (seen.has(rec)) push('gdp', rec, null, { code: 'duplicate', value: rec });
      seen.add(rec);
      if (v.year < g.firstYear || v.year > g.lastYear) {
        push('gdp', rec, 'year', { code: 'range', min: g.firstYear, max: g.lastYear });
      }
      const at = { list: 'values', index: i, label: rec };
      if (!vintages.has(v.vintage))
        ref('gdp', at, 'vintage', v.vintage, 'gdp', 'gdp.json vintages');
      checkAdcode('gdp', at, 'adcode', v.adcode);
      if (sourceIds && !sourceIds.has(v.sourceId)) {
        ref('gdp', at, 'sourceId', v.sourceId, 'sources', 'sources.json');
      }
      checkConfidence(v.confidence, [v.sourceId], (reason) =>
        push('gdp', rec, 'confidence', reason),
      );
    });
    g.baseChanges.forEach((b, i) =>
      checkSources('gdp', { list: 'baseChanges', index: i }, 'sourceIds', b.sourceIds),
    );
    g.claims.forEach((c, i) => {
      if (sourceIds && !sourceIds.has(c.quote.sourceId)) {
        ref(
          'gdp',
          { list: 'claims', index: i },
          'quote.sourceId',
          c.quote.sourceId,
          'sources',
          'sources.json',
        );
      }
    });
  }

  /**
   * A relationship's years: an unknown start says why; the first documented year is shown by a
   * source the record cites, no later than that source's date and no earlier than the start;
   * the end is not before the year it is drawn from.
   */
  const checkStart = (p: Pairing, report: (field: string, reason: Reason) => void) => {
    if (p.startYear === null && p.startNote === null) {
      report('startNote', { code: 'required-when', when: 'startYear = null' });
    }
    const fd = p.firstDocumented;
    if (p.startYear !== null && fd.year < p.startYear) {
      report('firstDocumented.year', { code: 'range', min: p.startYear });
    }
    if (!p.sourceIds.includes(fd.sourceId)) {
      report('firstDocumented.sourceId', { code: 'not-cited', value: fd.sourceId });
    } else {
      const source = sourceById?.get(fd.sourceId);
      const sourceYear = source ? Number(source.date.slice(0, 4)) : null;
      if (sourceYear !== null && fd.year > sourceYear) {
        report('firstDocumented.year', {
          code: 'after-source',
          year: fd.year,
          source: fd.sourceId,
          sourceYear,
        });
      }
    }
    if (p.endYear !== null && p.endYear < shownFrom(p)) {
      report('endYear', { code: 'range', min: shownFrom(p) });
    }
  };

  const programmeIds = data.pairings ? new Set(data.pairings.programmes.map((p) => p.id)) : null;
  const programmeById = new Map(data.pairings?.programmes.map((p) => [p.id, p]));
  const pairingIds = data.pairings ? new Set(data.pairings.pairings.map((p) => p.id)) : null;
  if (data.pairings) {
    unique(
      'pairings',
      data.pairings.programmes.map((p) => p.id),
    );
    unique(
      'pairings',
      data.pairings.pairings.map((p) => p.id),
    );
    data.pairings.programmes.forEach((p, i) =>
      checkSources('pairings', { list: 'programmes', index: i }, 'sourceIds', p.sourceIds),
    );
    data.pairings.pairings.forEach((p, i) => {
      const at = { list: 'pairings', index: i };
      checkAdcode('pairings', at, 'east.adcode', p.east.adcode);
      checkAdcode('pairings', at, 'west.adcode', p.west.adcode);
      if (!programmeIds!.has(p.programme)) {
        ref('pairings', at, 'programme', p.programme, 'pairings', 'pairings.json programmes');
      } else if (p.modelByRule && !programmeById.get(p.programme)?.modelRule) {
        // A model given by rule must say which rule: its programme's.
        push('pairings', p.programme, 'modelRule', {
          code: 'required-when',
          when: `${p.id}.modelByRule = true`,
        });
      }
      checkStart(p, (field, reason) => push('pairings', p.id, field, reason));
      checkConfidence(p.confidence, p.sourceIds, (reason) =>
        push('pairings', p.id, 'confidence', reason),
      );
      checkSources('pairings', at, 'sourceIds', p.sourceIds);
    });
  }

  if (data.descriptions) {
    const d = data.descriptions;
    unique(
      'descriptions',
      d.pairings.map((x) => x.id),
    );
    for (const x of d.pairings) {
      if (pairingIds && !pairingIds.has(x.id)) {
        push('descriptions', x.id, 'id', {
          code: 'unknown-ref',
          value: x.id,
          target: 'pairings.json',
        });
      }
    }
  }

  const policyIds = data.policies ? new Set(data.policies.policies.map((p) => p.id)) : null;
  if (data.policies) {
    unique(
      'policies',
      data.policies.policies.map((p) => p.id),
    );
    data.policies.policies.forEach((p, i) => {
      checkSources('policies', { list: 'policies', index: i }, 'sourceIds', p.sourceIds);
      checkConfidence(p.confidence, p.sourceIds, (reason) =>
        push('policies', p.id, 'confidence', reason),
      );
    });
  }

  if (data.models) {
    const m = data.models;
    unique(
      'models',
      m.models.map((x) => x.id),
    );
    unique(
      'models',
      m.dimensions.map((d) => d.id),
    );
    const dims = new Set(m.dimensions.map((d) => d.id));
    m.models.forEach((model, index) => {
      const at = { list: 'models', index };
      model.programmes.forEach((pid, i) => {
        if (programmeIds && !programmeIds.has(pid)) {
          ref('models', at, `programmes.${i}`, pid, 'pairings', 'pairings.json programmes', true);
        }
      });
      for (const list of ['pairingIds', 'examplePairingIds'] as const) {
        model[list].forEach((pid, i) => {
          if (pairingIds && !pairingIds.has(pid)) {
            ref('models', at, `${list}.${i}`, pid, 'pairings', 'pairings.json', true);
          }
        });
      }
      model.policyIds.forEach((pid, i) => {
        if (policyIds && !policyIds.has(pid)) {
          ref('models', at, `policyIds.${i}`, pid, 'policies', 'policies.json', true);
        }
      });
    });
    m.scores.forEach((s, i) => {
      if (!dims.has(s.dimension)) {
        ref(
          'models',
          { list: 'scores', index: i },
          'dimension',
          s.dimension,
          'models',
          'models.json dimensions',
        );
      }
    });
  }

  // Quotes carry their own sourceId: check every one in the quote-heavy files.
  for (const name of ['models', 'hub'] as const) {
    const file = data[name];
    if (!file || !sourceIds) continue;
    walkSourceRefs(file, [], (value, path) => {
      if (sourceIds.has(value)) return;
      const { record, field } = locate(file, path);
      const [list, index] = path;
      // A quote inside a record of a top-level list; else (the file's own sourceIds) the file.
      const inRecord =
        typeof list === 'string' &&
        typeof index === 'number' &&
        typeof (file as unknown as Record<string, unknown[]>)[list]?.[index] === 'object';
      const rec = inRecord ? { list, index, label: record ?? undefined } : null;
      ref(name, rec, inRecord ? (field ?? '') : path.join('.'), value, 'sources', 'sources.json');
    });
  }

  if (data.hub) {
    const h = data.hub;
    const paths = new Set(h.paths.map((p) => p.id));
    const bottlenecks = new Set(h.bottlenecks.map((b) => b.id));
    h.links.forEach((l, i) => {
      const at = { list: 'links', index: i };
      if (!paths.has(l.path)) ref('hub', at, 'path', l.path, 'hub', 'hub.json paths');
      if (!bottlenecks.has(l.bottleneck)) {
        ref('hub', at, 'bottleneck', l.bottleneck, 'hub', 'hub.json bottlenecks');
      }
    });
  }

  if (data.story) {
    unique(
      'story',
      data.story.steps.map((s) => s.id),
    );
    data.story.steps.forEach((step, i) => {
      const at = { list: 'steps', index: i };
      checkSources('story', at, 'sourceIds', step.sourceIds);
      if (step.state.province) checkAdcode('story', at, 'state.province', step.state.province);
      const { programme, pairing } = step.state;
      if (programme && programmeIds && !programmeIds.has(programme)) {
        ref(
          'story',
          at,
          'state.programme',
          programme,
          'pairings',
          'pairings.json programmes',
          true,
        );
      }
      if (pairing && pairingIds && !pairingIds.has(pairing)) {
        ref('story', at, 'state.pairing', pairing, 'pairings', 'pairings.json', true);
      }
      if (step.state.policy && policyIds && !policyIds.has(step.state.policy)) {
        ref('story', at, 'state.policy', step.state.policy, 'policies', 'policies.json', true);
      }
      const { claim, dimensions } = step.focus ?? {};
      if (claim && data.gdp && !data.gdp.claims.some((c) => c.id === claim)) {
        ref('story', at, 'focus.claim', claim, 'gdp', 'gdp.json claims', true);
      }
      const dims = data.models && new Set(data.models.dimensions.map((d) => d.id));
      dimensions?.forEach((d, j) => {
        if (dims && !dims.has(d)) {
          ref('story', at, `focus.dimensions.${j}`, d, 'models', 'models.json dimensions', true);
        }
      });
    });
  }
  return errors;
}

/** Calls `visit` for every `sourceId` string and every element of a `sourceIds` list. */
function walkSourceRefs(
  node: unknown,
  path: (string | number)[],
  visit: (value: string, path: (string | number)[]) => void,
) {
  if (Array.isArray(node)) {
    node.forEach((el, i) => walkSourceRefs(el, [...path, i], visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'sourceId' && typeof value === 'string') visit(value, [...path, key]);
    else if (key === 'sourceIds' && Array.isArray(value)) {
      value.forEach((v, i) => typeof v === 'string' && visit(v, [...path, key, i]));
    } else walkSourceRefs(value, [...path, key], visit);
  }
}
