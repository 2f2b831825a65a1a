import { describe, expect, it } from 'vitest';
import {
  boxAt,
  placeLabel,
  placeNames,
  spotLabel,
  type Box,
} from '../../../../src/views/map/label-placement';

const mark = (x: number, y: number): Box => ({ x: x - 2, y: y - 2, width: 4, height: 4 });
const size = { width: 30, height: 14 };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('map name placement', () => {
  it('puts a name at its usual spot when free, else at the next free spot around its mark', () => {
    const opts = { distance: 2, gap: 1 };
    expect(placeLabel(mark(100, 100), size, [], opts)!.spot).toBe('bottom');
    expect(placeLabel(mark(100, 100), size, [], { ...opts, prefer: 'right' })!.spot).toBe('right');
    const below = boxAt(mark(100, 100), size, 'bottom', 2);
    const next = placeLabel(mark(100, 100), size, [below], opts)!;
    expect(next.spot).toBe('top');
    expect(overlap(next.box, below)).toBe(false);
  });

  it('leaves a name out when every spot around its mark is taken', () => {
    const m = mark(100, 100);
    const taken = (
      [
        'bottom',
        'top',
        'right',
        'left',
        'bottomRight',
        'bottomLeft',
        'topRight',
        'topLeft',
      ] as const
    ).map((s) => boxAt(m, size, s, 2));
    expect(placeLabel(m, size, taken, { distance: 2, gap: 1 })).toBeNull();
  });

  it('places a crowd of names with no two overlapping, the first ones at their usual spots', () => {
    // Twenty marks 10 px apart on a line: many names cannot all fit.
    const names = Array.from({ length: 20 }, (_, i) => ({
      key: `p${i}`,
      at: [100 + i * 10, 100] as const,
      size,
    }));
    const { spots, boxes } = placeNames(names, { mark: 4, distance: 2, gap: 1 });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    expect(spots.get('p0')).toBe('bottom');
    expect(boxes.length).toBeGreaterThan(4);
    expect([...spots.values()].filter((s) => s === null).length).toBe(20 - boxes.length);
  });

  it('draws a corner spot as an offset from the mark with the text aligned away from it', () => {
    expect(spotLabel('bottom', 4, 2)).toEqual({ position: 'bottom', distance: 2 });
    expect(spotLabel('topLeft', 4, 2)).toEqual({
      position: [-2, -2],
      align: 'right',
      verticalAlign: 'bottom',
    });
    // The box the placement reserved for that corner is where ECharts draws it.
    const b = boxAt({ x: 0, y: 0, width: 4, height: 4 }, size, 'bottomRight', 2);
    expect([b.x, b.y]).toEqual(spotLabel('bottomRight', 4, 2).position);
  });
});
