/** Strings of the map view. Keys start with "map."; a key missing from English is a type error. */
export const mapZh = {} as const;

export const mapEn: Record<keyof typeof mapZh, string> = {};
