import { array, nullable, number, object, oneOf, string, tuple, type Infer } from './kit';
import { adcode, confidence, id, quote, sourceIds, text } from './common';

const year = number({ integer: true, min: 1949, max: 2100 });

export const gdpValue = object({
  adcode,
  year,
  /** 亿元 at current prices; null when no source gives it. Bounded: no province exceeds this. */
  value: nullable(number({ min: 0, max: 1_000_000 })),
  vintage: id,
  confidence,
  sourceId: string({ minLength: 1, maxLength: 120 }),
});
export type GdpValue = Infer<typeof gdpValue>;

export const claim = object({
  id,
  quote,
  metric: oneOf(['west-east-ratio'] as const),
  years: tuple(year, year),
  value: number({ min: 0, max: 10 }),
  tolerance: number({ min: 0, max: 1 }),
});
export type Claim = Infer<typeof claim>;

export const gdpFile = object({
  unit: oneOf(['100m-yuan'] as const),
  firstYear: year,
  lastYear: year,
  vintages: array(object({ id, label: text }), { min: 1, max: 20 }),
  baseChanges: array(object({ fromYear: year, toYear: year, note: text, sourceIds }), {
    max: 20,
  }),
  values: array(gdpValue, { min: 1 }),
  claims: array(claim, { max: 50 }),
});
export type GdpFile = Infer<typeof gdpFile>;
