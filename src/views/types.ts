import type { DatasetMap, DatasetName } from '../data/datasets';

/**
 * What every view receives: the datasets it needs, all loaded and valid, and the datasets it
 * can use once they arrive (loaded after the view has drawn, so they never delay it).
 */
export interface ViewProps<N extends DatasetName, O extends DatasetName = never> {
  data: Pick<DatasetMap, N> & Partial<Pick<DatasetMap, O>>;
}
