import { array, nullable, object, oneOf, string, type Infer } from './kit';
import { confidence, id, modelId, partialDate, sourceIds, text } from './common';

export const POLICY_LEVELS = ['central', 'ministry', 'provincial', 'municipal'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

export const policy = object({
  id,
  date: partialDate,
  precision: oneOf(['day', 'month', 'year'] as const),
  title: text,
  issuer: text,
  docNumber: nullable(string({ maxLength: 120 })),
  level: oneOf(POLICY_LEVELS),
  gist: text,
  phase: nullable(modelId),
  /** How sure the record (date, issuer, number) is: at most its best source's (cross-checked). */
  confidence,
  sourceIds,
});
export type Policy = Infer<typeof policy>;

export const policiesFile = object({ policies: array(policy, { min: 1, max: 5000 }) });
export type PoliciesFile = Infer<typeof policiesFile>;
