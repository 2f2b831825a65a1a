import { DATASET_NAMES, type DatasetName } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { parseDatasetText, type LoadResult } from '../data/load';
import { applyResults, type Results } from './load-datasets';

/** A file the reader dropped or picked, already read as text. */
export interface OwnFile {
  name: string;
  text: string;
}

export interface OwnDataReport {
  /** Datasets replaced by the reader's files. */
  replaced: DatasetName[];
  /** Files whose name matches no dataset (e.g. "notes.txt"). */
  unknown: string[];
  /** Every problem, by file and path. */
  errors: DatasetError[];
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

/**
 * Validates the reader's files with the same schemas and cross-file checks as the bundled
 * data, then redraws the atlas from them. Files stay in memory: nothing is uploaded or stored.
 * A file that fails leaves its view showing the errors; the others redraw.
 */
export function loadOwnData(files: readonly OwnFile[]): OwnDataReport {
  const replacement: Results = {};
  const replaced: DatasetName[] = [];
  const unknown: string[] = [];
  for (const f of files) {
    const name = datasetForFileName(f.name);
    if (!name) {
      unknown.push(f.name);
      continue;
    }
    (replacement as Record<string, LoadResult<unknown>>)[name] = parseDatasetText(name, f.text);
    replaced.push(name);
  }
  const settled = applyResults(replacement);
  const errors = replaced.flatMap((n) => {
    const s = settled[n];
    return s?.status === 'error' ? s.errors : [];
  });
  return { replaced, unknown, errors };
}
