import { array, object, oneOf, type Infer } from './kit';
import { adcode, id, quote, sourceIds, text } from './common';
import { lonLat } from './provinces';

export const hubItem = object({ id, name: text, quote });
export type HubItem = Infer<typeof hubItem>;

export const hubPath = object({ id, name: text, quote, measures: array(quote, { max: 30 }) });
export type HubPath = Infer<typeof hubPath>;

export const hubPlace = object({
  id,
  kind: oneOf(['hub', 'exemplar'] as const),
  name: text,
  coord: lonLat,
  adcode,
  quote,
});
export type HubPlace = Infer<typeof hubPlace>;

export const hubFile = object({
  context: array(quote, { max: 30 }),
  bottlenecks: array(hubItem, { min: 1, max: 20 }),
  paths: array(hubPath, { min: 1, max: 20 }),
  links: array(object({ path: id, bottleneck: id, quote }), { max: 100 }),
  chains: array(hubItem, { max: 20 }),
  places: array(hubPlace, { max: 50 }),
  sourceIds,
});
export type HubFile = Infer<typeof hubFile>;
