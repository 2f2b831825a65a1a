// Types of report.mjs for the TypeScript unit tests (tests/unit/bench).
export const TARGETS: {
  transferRatio: number;
  firstScreenBytes: number;
  renderRatio4x: number;
  yearP95Ms1x: number;
  lighthousePerformance: number;
  lighthouseAccessibility: number;
};

export interface RunInput {
  bytes?: number;
  byKind?: Record<string, number>;
  allViewsMs?: number | null;
  heapBytes?: number | null;
  fps?: number | null;
  missing?: string[];
  failed?: string[];
  yearChange?: {
    linked: string[];
    samples: { ok: boolean; frameMs: number; paintMs: number }[];
  };
}

export function aggregate(runs: RunInput[]): {
  runs: number;
  bytes: number | null;
  byKind: Record<string, number | null>;
  allViewsMs: number | null;
  allViewsRuns: number;
  notRendered: string[];
  heapBytes: number | null;
  fps: number | null;
  yearChange: {
    linked: string[];
    samples: number;
    timeouts: number;
    p50Ms: number | null;
    p95Ms: number | null;
    maxMs: number | null;
    paintP50Ms: number | null;
    paintP95Ms: number | null;
  };
};
