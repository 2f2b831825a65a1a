import { DATASET_NAMES, type DatasetMap, type DatasetName } from '../data/datasets';
import { checkAcrossFiles, type LeftOut } from '../data/leave-out';
import { fetchDataset, type LoadResult } from '../data/load';
import { setDataset } from './actions';
import type { DatasetState } from './store';

export type Results = { [K in DatasetName]?: LoadResult<DatasetMap[K]> };
type Settled = { [K in DatasetName]?: DatasetState<K> };

/**
 * Decides the final state of every file present in `results` from its own result and the
 * cross-file checks: a file with errors of its own fails; a record with a broken reference is
 * left out and the rest of its file is ready (see checkAcrossFiles). Files not present (not
 * fetched yet) are left out, and references into them are not checked yet — the check runs
 * again, with more files, as they arrive. `own` names the files that are the reader's.
 */
export function settle(results: Results, own: ReadonlySet<DatasetName> = new Set()): Settled {
  const loaded: Partial<DatasetMap> = {};
  for (const name of DATASET_NAMES) {
    const r = results[name];
    if (r?.ok) (loaded as Record<string, unknown>)[name] = r.data;
  }
  const checked = checkAcrossFiles(loaded);
  const out: Record<string, unknown> = {};
  for (const name of DATASET_NAMES) {
    const r = results[name];
    if (!r) continue;
    const c = checked[name];
    const extra = {
      ...(c && c.leftOut.length > 0 ? { leftOut: c.leftOut } : {}),
      ...(own.has(name) ? { own: true } : {}),
    };
    out[name] = !r.ok
      ? { status: 'error', errors: r.errors, ...extra }
      : !c!.ok
        ? { status: 'error', errors: c!.errors, ...extra }
        : { status: 'ready', data: c!.data, ...extra };
  }
  return out as Settled;
}

/** One key for a set of left-out records: the same key, the same data. */
const leftOutKey = (left: readonly LeftOut[] | undefined) =>
  (left ?? []).map((l) => `${l.list}\0${l.record}`).join('\n');

/**
 * The state to publish: the one published before when nothing changed for this file, so
 * that a file with records left out keeps the same data object as other files arrive (a new
 * copy each time would make its views recompute for nothing).
 */
function stable<K extends DatasetName>(
  before: DatasetState<K> | undefined,
  next: DatasetState<K>,
  sameSource: boolean,
): DatasetState<K> {
  if (!before || !sameSource || before.status !== next.status) return next;
  if (next.status !== 'ready' || before.status !== 'ready') return next;
  if (before.own !== next.own || leftOutKey(before.leftOut) !== leftOutKey(next.leftOut)) {
    return next;
  }
  return before;
}

/**
 * Datasets are fetched on demand — each view asks for what it needs when it comes into view —
 * so the first screen only pays for its own files. Every arrival re-runs the cross-file checks
 * over everything fetched so far and republishes the states to the store.
 */
const results: Results = {};
const requested = new Map<DatasetName, Promise<void>>();
/** The datasets that are the reader's own files (applyResults), until the next fetch of them. */
const own = new Set<DatasetName>();
/** What was last published for each file, and from which result. */
const published = new Map<DatasetName, { from: unknown; state: DatasetState<DatasetName> }>();

function publish(settled: Settled = settle(results, own)) {
  for (const name of DATASET_NAMES) {
    const s = settled[name] as DatasetState<DatasetName> | undefined;
    if (!s) continue;
    const before = published.get(name);
    const state = stable(before?.state, s, before?.from === results[name]);
    published.set(name, { from: results[name], state });
    if (state !== before?.state) setDataset(name, state as never);
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
          // The reader's own file, put in place while this fetch was under way, stays.
          if (own.has(name)) return;
          (results as Record<string, unknown>)[name] = r;
          publish();
        });
        requested.set(name, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/**
 * What the datasets would become with `replacement` in place of the current results, without
 * changing anything: lets the reader's files be checked against the rest before one is used.
 */
export function previewResults(replacement: Results): Settled {
  const names = DATASET_NAMES.filter((n) => replacement[n]);
  return settle({ ...results, ...replacement }, new Set([...own, ...names]));
}

/**
 * Puts results that did not come from the network in place: the reader's own files, or
 * (`own` false) data that stands for the bundled files, as in tests.
 */
export function applyResults(replacement: Results, opts: { own?: boolean } = {}): Settled {
  for (const name of DATASET_NAMES) {
    const r = replacement[name];
    if (!r) continue;
    (results as Record<string, unknown>)[name] = r;
    if (opts.own ?? true) own.add(name);
    else own.delete(name);
    if (!requested.has(name)) requested.set(name, Promise.resolve());
  }
  const settled = settle(results, own);
  publish(settled);
  return settled;
}

/** Forgets everything fetched (the store keeps what it shows until new results arrive). */
export function forgetDatasets() {
  requested.clear();
  own.clear();
  published.clear();
  for (const name of DATASET_NAMES) delete results[name];
}

/** Fetches every dataset again, e.g. to go back to the bundled data after the reader's own. */
export function loadDatasets(baseUrl: string = document.baseURI, fetchImpl: typeof fetch = fetch) {
  forgetDatasets();
  return ensureDatasets(DATASET_NAMES, baseUrl, fetchImpl);
}
