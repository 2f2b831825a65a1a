import { DATASET_NAMES, datasetFile, type DatasetName } from '../data/datasets';
import type { CrossProblem } from '../data/cross-check';
import type { DatasetError } from '../data/dataset-error';
import type { LeftOut } from '../data/leave-out';
import type { DataSlice, DatasetState } from './store';

/** A file that could not be read or used for problems of its own. */
export interface UnreadableNotice {
  kind: 'unreadable';
  dataset: DatasetName;
  errors: DatasetError[];
  /** The reader's own file. */
  own: boolean;
}

/**
 * Entries that other files refer to are missing from `dataset`: most likely it changed. The
 * records referring to them were left out of their files (`leftOut`, counted per file), and
 * files left with too little are `unusable`.
 */
export interface MissingNotice {
  kind: 'missing';
  dataset: DatasetName;
  /** The missing ids, as the other files give them. */
  values: string[];
  leftOut: { dataset: DatasetName; count: number }[];
  unusable: DatasetName[];
  /** Every record left out, for the details. */
  records: LeftOut[];
  /** What the unusable files fail on once those records are gone. */
  errors: DatasetError[];
  /** Any file involved is the reader's own. */
  own: boolean;
  /**
   * The files that refer to the missing entries are all the reader's own, and `dataset` is
   * not: then those files, not `dataset`, are most likely what needs correcting.
   */
  referrersOwn: boolean;
}

export type DataNotice = UnreadableNotice | MissingNotice;

/**
 * What the top of the page says about the data, once per file at fault: a file that could not
 * be read, or a file that lacks entries the others refer to (with what was left out because of
 * it). With `only`, the notices that concern those datasets (an embed's view). Pure.
 */
export function dataNotices(
  datasets: DataSlice['datasets'],
  only?: readonly DatasetName[],
): DataNotice[] {
  const unreadable: UnreadableNotice[] = [];
  const missing = new Map<DatasetName, MissingNotice>();
  const missingOf = (cause: DatasetName) => {
    let n = missing.get(cause);
    if (!n) {
      n = {
        kind: 'missing',
        dataset: cause,
        values: [],
        leftOut: [],
        unusable: [],
        records: [],
        errors: [],
        own: isOwn(datasets[cause]),
        referrersOwn: false,
      };
      missing.set(cause, n);
    }
    return n;
  };
  for (const name of DATASET_NAMES) {
    const s = datasets[name];
    if (s.status === 'loading') continue;
    const left = s.leftOut ?? [];
    if (s.status === 'error') {
      const causes = causesOf(s);
      if (causes.length === 0) {
        unreadable.push({ kind: 'unreadable', dataset: name, errors: s.errors, own: !!s.own });
        continue;
      }
      for (const cause of causes) {
        const n = missingOf(cause);
        n.own ||= !!s.own;
        n.unusable.push(name);
        n.records.push(...left.filter((l) => l.cause === cause));
        n.errors.push(...s.errors.filter((e) => [undefined, cause].includes(refersTo(e))));
      }
      continue;
    }
    const counts = new Map<DatasetName, number>();
    for (const l of left) counts.set(l.cause, (counts.get(l.cause) ?? 0) + 1);
    for (const [cause, count] of counts) {
      const n = missingOf(cause);
      n.own ||= !!s.own;
      n.records.push(...left.filter((l) => l.cause === cause));
      n.leftOut.push({ dataset: name, count });
    }
  }
  for (const n of missing.values()) {
    const referrers = [...n.leftOut.map((l) => l.dataset), ...n.unusable];
    n.referrersOwn = !isOwn(datasets[n.dataset]) && referrers.every((d) => isOwn(datasets[d]));
    const values = n.records
      .filter((l) => !l.cascade)
      .flatMap((l) => l.problems)
      .flatMap((p) => (p.reason.code === 'unknown-ref' ? [p.reason.value] : []));
    n.values = [...new Set(values)];
  }
  const all: DataNotice[] = [...unreadable, ...missing.values()];
  if (!only) return all;
  const wanted = new Set(only);
  return all.filter(
    (n) =>
      wanted.has(n.dataset) ||
      (n.kind === 'missing' &&
        [...n.leftOut.map((l) => l.dataset), ...n.unusable].some((d) => wanted.has(d))),
  );
}

const isOwn = (s: DatasetState<DatasetName>) => s.status !== 'loading' && !!s.own;

/**
 * The files a failed file fails because of, when that is the only reason: the causes of its
 * records left out (too little was left), or the files its own citations point into. Empty
 * when it has problems of its own (it could not be read, or contradicts itself).
 */
export function causesOf(s: {
  errors: readonly DatasetError[];
  leftOut?: readonly LeftOut[];
}): DatasetName[] {
  if (s.leftOut && s.leftOut.length > 0) return [...new Set(s.leftOut.map((l) => l.cause))];
  const targets = s.errors.map(refersTo);
  if (targets.length === 0 || targets.includes(undefined)) return [];
  return [...new Set(targets as DatasetName[])];
}

/** The file a broken reference points into (the cross-file checks' errors say so). */
const refersTo = (e: DatasetError) => (e as CrossProblem).refersTo;

/** "data/sources.json" → "sources.json", as the reader sees file names. */
export const fileName = (name: DatasetName) => datasetFile(name).replace(/^data\//, '');
