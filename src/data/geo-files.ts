/**
 * The map geometry files under data/geo/ (GeoJSON, checked in full by the map when read). Kept
 * here, outside the map's folder, because the shell fetches the national file early and the URL
 * codec accepts a drill-down only into a province that has a prefecture file.
 */

/** The national geometry the map draws on (the shell fetches it early, see ViewDef.preload). */
export const CHINA_GEO_FILE = 'data/geo/china.json';

/** Provinces with a prefecture file, data/geo/<adcode>.json: those whose pairings name prefectures. */
export const DRILL_PROVINCES = ['650000', '520000'] as const;
export type DrillProvince = (typeof DRILL_PROVINCES)[number];

export const isDrillProvince = (adcode: string | null): adcode is DrillProvince =>
  (DRILL_PROVINCES as readonly string[]).includes(adcode ?? '');

/** The prefecture file of a province. */
export const prefectureGeoFile = (province: DrillProvince) => `data/geo/${province}.json`;
