import { describe, expect, it } from 'vitest';
import {
  hubParam,
  parseHubParam,
  buildHubMatrix,
  selectionKey,
  selectionTouches,
  splitName,
} from '../../../../src/views/hub/build-hub-model';
import { fullHub } from '../../../fixtures/datasets';

describe('hub matrix', () => {
  it('puts bottlenecks in rows and paths in columns, in file order', () => {
    const m = buildHubMatrix(fullHub());
    expect(m.rows.map((r) => r.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(m.columns.map((c) => c.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(m.cells).toHaveLength(4);
    expect(m.cells.every((row) => row.length === 4)).toBe(true);
  });

  it('fills exactly the cells the links support, keeping every passage of a pair', () => {
    const m = buildHubMatrix(fullHub());
    const filled = m.cells.map((row) => row.map((c) => c.links.length));
    expect(filled).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 0, 1],
    ]);
    expect(m.cells[2]![2]!.links.map((l) => l.quote.zh)).toEqual(['职教集团', '四大机制']);
    expect(m.orphans).toEqual([]);
  });

  it('reports links that name no known bottleneck or path instead of drawing them', () => {
    const hub = fullHub();
    hub.links.push({ bottleneck: 'b9', path: 'p1', quote: hub.links[0]!.quote });
    const m = buildHubMatrix(hub);
    expect(m.orphans.map((l) => l.bottleneck)).toEqual(['b9']);
    expect(m.cells.flat().reduce((n, c) => n + c.links.length, 0)).toBe(5);
  });

  it('shortens path names at the first full-width comma or colon, not at an ASCII comma', () => {
    expect(splitName('高站位规划，打造中部区域职业教育中心样板')).toEqual({
      short: '高站位规划',
      rest: '打造中部区域职业教育中心样板',
    });
    expect(splitName('High-level planning: make Zhengzhou the model').short).toBe(
      'High-level planning',
    );
    expect(splitName('“Scattered, short, small” hard to resolve').short).toBe(
      '“Scattered, short, small” hard to resolve',
    );
    expect(splitName('供需链难畅')).toEqual({ short: '供需链难畅', rest: null });
  });

  it('knows which headers and cells a selection touches', () => {
    const link = { kind: 'link', bottleneck: 'b3', path: 'p3' } as const;
    expect(selectionTouches(link, { bottleneck: 'b3' })).toBe(true);
    expect(selectionTouches(link, { path: 'p3' })).toBe(true);
    expect(selectionTouches(link, { bottleneck: 'b3', path: 'p1' })).toBe(false);
    expect(selectionTouches({ kind: 'path', id: 'p2' }, { bottleneck: 'b1', path: 'p2' })).toBe(
      true,
    );
    expect(selectionTouches(null, { path: 'p2' })).toBe(false);
    expect(selectionKey(link)).toBe('link:b3>p3');
    expect(selectionKey({ kind: 'chain', id: 'c1' })).toBe('chain:c1');
  });
});

describe('the hub selection in the URL', () => {
  const hub = {
    bottlenecks: [{ id: 'roads' }, { id: 'shared' }],
    paths: [{ id: 'planning' }, { id: 'shared' }],
    chains: [{ id: 'talent' }],
  } as unknown as Parameters<typeof parseHubParam>[1];

  it('round-trips every kind of selection', () => {
    for (const sel of [
      { kind: 'bottleneck', id: 'roads' },
      { kind: 'path', id: 'planning' },
      { kind: 'chain', id: 'talent' },
      { kind: 'link', bottleneck: 'roads', path: 'planning' },
    ] as const) {
      expect(parseHubParam(hubParam(sel), hub)).toEqual(sel);
    }
  });

  it('writes a cell as bottleneck.path', () => {
    expect(hubParam({ kind: 'link', bottleneck: 'roads', path: 'planning' })).toBe(
      'roads.planning',
    );
  });

  it('reads an id shared by two lists as the bottleneck, and nothing for what the data lacks', () => {
    expect(parseHubParam('shared', hub)).toEqual({ kind: 'bottleneck', id: 'shared' });
    expect(parseHubParam('nope', hub)).toBeNull();
    expect(parseHubParam('roads.nope', hub)).toBeNull();
    expect(parseHubParam('planning.roads', hub)).toBeNull();
    expect(parseHubParam(null, hub)).toBeNull();
  });
});
