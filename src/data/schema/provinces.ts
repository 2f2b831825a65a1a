import { array, number, object, oneOf, string, tuple, type Infer } from './kit';
import { adcode, sourceIds } from './common';

/** NBS 2011 division; Hong Kong, Macao and Taiwan are outside the four regions ("none"). */
export const REGIONS = ['east', 'central', 'west', 'northeast', 'none'] as const;
export type Region = (typeof REGIONS)[number];

export const lonLat = tuple(number({ min: 70, max: 140 }), number({ min: 0, max: 56 }));

export const province = object({
  adcode,
  name: object({
    zh: string({ minLength: 1, maxLength: 40 }),
    zhShort: string({ minLength: 1, maxLength: 20 }),
    en: string({ minLength: 1, maxLength: 80 }),
  }),
  region: oneOf(REGIONS),
  labelPoint: lonLat,
});
export type Province = Infer<typeof province>;

export const provincesFile = object({
  provinces: array(province, { min: 1, max: 100 }),
  sourceIds,
});
export type ProvincesFile = Infer<typeof provincesFile>;
