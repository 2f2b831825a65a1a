/** Strings of the timeline view. Keys start with "timeline."; a key missing from English is a type error. */
export const timelineZh = {} as const;

export const timelineEn: Record<keyof typeof timelineZh, string> = {};
