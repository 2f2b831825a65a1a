/** Strings of the hub view. Keys start with "hub."; a key missing from English is a type error. */
export const hubZh = {} as const;

export const hubEn: Record<keyof typeof hubZh, string> = {};
