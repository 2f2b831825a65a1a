/**
 * Collision-aware placement of the map's place names: each name, the most important first, goes
 * to the first spot around its mark (below, above, right, left; its usual one first) that
 * overlaps no name placed before it, and is left out when no spot is free. Pure: the chart
 * gives the marks' pixels and the names' sizes (MapChart), the names layer draws the spots.
 */

/** A box in chart pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a name goes around its mark: beside it, or off one of its corners. */
export type Spot =
  'bottom' | 'top' | 'right' | 'left' | 'bottomRight' | 'bottomLeft' | 'topRight' | 'topLeft';
const SPOTS: readonly Spot[] = [
  'bottom',
  'top',
  'right',
  'left',
  'bottomRight',
  'bottomLeft',
  'topRight',
  'topLeft',
];

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** The box of a name of `size` at `spot` around `mark`, `distance` away. */
export function boxAt(
  mark: Box,
  size: { width: number; height: number },
  spot: Spot,
  distance: number,
): Box {
  const cx = mark.x + mark.width / 2;
  const cy = mark.y + mark.height / 2;
  switch (spot) {
    case 'bottom':
      return { x: cx - size.width / 2, y: mark.y + mark.height + distance, ...size };
    case 'top':
      return { x: cx - size.width / 2, y: mark.y - distance - size.height, ...size };
    case 'right':
      return { x: mark.x + mark.width + distance, y: cy - size.height / 2, ...size };
    case 'left':
      return { x: mark.x - distance - size.width, y: cy - size.height / 2, ...size };
    case 'bottomRight':
      return { x: mark.x + mark.width + distance, y: mark.y + mark.height + distance, ...size };
    case 'bottomLeft':
      return {
        x: mark.x - distance - size.width,
        y: mark.y + mark.height + distance,
        ...size,
      };
    case 'topRight':
      return { x: mark.x + mark.width + distance, y: mark.y - distance - size.height, ...size };
    case 'topLeft':
      return { x: mark.x - distance - size.width, y: mark.y - distance - size.height, ...size };
  }
}

/**
 * The first free spot for a name (its preferred one first, then below, above, right, left, then off
 * its corners) and
 * its box, or null when every spot overlaps a name in `placed` (with `gap` between names).
 */
export function placeLabel(
  mark: Box,
  size: { width: number; height: number },
  placed: readonly Box[],
  opts: { prefer?: Spot; distance: number; gap: number },
): { spot: Spot; box: Box } | null {
  const order = opts.prefer ? [opts.prefer, ...SPOTS.filter((s) => s !== opts.prefer)] : SPOTS;
  for (const spot of order) {
    const box = boxAt(mark, size, spot, opts.distance);
    if (!placed.some((p) => overlaps(p, box, opts.gap))) return { spot, box };
  }
  return null;
}

/** A name to place: its mark's centre in chart pixels, its box's size, its usual spot. */
export interface NameToPlace {
  key: string;
  at: readonly [number, number];
  size: { width: number; height: number };
  prefer?: Spot;
  /** The mark's size, when not `opts.mark` (the hub's diamond). */
  mark?: number;
}

/**
 * Places names in the given order (the most important first): each at the first free spot
 * around its mark (`placeLabel`), or null (left out) when none is. Returns each key's spot and
 * the boxes placed.
 */
export function placeNames(
  names: readonly NameToPlace[],
  opts: { mark: number; distance: number; gap: number },
): { spots: Map<string, Spot | null>; boxes: Box[] } {
  const spots = new Map<string, Spot | null>();
  const boxes: Box[] = [];
  for (const n of names) {
    const side = n.mark ?? opts.mark;
    const mark = { x: n.at[0] - side / 2, y: n.at[1] - side / 2, width: side, height: side };
    const placed = placeLabel(mark, n.size, boxes, {
      prefer: n.prefer,
      distance: opts.distance,
      gap: opts.gap,
    });
    spots.set(n.key, placed?.spot ?? null);
    if (placed) boxes.push(placed.box);
  }
  return { spots, boxes };
}

/**
 * The ECharts label options that draw a name at `spot` around a mark `mark` px wide: a named
 * position beside it, or an offset from the mark's box with the text aligned away from it.
 */
export function spotLabel(spot: Spot, mark: number, distance: number) {
  const far = mark + distance;
  switch (spot) {
    case 'bottomRight':
      return { position: [far, far], align: 'left', verticalAlign: 'top' };
    case 'bottomLeft':
      return { position: [-distance, far], align: 'right', verticalAlign: 'top' };
    case 'topRight':
      return { position: [far, -distance], align: 'left', verticalAlign: 'bottom' };
    case 'topLeft':
      return { position: [-distance, -distance], align: 'right', verticalAlign: 'bottom' };
    default:
      return { position: spot, distance };
  }
}
