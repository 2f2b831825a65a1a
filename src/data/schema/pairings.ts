import { array, boolean, nullable, number, object, optional, string, type Infer } from './kit';
import { adcode, confidence, id, modelId, resourceId, sourceIds, text } from './common';

const year = number({ integer: true, min: 1949, max: 2100 });

export const party = object({
  /** Province-level adcode. */
  adcode,
  /** City or prefecture, when the relationship is finer than provinces. */
  place: nullable(object({ adcode: nullable(adcode), name: text })),
  institution: nullable(text),
});
export type Party = Infer<typeof party>;

export const programme = object({
  id,
  name: text,
  startYear: year,
  endYear: nullable(year),
  /**
   * How the atlas gives a model to this programme's relationships when no source classifies
   * them (an interpretation, shown with every relationship flagged `modelByRule`), or null.
   */
  modelRule: nullable(text),
  sourceIds,
});
export type Programme = Infer<typeof programme>;

/** The earliest year a cited source shows the relationship in place, and that source. */
export const firstDocumented = object({
  year,
  sourceId: string({ minLength: 1, maxLength: 120 }),
});
export type FirstDocumented = Infer<typeof firstDocumented>;

export const pairing = object({
  id,
  east: party,
  west: party,
  programme: id,
  model: modelId,
  /**
   * True when `model` is the atlas's by its programme's `modelRule`, not a source's
   * classification; absent otherwise (the map loads this file first, so it stays small).
   */
  modelByRule: optional(boolean()),
  /** When the relationship began, as a source states it; null when no source does. */
  startYear: nullable(year),
  /** Why the start is unknown (required when `startYear` is null), or how it was read. */
  startNote: nullable(text),
  /**
   * Never later than its source's date, never before `startYear`. A relationship of unknown
   * start is drawn from this year, with the caveat shown.
   */
  firstDocumented,
  endYear: nullable(year),
  resources: array(resourceId, { max: 7 }),
  /** Where the atlas reads more into the sources than they say (shown flagged). */
  interpretation: nullable(text),
  confidence,
  sourceIds,
});
export type Pairing = Infer<typeof pairing>;

export const pairingsFile = object({
  programmes: array(programme, { min: 1, max: 500 }),
  pairings: array(pairing, { min: 1, max: 50_000 }),
});
export type PairingsFile = Infer<typeof pairingsFile>;

/** The first year a relationship is drawn in: its start, else the year it was first documented. */
export const shownFrom = (p: Pick<Pairing, 'startYear' | 'firstDocumented'>): number =>
  p.startYear ?? p.firstDocumented.year;
