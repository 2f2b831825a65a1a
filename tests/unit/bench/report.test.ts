import { describe, expect, it } from 'vitest';
import { aggregate, TARGETS } from '../../bench/lib/report.mjs';

const changes = (ms: number[], ok = true) =>
  ms.map((frameMs) => ({ ok, frameMs, paintMs: frameMs + 10 }));

describe('aggregate', () => {
  it('takes medians over runs and pools the year changes of all runs', () => {
    const a = aggregate([
      {
        bytes: 100,
        byKind: { js: 60, data: 40 },
        allViewsMs: 1000,
        heapBytes: 10,
        yearChange: { linked: ['map', 'trend'], samples: changes([10, 20, 30]) },
      },
      {
        bytes: 300,
        byKind: { js: 80 },
        allViewsMs: 3000,
        heapBytes: 30,
        yearChange: { linked: ['map', 'trend', 'timeline'], samples: changes([40, 50]) },
      },
      {
        bytes: 200,
        byKind: { js: 70, data: 50 },
        allViewsMs: null,
        heapBytes: 20,
        missing: ['hub'],
        yearChange: { linked: ['map'], samples: changes([1000], false) },
      },
    ]);
    expect(a.runs).toBe(3);
    expect(a.bytes).toBe(200);
    expect(a.byKind).toEqual({ data: 40, js: 70 });
    // The run where not every view rendered does not count towards the render time.
    expect(a.allViewsMs).toBe(2000);
    expect(a.allViewsRuns).toBe(2);
    expect(a.notRendered).toEqual(['hub']);
    expect(a.heapBytes).toBe(20);
    // 10, 20, 30, 40, 50 pooled; the timed-out change is counted apart, not as a sample.
    expect(a.yearChange.samples).toBe(6);
    expect(a.yearChange.timeouts).toBe(1);
    expect(a.yearChange.p50Ms).toBe(30);
    expect(a.yearChange.p95Ms).toBe(48);
    expect(a.yearChange.paintP50Ms).toBe(40);
    expect(a.yearChange.linked).toEqual(['map', 'timeline', 'trend']);
  });

  it('is empty-safe', () => {
    const a = aggregate([]);
    expect(a.bytes).toBeNull();
    expect(a.yearChange.p95Ms).toBeNull();
  });
});

describe('targets', () => {
  it('are the issue’s', () => {
    expect(TARGETS).toEqual({
      transferRatio: 0.35,
      firstScreenBytes: 360 * 1024,
      renderRatio4x: 0.5,
      yearP95Ms1x: 33,
      lighthousePerformance: 95,
      lighthouseAccessibility: 100,
    });
  });
});
