import type { Issue, Path, Reason } from './schema/kit';

/**
 * A problem with one dataset, precise enough to fix: which file, which record (its id when it
 * has one, else its position), which field, and why. Rendered in the reader's language by
 * `describeDatasetError`.
 */
export interface DatasetError {
  file: string;
  /** The record's id, or "#12" for the thirteenth element; null for file-level problems. */
  record: string | null;
  /** Dotted path to the field inside the record, or null. */
  field: string | null;
  reason: Reason;
}

/** Finds the record a path points into: the first array element on the path. */
export function locate(root: unknown, path: Path): { record: string | null; field: string | null } {
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number') {
      const el = Array.isArray(node) ? (node[key] as unknown) : undefined;
      const elId =
        el && typeof el === 'object' && typeof (el as { id?: unknown }).id === 'string'
          ? ((el as { id: string }).id.slice(0, 80) as string)
          : null;
      const rest = path.slice(i + 1).join('.');
      return { record: elId ?? `#${key}`, field: rest || null };
    }
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return { record: null, field: path.join('.') || null };
}

export function issueToError(file: string, root: unknown, issue: Issue): DatasetError {
  return { file, ...locate(root, issue.path), reason: issue.reason };
}
