// Types of geo-full.mjs for the TypeScript unit tests (tests/unit/bench).
export interface GeoFeature {
  type?: string;
  properties: Record<string, unknown>;
  geometry: unknown;
}
export function toAtlasGeo<T extends { type: string; features: GeoFeature[] }>(
  level1: T,
): T & { features: GeoFeature[] };
export function level1Path(): string;
export function fullDetailChinaJson(): string;
