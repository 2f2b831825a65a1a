// Types of stats.mjs for the TypeScript unit tests (tests/unit/bench).
export type Verdict = 'met' | 'missed' | 'unknown';
export function percentile(values: readonly number[], p: number): number | null;
export function median(values: readonly number[]): number | null;
export function ratio(
  atlas: number | null | undefined,
  peer: number | null | undefined,
): number | null;
export function formatBytes(bytes: number | null | undefined): string;
export function formatMs(ms: number | null | undefined): string;
export function formatRatio(r: number | null | undefined): string;
export function escapeCell(cell: unknown): string;
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string;
export function textTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string;
export function verdict(value: number | null | undefined, op: '<=' | '>=', limit: number): Verdict;
export function allOf(verdicts: readonly Verdict[]): Verdict;
export function summary(values: readonly number[]): {
  n: number;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
};
export function growthExponent(
  n1: number,
  y1: number | null,
  n2: number,
  y2: number | null,
): number | null;
export function yearSequence(count: number, min: number, max: number, from: number): number[];
