import type { DatasetMap, DatasetName } from './datasets';
import { datasetFile } from './datasets';
import { locate, type DatasetError } from './dataset-error';
import type { Reason } from './schema/kit';

type Loaded = Partial<DatasetMap>;

/**
 * Checks the references between files: every source id, adcode, model, programme, pairing and
 * policy id referenced exists; ids are unique; years are in range. Returns the problems by the
 * file that holds the bad reference, so only the views that use that file are replaced by an
 * error panel. Pure: runs on whatever files have loaded.
 */
export function crossCheck(data: Loaded): DatasetError[] {
  const errors: DatasetError[] = [];
  const push = (name: DatasetName, record: string | null, field: string | null, reason: Reason) =>
    errors.push({ file: datasetFile(name), record, field, reason });

  const sourceIds = data.sources ? new Set(data.sources.sources.map((s) => s.id)) : null;
  const checkSources = (
    name: DatasetName,
    record: string | null,
    field: string,
    ids: readonly string[],
  ) => {
    if (!sourceIds) return;
    ids.forEach((sid, i) => {
      if (!sourceIds.has(sid)) {
        push(name, record, `${field}.${i}`, {
          code: 'unknown-ref',
          value: sid,
          target: 'sources.json',
        });
      }
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
  const checkAdcode = (name: DatasetName, record: string, field: string, code: string) => {
    if (adcodes && !adcodes.has(code)) {
      push(name, record, field, { code: 'unknown-ref', value: code, target: 'provinces.json' });
    }
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
      if (!vintages.has(v.vintage))
        push('gdp', rec, 'vintage', {
          code: 'unknown-ref',
          value: v.vintage,
          target: 'gdp.json vintages',
        });
      checkAdcode('gdp', rec, 'adcode', v.adcode);
      if (sourceIds && !sourceIds.has(v.sourceId)) {
        push('gdp', rec, 'sourceId', {
          code: 'unknown-ref',
          value: v.sourceId,
          target: 'sources.json',
        });
      }
      void i;
    });
    g.baseChanges.forEach((b, i) => checkSources('gdp', `#${i}`, 'sourceIds', b.sourceIds));
    g.claims.forEach((c) => checkSources('gdp', c.id, 'quote.sourceId', [c.quote.sourceId]));
  }

  const programmeIds = data.pairings ? new Set(data.pairings.programmes.map((p) => p.id)) : null;
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
    data.pairings.programmes.forEach((p) =>
      checkSources('pairings', p.id, 'sourceIds', p.sourceIds),
    );
    for (const p of data.pairings.pairings) {
      checkAdcode('pairings', p.id, 'east.adcode', p.east.adcode);
      checkAdcode('pairings', p.id, 'west.adcode', p.west.adcode);
      if (!programmeIds!.has(p.programme)) {
        push('pairings', p.id, 'programme', {
          code: 'unknown-ref',
          value: p.programme,
          target: 'pairings.json programmes',
        });
      }
      if (p.endYear !== null && p.endYear < p.startYear) {
        push('pairings', p.id, 'endYear', { code: 'range', min: p.startYear });
      }
      checkSources('pairings', p.id, 'sourceIds', p.sourceIds);
    }
  }

  const policyIds = data.policies ? new Set(data.policies.policies.map((p) => p.id)) : null;
  if (data.policies) {
    unique(
      'policies',
      data.policies.policies.map((p) => p.id),
    );
    data.policies.policies.forEach((p) => checkSources('policies', p.id, 'sourceIds', p.sourceIds));
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
    for (const model of m.models) {
      model.programmes.forEach((pid, i) => {
        if (programmeIds && !programmeIds.has(pid)) {
          push('models', model.id, `programmes.${i}`, {
            code: 'unknown-ref',
            value: pid,
            target: 'pairings.json programmes',
          });
        }
      });
      model.pairingIds.forEach((pid, i) => {
        if (pairingIds && !pairingIds.has(pid)) {
          push('models', model.id, `pairingIds.${i}`, {
            code: 'unknown-ref',
            value: pid,
            target: 'pairings.json',
          });
        }
      });
      model.policyIds.forEach((pid, i) => {
        if (policyIds && !policyIds.has(pid)) {
          push('models', model.id, `policyIds.${i}`, {
            code: 'unknown-ref',
            value: pid,
            target: 'policies.json',
          });
        }
      });
    }
    m.scores.forEach((s, i) => {
      if (!dims.has(s.dimension)) {
        push('models', `#${i}`, 'dimension', {
          code: 'unknown-ref',
          value: s.dimension,
          target: 'models.json dimensions',
        });
      }
    });
  }

  // Quotes carry their own sourceId: check every one in the quote-heavy files.
  for (const name of ['models', 'hub'] as const) {
    const file = data[name];
    if (!file || !sourceIds) continue;
    walkSourceRefs(file, [], (value, path) => {
      if (!sourceIds.has(value)) {
        const { record, field } = locate(file, path);
        push(name, record, field, { code: 'unknown-ref', value, target: 'sources.json' });
      }
    });
  }

  if (data.hub) {
    const h = data.hub;
    const paths = new Set(h.paths.map((p) => p.id));
    const bottlenecks = new Set(h.bottlenecks.map((b) => b.id));
    h.links.forEach((l, i) => {
      if (!paths.has(l.path))
        push('hub', `#${i}`, 'path', {
          code: 'unknown-ref',
          value: l.path,
          target: 'hub.json paths',
        });
      if (!bottlenecks.has(l.bottleneck)) {
        push('hub', `#${i}`, 'bottleneck', {
          code: 'unknown-ref',
          value: l.bottleneck,
          target: 'hub.json bottlenecks',
        });
      }
    });
  }

  if (data.story) {
    unique(
      'story',
      data.story.steps.map((s) => s.id),
    );
    for (const step of data.story.steps) {
      checkSources('story', step.id, 'sourceIds', step.sourceIds);
      if (step.state.province) checkAdcode('story', step.id, 'state.province', step.state.province);
      if (step.state.programme && programmeIds && !programmeIds.has(step.state.programme)) {
        push('story', step.id, 'state.programme', {
          code: 'unknown-ref',
          value: step.state.programme,
          target: 'pairings.json programmes',
        });
      }
      if (step.state.pairing && pairingIds && !pairingIds.has(step.state.pairing)) {
        push('story', step.id, 'state.pairing', {
          code: 'unknown-ref',
          value: step.state.pairing,
          target: 'pairings.json',
        });
      }
    }
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
