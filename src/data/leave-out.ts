import { crossCheck, type CrossProblem } from './cross-check';
import type { DatasetError } from './dataset-error';
import { DATASET_NAMES, datasetFile, type DatasetMap, type DatasetName } from './datasets';
import { parseDatasetJson } from './load';

/**
 * A record left out because it refers to something that is not there: the reader sees the
 * rest of its file, and is told how many records are missing and why.
 */
export interface LeftOut {
  /** The file the record was in. */
  file: DatasetName;
  /** The top-level list it was in ("pairings", "values", …). */
  list: string;
  /** Its id, or "#index". */
  record: string;
  /** The file that lacks what it refers to: most likely the one that changed. */
  cause: DatasetName;
  /** Its broken references. */
  problems: CrossProblem[];
  /**
   * True when what it refers to does exist, but was itself left out (a pairing whose
   * programme cites a missing source): `cause` is then that record's cause.
   */
  cascade: boolean;
}

/** The outcome of the cross-file checks for one file that parsed. */
export type Checked<K extends DatasetName> =
  | { ok: true; data: DatasetMap[K]; leftOut: LeftOut[] }
  /** Problems of its own (duplicate ids, …), or too little left once records were left out. */
  | { ok: false; errors: DatasetError[]; leftOut: LeftOut[] };

export type CheckedMap = { [K in DatasetName]?: Checked<K> };

const nameOf = (file: string) => DATASET_NAMES.find((n) => datasetFile(n) === file)!;
const canLeaveOut = (p: CrossProblem) => p.refersTo !== undefined && p.at !== undefined;

/** A copy of `file` without the records at `drop` (list → indices). */
function withoutRecords<T>(file: T, drop: Map<string, Set<number>>): T {
  const out = { ...file } as Record<string, unknown>;
  for (const [list, indices] of drop) {
    out[list] = (out[list] as unknown[]).filter((_, i) => !indices.has(i));
  }
  return out as T;
}

/**
 * Runs the cross-file checks over the loaded files and decides each file's fate. A record
 * holding a broken reference is left out, and so is a record that needs one left out (a
 * pairing needs its programme; a link, its path) — the views draw what remains. A file fails
 * only for problems of its own (duplicate ids, years out of range), for a broken reference of
 * the file as a whole (its own `sourceIds`), or when what remains no longer satisfies its
 * schema (every model left out). Pure.
 */
export function checkAcrossFiles(loaded: Partial<DatasetMap>): CheckedMap {
  const all = crossCheck(loaded);
  const failing = new Map<DatasetName, CrossProblem[]>();
  for (const p of all) {
    if (canLeaveOut(p)) continue;
    const name = nameOf(p.file);
    failing.set(name, [...(failing.get(name) ?? []), p]);
  }
  // Files that fail report everything found in them, broken references included.
  for (const p of all) {
    const name = nameOf(p.file);
    if (canLeaveOut(p) && failing.has(name)) failing.get(name)!.push(p);
  }

  const current: Partial<DatasetMap> = { ...loaded };
  const leftOut = new Map<DatasetName, LeftOut[]>();
  /** "file\0record" of every record left out → the file at the root of its removal. */
  const rootOf = new Map<string, DatasetName>();
  let round = all.filter((p) => canLeaveOut(p) && !failing.has(nameOf(p.file)));
  // Each round leaves records out; the next finds what needed them. Files form no long
  // chains (programme → pairing is the longest), so this ends in a few rounds.
  for (let r = 0; round.length > 0 && r < DATASET_NAMES.length; r++) {
    const byFile = new Map<DatasetName, Map<string, CrossProblem[]>>();
    for (const p of round) {
      const name = nameOf(p.file);
      const records = byFile.get(name) ?? new Map<string, CrossProblem[]>();
      const key = `${p.at!.list}\0${p.at!.index}`;
      records.set(key, [...(records.get(key) ?? []), p]);
      byFile.set(name, records);
    }
    for (const [name, records] of byFile) {
      const drop = new Map<string, Set<number>>();
      const list = leftOut.get(name) ?? [];
      for (const problems of records.values()) {
        const first = problems[0]!;
        const at = first.at!;
        const cause =
          r === 0
            ? first.refersTo!
            : (rootOf.get(
                `${first.refersTo}\0${first.reason.code === 'unknown-ref' ? first.reason.value : ''}`,
              ) ?? first.refersTo!);
        const record = first.record ?? `#${at.index}`;
        list.push({ file: name, list: at.list, record, cause, problems, cascade: r > 0 });
        rootOf.set(`${name}\0${record}`, cause);
        drop.set(at.list, (drop.get(at.list) ?? new Set()).add(at.index));
      }
      leftOut.set(name, list);
      (current as Record<string, unknown>)[name] = withoutRecords(current[name], drop);
    }
    round = crossCheck(current).filter(
      (p) => canLeaveOut(p) && !p.soft && !failing.has(nameOf(p.file)),
    );
  }

  const out: Record<string, unknown> = {};
  for (const name of DATASET_NAMES) {
    const data = current[name];
    if (!data) continue;
    const left = leftOut.get(name) ?? [];
    const own = failing.get(name);
    if (own) {
      out[name] = { ok: false, errors: own, leftOut: [] };
      continue;
    }
    if (left.length === 0) {
      out[name] = { ok: true, data, leftOut: left };
      continue;
    }
    // What remains is checked again at the boundary: the views trust their data's shape.
    const again = parseDatasetJson(name, data);
    out[name] = again.ok
      ? { ok: true, data: again.data, leftOut: left }
      : { ok: false, errors: again.errors, leftOut: left };
  }
  return out as CheckedMap;
}
