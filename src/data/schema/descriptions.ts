import { array, object, type Infer } from './kit';
import { id, text } from './common';

/**
 * What a relationship of pairings.json is, in words, and its exemplar institutions and cases.
 * Kept apart from pairings.json because only the map's detail panel reads them: the map's
 * first screen loads the relationships without their texts.
 */
export const pairingDescription = object({
  /** The pairing's id in pairings.json. */
  id,
  description: text,
  exemplars: array(text, { max: 50 }),
});
export type PairingDescription = Infer<typeof pairingDescription>;

export const descriptionsFile = object({
  pairings: array(pairingDescription, { min: 1, max: 50_000 }),
});
export type DescriptionsFile = Infer<typeof descriptionsFile>;
