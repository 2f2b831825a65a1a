import type { DatasetMap, DatasetName } from '../data/datasets';

/** What every view receives: the datasets it declared, all loaded and valid. */
export interface ViewProps<N extends DatasetName> {
  data: Pick<DatasetMap, N>;
}
