import { crossCheck } from '../data/cross-check';
import { DATASET_NAMES, datasetFile, type DatasetMap, type DatasetName } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { fetchDataset, type LoadResult } from '../data/load';
import { setDataset } from './actions';

type Results = { [K in DatasetName]: LoadResult<DatasetMap[K]> };

/**
 * Decides each file's final state from the individual results and the cross-file checks: a
 * file with its own errors, or holding a broken reference, fails; the others are ready.
 */
export function settle(results: Results) {
  const loaded: Partial<DatasetMap> = {};
  for (const name of DATASET_NAMES) {
    const r = results[name];
    if (r.ok) (loaded as Record<string, unknown>)[name] = r.data;
  }
  const refErrors = crossCheck(loaded);
  const byFile = new Map<string, DatasetError[]>();
  for (const e of refErrors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return Object.fromEntries(
    DATASET_NAMES.map((name) => {
      const r = results[name];
      if (!r.ok) return [name, { status: 'error', errors: r.errors }];
      const errs = byFile.get(datasetFile(name));
      return [name, errs ? { status: 'error', errors: errs } : { status: 'ready', data: r.data }];
    }),
  ) as { [K in DatasetName]: Parameters<typeof setDataset<K>>[1] };
}

/** Fetches every dataset relative to `baseUrl`, validates and cross-checks them, then stores them. */
export async function loadDatasets(baseUrl: string, fetchImpl: typeof fetch = fetch) {
  const entries = await Promise.all(
    DATASET_NAMES.map(
      async (name) => [name, await fetchDataset(name, baseUrl, fetchImpl)] as const,
    ),
  );
  const settled = settle(Object.fromEntries(entries) as Results);
  for (const name of DATASET_NAMES) setDataset(name, settled[name] as never);
}
