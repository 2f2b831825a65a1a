import { parse } from './schema/kit';
import {
  DATASET_SCHEMAS,
  MAX_DATASET_BYTES,
  datasetFile,
  type DatasetMap,
  type DatasetName,
} from './datasets';
import { issueToError, type DatasetError } from './dataset-error';
import { fetchDataFile } from './fetch-file';

export type LoadResult<T> = { ok: true; data: T } | { ok: false; errors: DatasetError[] };

/** Parses the text of one dataset file and validates it against its schema. */
export function parseDatasetText<K extends DatasetName>(
  name: K,
  text: string,
): LoadResult<DatasetMap[K]> {
  const file = datasetFile(name);
  if (text.length > MAX_DATASET_BYTES) {
    return {
      ok: false,
      errors: [
        {
          file,
          record: null,
          field: null,
          reason: { code: 'too-large', bytes: text.length, max: MAX_DATASET_BYTES },
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'parse error';
    return {
      ok: false,
      errors: [{ file, record: null, field: null, reason: { code: 'invalid-json', detail } }],
    };
  }
  return parseDatasetJson(name, json);
}

export function parseDatasetJson<K extends DatasetName>(
  name: K,
  json: unknown,
): LoadResult<DatasetMap[K]> {
  const result = parse(DATASET_SCHEMAS[name] as (typeof DATASET_SCHEMAS)[K], json);
  if (result.ok) return { ok: true, data: result.value as DatasetMap[K] };
  const file = datasetFile(name);
  return { ok: false, errors: result.issues.map((i) => issueToError(file, json, i)) };
}

/** Fetches one dataset relative to the app's base URL and validates it. Never throws. */
export async function fetchDataset<K extends DatasetName>(
  name: K,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult<DatasetMap[K]>> {
  const file = datasetFile(name);
  const r = await fetchDataFile(file, baseUrl, fetchImpl);
  if (r.ok) return parseDatasetText(name, r.text);
  const reason =
    r.status !== undefined
      ? ({ code: 'http', status: r.status } as const)
      : ({ code: 'network', detail: r.detail ?? '' } as const);
  return { ok: false, errors: [{ file, record: null, field: null, reason }] };
}
