import { array, nullable, object, oneOf, string, type Infer } from './kit';

/** Every human-readable string comes in both languages. */
export const text = object({
  zh: string({ minLength: 1 }),
  en: string({ minLength: 1 }),
});
export type Text = Infer<typeof text>;

/** A sentence quoted verbatim from a source, with our translation and where to find it. */
export const quote = object({
  zh: string({ minLength: 1 }),
  en: string({ minLength: 1 }),
  locator: string({ minLength: 1, maxLength: 300 }),
  sourceId: string({ minLength: 1, maxLength: 120 }),
});
export type Quote = Infer<typeof quote>;

export const id = string({
  pattern: /^[a-z0-9][a-z0-9-]*$/,
  format: 'kebab-case id',
  maxLength: 120,
});

/** GB/T 2260 six-digit division code, as a string. */
export const adcode = string({ pattern: /^\d{6}$/, format: 'six-digit adcode', maxLength: 6 });

export const CONFIDENCE = ['high', 'medium-high', 'medium', 'medium-low', 'low'] as const;
export const confidence = oneOf(CONFIDENCE);
export type Confidence = Infer<typeof confidence>;

/** The three collaboration models of 高士晶、郭子菱 (2025). */
export const MODEL_IDS = ['policy-driven', 'resource-complementary', 'industry-education'] as const;
export const modelId = oneOf(MODEL_IDS);
export type ModelId = Infer<typeof modelId>;

/** The fixed vocabulary of resources exchanged between partners. */
export const RESOURCE_IDS = [
  'facilities',
  'curricula',
  'teachers',
  'specialties',
  'enterprises',
  'enrolment',
  'governance',
] as const;
export const resourceId = oneOf(RESOURCE_IDS);
export type ResourceId = Infer<typeof resourceId>;

export const sourceIds = array(string({ minLength: 1, maxLength: 120 }), { min: 1, max: 50 });

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDate = string({
  pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  format: 'YYYY[-MM[-DD]]',
  maxLength: 10,
});

export const optionalText = nullable(text);
