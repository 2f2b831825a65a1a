import { array, nullable, number, object, oneOf, optional, type Infer } from './kit';
import { adcode, id, modelId, sourceIds, text } from './common';

export const VIEW_IDS = ['map', 'trend', 'timeline', 'radar', 'hub'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/**
 * What a step's caption talks about, to mark on its visual: the paper's claim checked on the
 * trend, the radar dimensions it names, the part of the Zhengzhou argument.
 */
export const storyFocus = object({
  claim: optional(id),
  dimensions: optional(array(id, { max: 8 })),
  hub: optional(oneOf(['bottlenecks', 'paths'] as const)),
});
export type StoryFocus = Infer<typeof storyFocus>;

export const storyStep = object({
  id,
  view: oneOf(VIEW_IDS),
  state: object({
    year: optional(number({ integer: true, min: 1949, max: 2100 })),
    models: optional(array(modelId, { max: 3 })),
    programme: optional(id),
    province: optional(adcode),
    pairing: optional(id),
    /** The document the step talks about, selected (marked) on the timeline. */
    policy: optional(id),
  }),
  /** What the caption claims, marked on the step's visual (presenter slides). */
  focus: optional(storyFocus),
  title: text,
  caption: text,
  notes: nullable(text),
  sourceIds,
});
export type StoryStep = Infer<typeof storyStep>;

export const storyFile = object({ steps: array(storyStep, { min: 1, max: 100 }) });
export type StoryFile = Infer<typeof storyFile>;
