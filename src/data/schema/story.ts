import { DRILL_PROVINCES } from '../geo-files';
import {
  array,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  type Infer,
  type Issue,
  type Path,
  type Schema,
} from './kit';
import { adcode, id, modelId, sourceIds, type Text } from './common';

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

/**
 * A step's words: both languages in the bundled talk (a data test holds it), but a reader's own
 * talk may be written in one only; the other then shows it, marked as the other language.
 */
const stepText: Schema<Text> = {
  check(v: unknown, path: Path, issues: Issue[]) {
    const loose = object({
      zh: string({ maxLength: 4000 }),
      en: string({ maxLength: 4000 }),
    }).check(v, path, issues);
    if (!loose) return undefined;
    if (!loose.zh.trim() && !loose.en.trim()) {
      issues.push({ path: [...path, 'zh'], reason: { code: 'required' } });
      return undefined;
    }
    return loose;
  },
  json: () => ({
    type: 'object',
    properties: {
      zh: { type: 'string', maxLength: 4000 },
      en: { type: 'string', maxLength: 4000 },
    },
    required: ['zh', 'en'],
    anyOf: [{ properties: { zh: { pattern: '\\S' } } }, { properties: { en: { pattern: '\\S' } } }],
    description: 'Either language may be empty, not both.',
  }),
};

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
    // The rest of what a reader can set, as a step of their own talk records it (the URL's rules).
    shade: optional(oneOf(['region', 'gdp', 'pairings'] as const)),
    overlay: optional(oneOf(['hub'] as const)),
    drill: optional(oneOf(DRILL_PROVINCES)),
    series: optional(
      array(oneOf(['centralEast', 'northeastEast', 'westShare'] as const), { max: 3 }),
    ),
    hub: optional(
      string({
        pattern: /^[a-z0-9][a-z0-9-]{0,119}(\.[a-z0-9][a-z0-9-]{0,119})?$/,
        format: 'hub id or bottleneck.path',
        maxLength: 241,
      }),
    ),
  }),
  /** What the caption claims, marked on the step's visual (presenter slides). */
  focus: optional(storyFocus),
  title: stepText,
  caption: stepText,
  notes: nullable(stepText),
  sourceIds,
});
export type StoryStep = Infer<typeof storyStep>;

export const storyFile = object({ steps: array(storyStep, { min: 1, max: 100 }) });
export type StoryFile = Infer<typeof storyFile>;
