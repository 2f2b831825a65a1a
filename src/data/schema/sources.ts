import { array, nullable, object, oneOf, string, type Infer } from './kit';
import { confidence, id, optionalText, partialDate, text } from './common';

export const SOURCE_KINDS = [
  'statistics',
  'policy',
  'news',
  'paper',
  'geometry',
  'dataset',
] as const;

export const source = object({
  id,
  kind: oneOf(SOURCE_KINDS),
  publisher: text,
  title: text,
  date: partialDate,
  locator: string({ minLength: 1, maxLength: 1000 }),
  url: nullable(string({ pattern: /^https?:\/\//, format: 'http(s) URL', maxLength: 1000 })),
  vintage: nullable(string({ maxLength: 300 })),
  confidence,
  note: optionalText,
});
export type Source = Infer<typeof source>;

export const sourcesFile = object({ sources: array(source, { min: 1 }) });
export type SourcesFile = Infer<typeof sourcesFile>;
