import { array, nullable, number, object, type Infer } from './kit';
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
  sourceIds,
});
export type Programme = Infer<typeof programme>;

export const pairing = object({
  id,
  east: party,
  west: party,
  programme: id,
  model: modelId,
  startYear: year,
  endYear: nullable(year),
  resources: array(resourceId, { max: 7 }),
  description: text,
  exemplars: array(text, { max: 50 }),
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
