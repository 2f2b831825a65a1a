import type { Schema } from './schema/kit';
import { descriptionsFile, type DescriptionsFile } from './schema/descriptions';
import { gdpFile, type GdpFile } from './schema/gdp';
import { hubFile, type HubFile } from './schema/hub';
import { modelsFile, type ModelsFile } from './schema/models';
import { pairingsFile, type PairingsFile } from './schema/pairings';
import { policiesFile, type PoliciesFile } from './schema/policies';
import { provincesFile, type ProvincesFile } from './schema/provinces';
import { sourcesFile, type SourcesFile } from './schema/sources';
import { storyFile, type StoryFile } from './schema/story';

/** The parsed content of each dataset file, by name. */
export interface DatasetMap {
  sources: SourcesFile;
  provinces: ProvincesFile;
  gdp: GdpFile;
  pairings: PairingsFile;
  descriptions: DescriptionsFile;
  policies: PoliciesFile;
  models: ModelsFile;
  hub: HubFile;
  story: StoryFile;
}
export type DatasetName = keyof DatasetMap;

export const DATASET_NAMES = [
  'sources',
  'provinces',
  'gdp',
  'pairings',
  'descriptions',
  'policies',
  'models',
  'hub',
  'story',
] as const satisfies readonly DatasetName[];

/** The schema of each file; the same objects publish data/schema/*.schema.json. */
export const DATASET_SCHEMAS: { [K in DatasetName]: Schema<DatasetMap[K]> } = {
  sources: sourcesFile,
  provinces: provincesFile,
  gdp: gdpFile,
  pairings: pairingsFile,
  descriptions: descriptionsFile,
  policies: policiesFile,
  models: modelsFile,
  hub: hubFile,
  story: storyFile,
};

/** File name of a dataset, relative to the app's base URL. */
export const datasetFile = (name: DatasetName) => `data/${name}.json`;

/** Larger files are refused before parsing: they would freeze a phone. */
export const MAX_DATASET_BYTES = 8 * 1024 * 1024;
