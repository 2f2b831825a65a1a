import { DATASET_NAMES, DATASET_SCHEMAS, type DatasetName } from '../datasets';
import type { JsonSchema } from './kit';

/** The published JSON Schema of each dataset file, derived from the same schema objects. */
export function datasetJsonSchema(name: DatasetName): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${name}.schema.json`,
    title: `East–West VET Atlas: data/${name}.json`,
    ...DATASET_SCHEMAS[name].json(),
  };
}

export const allDatasetJsonSchemas = () =>
  Object.fromEntries(DATASET_NAMES.map((n) => [n, datasetJsonSchema(n)])) as Record<
    DatasetName,
    JsonSchema
  >;
