/** Strings of the radar view. Keys start with "radar."; a key missing from English is a type error. */
export const radarZh = {} as const;

export const radarEn: Record<keyof typeof radarZh, string> = {};
