import { crossCheck } from '../data/cross-check';
import { DATASET_NAMES, datasetFile, type DatasetMap, type DatasetName } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { fetchDataset, type LoadResult } from '../data/load';
import { setDataset } from './actions';
import type { DatasetState } from './store';

export type Results = { [K in DatasetName]?: LoadResult<DatasetMap[K]> };
type Settled = { [K in DatasetName]?: DatasetState<K> };

/**
 * Decides the final state of every file present in `results` from its own result and the
 * cross-file checks: a file with its own errors, or holding a broken reference, fails; the
 * others are ready. Files not present (not fetched yet) are left out, and references into them
 * are not checked yet — the check runs again, with more files, as they arrive.
 */
export function settle(results: Results): Settled {
  const loaded: Partial<DatasetMap> = {};
  for (const name of DATASET_NAMES) {
    const r = results[name];
    if (r?.ok) (loaded as Record<string, unknown>)[name] = r.data;
  }
  const byFile = new Map<string, DatasetError[]>();
  for (const e of crossCheck(loaded)) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const out: Record<string, unknown> = {};
  for (const name of DATASET_NAMES) {
    const r = results[name];
    if (!r) continue;
    const errs = byFile.get(datasetFile(name));
    out[name] = !r.ok
      ? { status: 'error', errors: r.errors }
      : errs
        ? { status: 'error', errors: errs }
        : { status: 'ready', data: r.data };
  }
  return out as Settled;
}

/**
 * Datasets are fetched on demand — each view asks for what it needs when it comes into view —
 * so the first screen only pays for its own files. Every arrival re-runs the cross-file checks
 * over everything fetched so far and republishes the states to the store.
 */
const results: Results = {};
const requested = new Map<DatasetName, Promise<void>>();

function publish() {
  const settled = settle(results);
  for (const name of DATASET_NAMES) {
    const s = settled[name];
    if (s) setDataset(name, s as never);
  }
}

/** Fetches (once) the named datasets relative to `baseUrl`; resolves when they have settled. */
export function ensureDatasets(
  names: readonly DatasetName[],
  baseUrl: string = document.baseURI,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  return Promise.all(
    names.map((name) => {
      let p = requested.get(name);
      if (!p) {
        p = fetchDataset(name, baseUrl, fetchImpl).then((r) => {
          (results as Record<string, unknown>)[name] = r;
          publish();
        });
        requested.set(name, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/** Puts results that did not come from the network (the reader's own files) in place. */
export function applyResults(replacement: Results): Settled {
  for (const name of DATASET_NAMES) {
    const r = replacement[name];
    if (!r) continue;
    (results as Record<string, unknown>)[name] = r;
    if (!requested.has(name)) requested.set(name, Promise.resolve());
  }
  const settled = settle(results);
  publish();
  return settled;
}

/** Forgets everything fetched (the store keeps what it shows until new results arrive). */
export function forgetDatasets() {
  requested.clear();
  for (const name of DATASET_NAMES) delete results[name];
}

/** Fetches every dataset again, e.g. to go back to the bundled data after the reader's own. */
export function loadDatasets(baseUrl: string = document.baseURI, fetchImpl: typeof fetch = fetch) {
  forgetDatasets();
  return ensureDatasets(DATASET_NAMES, baseUrl, fetchImpl);
}
