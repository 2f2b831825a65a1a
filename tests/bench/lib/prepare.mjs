// Builds what the benchmark serves: the atlas (the project's own build) and the naive peer, both
// into tests/bench/.out/, plus the dataset files that stand in for missing ones and the
// synthetic pairings.json of the scale run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullDetailChinaJson } from '../peer/geo-full.mjs';
import {
  referencedPairings,
  referencedPolicies,
  referencedProgrammes,
  synthPairings,
  synthPolicies,
} from './synth.mjs';

/** The dataset files the app fetches (src/data/datasets.ts DATASET_NAMES). */
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
];

/** Size of the stand-in pairings.json while data/pairings.json does not exist. */
const STAND_IN_PAIRINGS = 60;

/**
 * @param {string} root project root
 * @param {string} out tests/bench/.out
 * @param {{ skipBuild?: boolean }} [opts]
 */
export function buildBoth(root, out, opts = {}) {
  const atlas = join(out, 'atlas');
  const peer = join(out, 'peer');
  if (!opts.skipBuild || !existsSync(join(atlas, 'index.html'))) {
    vite(root, ['build', '--outDir', atlas, '--emptyOutDir', '--logLevel', 'warn']);
  }
  if (!opts.skipBuild || !existsSync(join(peer, 'index.html'))) {
    vite(root, ['build', '--config', 'tests/bench/peer/vite.config.ts', '--logLevel', 'warn']);
  }
  // The peer's map: the full-detail national GeoJSON straight from the map package.
  mkdirSync(join(peer, 'data/geo'), { recursive: true });
  writeFileSync(join(peer, 'data/geo/china.json'), fullDetailChinaJson());
  return { atlas, peer };
}

/** @param {string} root @param {string[]} args */
function vite(root, args) {
  const started = Date.now();
  const r = spawnSync(join(root, 'node_modules/.bin/vite'), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) throw new Error(`vite ${args.join(' ')} failed (${r.status})`);
  console.log(
    `  vite ${args.slice(0, 3).join(' ')}… ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** @param {string} file */
function readJson(file) {
  try {
    return { ok: true, json: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return {
      ok: false,
      reason: existsSync(file) ? `unreadable: ${String(e).slice(0, 120)}` : 'missing',
    };
  }
}

/**
 * Checks data/*.json and writes stand-ins for files that are missing or not JSON (both builds
 * get the same files). Returns the overrides to serve (data/<name>.json → file) and a note per
 * dataset.
 * @param {string} root
 * @param {string} out
 */
export function prepareData(root, out) {
  const dir = join(out, 'data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(
    DATASET_NAMES.map((n) => [n, readJson(join(root, 'data', `${n}.json`))]),
  );
  const json = (n) => (files[n].ok ? files[n].json : null);
  const sources = json('sources')?.sources ?? [];
  const sourceId = sources[0]?.id;
  // Synthetic pairings cite that source: their years and confidence must fit it.
  const sourceFit = sources[0]
    ? { sourceYear: Number(sources[0].date.slice(0, 4)), sourceConfidence: sources[0].confidence }
    : {};
  /** @type {Record<string, string>} */
  const overrides = {};
  /** @type {Record<string, string>} */
  const notes = {};
  for (const n of DATASET_NAMES) notes[n] = files[n].ok ? 'real' : files[n].reason;

  const standIn = (name, content) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(content));
    overrides[`data/${name}.json`] = file;
  };
  if (!files.pairings.ok && sourceId && json('provinces')) {
    standIn(
      'pairings',
      synthPairings({
        count: STAND_IN_PAIRINGS,
        provinces: json('provinces').provinces,
        sourceId,
        ...sourceFit,
        programmes: referencedProgrammes(json('story'), json('models')),
      }),
    );
    notes.pairings = `${notes.pairings} → synthetic stand-in (${STAND_IN_PAIRINGS} pairings)`;
  }
  if (!files.policies.ok && sourceId) {
    standIn('policies', synthPolicies({ sourceId, ids: referencedPolicies(json('models')) }));
    notes.policies = `${notes.policies} → synthetic stand-in (40 documents)`;
  }
  return { overrides, notes, sourceId, sourceFit, files, json };
}

/**
 * Synthetic pairings.json files for the scale run, grown from the real file (or the stand-in).
 * @param {string} out
 * @param {ReturnType<typeof prepareData>} data
 * @param {number[]} sizes
 * @param {string} root
 */
export function prepareScale(out, data, sizes, root) {
  const dir = join(out, 'scale');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const base = data.files.pairings.ok
    ? data.files.pairings.json
    : readJson(data.overrides['data/pairings.json'] ?? join(root, 'data/pairings.json')).json;
  return Object.fromEntries(
    sizes.map((n) => {
      const file = join(dir, `pairings-${n}.json`);
      const content = synthPairings({
        count: n,
        provinces: data.json('provinces').provinces,
        sourceId: data.sourceId,
        ...data.sourceFit,
        base,
        programmes: referencedProgrammes(data.json('story'), data.json('models')),
        keep: referencedPairings(data.json('story'), data.json('models')),
        seed: n,
      });
      writeFileSync(file, JSON.stringify(content));
      return [n, file];
    }),
  );
}
