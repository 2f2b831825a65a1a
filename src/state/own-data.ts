import { DATASET_NAMES, MAX_DATASET_BYTES, type DatasetName } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { parseDatasetText, type LoadResult } from '../data/load';
import { causesOf } from './data-notices';
import { applyResults, previewResults, type Results } from './load-datasets';

/** A file the reader dropped or picked (a browser `File` is one). */
export interface OwnFile {
  name: string;
  /** Bytes; a file larger than a dataset may be is refused without being read. */
  size: number;
  text(): Promise<string>;
}

/** What became of one file. */
export type OwnFileOutcome =
  /** It replaces the dataset; `leftOut` of its records refer to entries missing elsewhere. */
  | { kind: 'used'; dataset: DatasetName; leftOut: number }
  /**
   * It replaces nothing: the dataset shown before stays. `stage`: refused on reading it (too
   * large, not JSON, not the dataset's format), or by the cross-file checks.
   */
  | { kind: 'refused'; dataset: DatasetName; errors: DatasetError[]; stage: 'read' | 'cross' }
  /** Its name matches no dataset. */
  | { kind: 'unknown' }
  /** Another file picked with it gives the same dataset (named `by`), and that one is used. */
  | { kind: 'duplicate'; dataset: DatasetName; by: string };

export interface OwnFileReport {
  /** The file's name as picked. */
  name: string;
  outcome: OwnFileOutcome;
}

export interface OwnDataReport {
  /** Every file picked, in the order picked, with its outcome. */
  files: OwnFileReport[];
  /** Records of other datasets left out because the reader's files lack what they refer to. */
  elsewhere: { dataset: DatasetName; count: number }[];
  /** Other datasets that cannot be used any more because of the reader's files. */
  unusable: DatasetName[];
}

/** "pairings.json", "data/pairings.json" or "Pairings (2).json" → "pairings". */
export function datasetForFileName(fileName: string): DatasetName | null {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  const stem = base
    .replace(/\.json$/, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
  return (DATASET_NAMES as readonly string[]).includes(stem) ? (stem as DatasetName) : null;
}

const tooLarge = (name: DatasetName, bytes: number): LoadResult<never> => ({
  ok: false,
  errors: [
    {
      file: `data/${name}.json`,
      record: null,
      field: null,
      reason: { code: 'too-large', bytes, max: MAX_DATASET_BYTES },
    },
  ],
});

/**
 * Validates the reader's files with the same schemas and cross-file checks as the bundled
 * data, then redraws the atlas from those that pass. A file that fails — too large, not JSON,
 * not in the dataset's format, or contradicting itself once set beside the other datasets —
 * is refused and replaces nothing. Files stay in memory: nothing is uploaded or stored.
 */
export async function loadOwnData(files: readonly OwnFile[]): Promise<OwnDataReport> {
  const outcomes: OwnFileOutcome[] = [];
  const picked = new Map<DatasetName, number>();
  const parsed: Results = {};
  for (const [i, f] of files.entries()) {
    const dataset = datasetForFileName(f.name);
    if (!dataset) {
      outcomes.push({ kind: 'unknown' });
      continue;
    }
    const first = picked.get(dataset);
    if (first !== undefined) {
      outcomes.push({ kind: 'duplicate', dataset, by: files[first]!.name });
      continue;
    }
    picked.set(dataset, i);
    const r =
      f.size > MAX_DATASET_BYTES
        ? tooLarge(dataset, f.size)
        : parseDatasetText(dataset, await f.text());
    (parsed as Record<string, unknown>)[dataset] = r;
    // Provisional: a parsed file may still be refused by the cross-file checks below.
    outcomes.push(
      r.ok
        ? { kind: 'used', dataset, leftOut: 0 }
        : { kind: 'refused', dataset, errors: r.errors, stage: 'read' },
    );
  }

  // A file the cross-file checks would fail is refused too, and the rest checked again
  // without it (it may have been what another file referred to).
  const accepted: Results = {};
  for (const name of DATASET_NAMES) {
    if (parsed[name]?.ok) (accepted as Record<string, unknown>)[name] = parsed[name];
  }
  for (let round = 0; round < DATASET_NAMES.length; round++) {
    const preview = previewResults(accepted);
    const failing = DATASET_NAMES.filter((n) => accepted[n] && preview[n]?.status === 'error');
    if (failing.length === 0) break;
    for (const name of failing) {
      const s = preview[name];
      const at = outcomes.findIndex((o) => o.kind === 'used' && o.dataset === name);
      outcomes[at] = {
        kind: 'refused',
        dataset: name,
        errors: s?.status === 'error' ? s.errors : [],
        stage: 'cross',
      };
      delete accepted[name];
    }
  }

  const usedNames = new Set(DATASET_NAMES.filter((n) => accepted[n]));
  const settled = usedNames.size > 0 ? applyResults(accepted) : {};
  const elsewhere = new Map<DatasetName, number>();
  const unusable: DatasetName[] = [];
  for (const name of DATASET_NAMES) {
    const s = settled[name];
    if (!s || s.status === 'loading' || usedNames.has(name)) continue;
    if (s.status === 'error') {
      if (causesOf(s).some((c) => usedNames.has(c))) unusable.push(name);
      continue;
    }
    const caused = (s.leftOut ?? []).filter((l) => usedNames.has(l.cause));
    if (caused.length > 0) elsewhere.set(name, caused.length);
  }
  return {
    files: files.map((f, i) => {
      const o = outcomes[i]!;
      if (o.kind !== 'used') return { name: f.name, outcome: o };
      const s = settled[o.dataset];
      const leftOut = s && s.status === 'ready' ? (s.leftOut?.length ?? 0) : 0;
      return { name: f.name, outcome: { ...o, leftOut } };
    }),
    elsewhere: [...elsewhere].map(([dataset, count]) => ({ dataset, count })),
    unusable,
  };
}
