// Types of synth.mjs for the TypeScript unit tests (tests/unit/bench).
import type { PairingsFile } from '../../../src/data/schema/pairings';
import type { PoliciesFile } from '../../../src/data/schema/policies';
import type { Province } from '../../../src/data/schema/provinces';

export const MODEL_IDS: string[];
export const RESOURCE_IDS: string[];
export const MAX_DATASET_BYTES: number;
export function rng(seed: number): () => number;
export function referencedProgrammes(
  story: { steps?: { state?: { programme?: string | null } }[] } | null,
  models: { models?: { programmes?: string[] }[] } | null,
): string[];
export function referencedPairings(story: unknown, models: unknown): string[];
export function referencedPolicies(
  models: { models?: { policyIds?: string[] }[] } | null,
): string[];
export function synthPairings(opts: {
  count: number;
  provinces: readonly Pick<Province, 'adcode' | 'name' | 'region'>[];
  sourceId: string;
  base?: PairingsFile | null;
  programmes?: string[];
  keep?: string[];
  seed?: number;
}): PairingsFile;
export function synthPolicies(opts: {
  count?: number;
  sourceId: string;
  ids?: string[];
  seed?: number;
}): PoliciesFile;
