import { array, nullable, number, object, oneOf, type Infer } from './kit';
import { confidence, id, modelId, quote, resourceId, sourceIds, text } from './common';

const year = number({ integer: true, min: 1949, max: 2100 });

export const model = object({
  id: modelId,
  name: text,
  period: object({ startYear: year, endYear: nullable(year), label: text }),
  definition: quote,
  actors: text,
  flow: text,
  resources: array(resourceId, { max: 7 }),
  depth: text,
  representatives: quote,
  programmes: array(id, { max: 100 }),
  /** The relationships the paper itself names as this model's representatives (pairings.json ids). */
  pairingIds: array(id, { max: 100 }),
  /** Further relationships the atlas chose to illustrate the model; the paper does not name them. */
  examplePairingIds: array(id, { max: 100 }),
  policyIds: array(id, { max: 200 }),
  limits: array(quote, { max: 20 }),
  sourceIds,
});
export type Model = Infer<typeof model>;

export const dimension = object({
  id,
  name: text,
  /**
   * `paper`: one of the axes the paper classifies the models by; `atlas`: a dimension the atlas
   * added to read the paper's descriptions (the radar labels it as added).
   */
  origin: oneOf(['paper', 'atlas'] as const),
  description: text,
  /** What scores 1..5 mean, in order. */
  rubric: array(text, { min: 5, max: 5 }),
  basis: quote,
});
export type Dimension = Infer<typeof dimension>;

export const score = object({
  model: modelId,
  dimension: id,
  score: number({ integer: true, min: 1, max: 5 }),
  /** How sure the atlas is of its own reading (scores are the atlas's, not the paper's). */
  confidence,
  /** One line: why this level of the rubric, in the atlas's words. */
  reason: text,
  quote,
  note: nullable(text),
});
export type Score = Infer<typeof score>;

export const modelsFile = object({
  models: array(model, { min: 1, max: 10 }),
  dimensions: array(dimension, { min: 3, max: 20 }),
  scores: array(score, { min: 1, max: 200 }),
});
export type ModelsFile = Infer<typeof modelsFile>;
