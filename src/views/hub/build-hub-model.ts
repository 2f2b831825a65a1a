import type { Text } from '../../data/schema/common';
import type { HubFile, HubItem, HubPath } from '../../data/schema/hub';

/** One link of the paper: a path that answers a bottleneck, with the passage that says so. */
export type HubLink = HubFile['links'][number];

/** One cell of the bottleneck × path matrix: the links the text gives for that pair. */
export interface MatrixCell {
  bottleneck: HubItem;
  path: HubPath;
  links: HubLink[];
}

/** The matrix: rows = bottlenecks, columns = paths, both in file order. */
export interface HubMatrix {
  rows: HubItem[];
  columns: HubPath[];
  cells: MatrixCell[][];
  /** Links whose ids match no row or column (the cross-check rejects these at load). */
  orphans: HubLink[];
}

/**
 * Builds the bottleneck × path matrix from hub.links: a cell holds every link for its pair, so
 * a filled cell is exactly a link the text supports. Pure.
 */
export function buildHubMatrix(hub: HubFile): HubMatrix {
  const rows = hub.bottlenecks;
  const columns = hub.paths;
  const cells = rows.map((b) =>
    columns.map((p) => ({
      bottleneck: b,
      path: p,
      links: hub.links.filter((l) => l.bottleneck === b.id && l.path === p.id),
    })),
  );
  const rowIds = new Set(rows.map((r) => r.id));
  const colIds = new Set(columns.map((c) => c.id));
  const orphans = hub.links.filter((l) => !rowIds.has(l.bottleneck) || !colIds.has(l.path));
  return { rows, columns, cells, orphans };
}

/**
 * The short name of a path for headers: the part before the first full-width
 * comma or colon ("高站位规划，打造…" → "高站位规划"; "High-level planning: make…" → "High-level
 * planning"), and the rest as a subtitle. Names without a separator are kept whole.
 */
export function splitName(name: string): { short: string; rest: string | null } {
  // Not the ASCII comma: “Scattered, short, small” is one name.
  const m = /^(.+?)\s*[，:：]\s*(.+)$/.exec(name);
  if (!m) return { short: name, rest: null };
  return { short: m[1]!, rest: m[2]! };
}

/** splitName for both languages of a data label. */
export const shortText = (t: Text): Text => ({
  zh: splitName(t.zh).short,
  en: splitName(t.en).short,
});

/** What is selected in the hub view (in the store and the URL as `hubParam`). */
export type HubSelection =
  | { kind: 'bottleneck'; id: string }
  | { kind: 'path'; id: string }
  | { kind: 'chain'; id: string }
  | { kind: 'link'; bottleneck: string; path: string };

/** Whether a matrix row, column or cell is part of the selection (for highlighting). */
export function selectionTouches(
  sel: HubSelection | null,
  where: { bottleneck?: string; path?: string },
): boolean {
  if (!sel) return false;
  if (sel.kind === 'bottleneck') return where.bottleneck === sel.id;
  if (sel.kind === 'path') return where.path === sel.id;
  if (sel.kind === 'link') {
    return (
      (where.bottleneck === undefined || where.bottleneck === sel.bottleneck) &&
      (where.path === undefined || where.path === sel.path)
    );
  }
  return false;
}

/**
 * The selection as the URL's `hub` parameter: an id, or `<bottleneck>.<path>` for a cell
 * (ids never contain a dot).
 */
export function hubParam(sel: HubSelection): string {
  return sel.kind === 'link' ? `${sel.bottleneck}.${sel.path}` : sel.id;
}

/**
 * Reads the `hub` parameter against the data: a cell when both ids exist, else the bottleneck,
 * path or chain with that id (looked up in that order); null when the data has no such thing.
 */
export function parseHubParam(
  param: string | null,
  hub: Pick<HubFile, 'bottlenecks' | 'paths' | 'chains'>,
): HubSelection | null {
  if (!param) return null;
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
  const [first = '', second] = param.split('.');
  if (second !== undefined) {
    return has(hub.bottlenecks, first) && has(hub.paths, second)
      ? { kind: 'link', bottleneck: first, path: second }
      : null;
  }
  if (has(hub.bottlenecks, first)) return { kind: 'bottleneck', id: first };
  if (has(hub.paths, first)) return { kind: 'path', id: first };
  if (has(hub.chains, first)) return { kind: 'chain', id: first };
  return null;
}

/** Encodes a selection as a stable string key (for React keys and test attributes). */
export function selectionKey(sel: HubSelection | null): string {
  if (!sel) return '';
  return sel.kind === 'link' ? `link:${sel.bottleneck}>${sel.path}` : `${sel.kind}:${sel.id}`;
}
