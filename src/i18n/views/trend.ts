/** Strings of the trend view. Keys start with "trend."; a key missing from English is a type error. */
export const trendZh = {} as const;

export const trendEn: Record<keyof typeof trendZh, string> = {};
