// Synthetic datasets for the benchmark, valid against the app's schemas (src/data/schema) and
// cross-checks (src/data/cross-check.ts): pairings.json at a chosen size for the scale run, and
// stand-ins for dataset files that do not exist yet (so every view can render). Deterministic:
// the same inputs give the same file. Pure; unit-tested in tests/unit/bench/.

export const MODEL_IDS = ['policy-driven', 'resource-complementary', 'industry-education'];
export const RESOURCE_IDS = [
  'facilities',
  'curricula',
  'teachers',
  'specialties',
  'enterprises',
  'enrolment',
  'governance',
];
const CONFIDENCE = ['high', 'medium-high', 'medium', 'medium-low', 'low'];
const LEVELS = ['central', 'ministry', 'provincial', 'municipal'];
/** The app refuses dataset files larger than this (src/data/datasets.ts MAX_DATASET_BYTES). */
export const MAX_DATASET_BYTES = 8 * 1024 * 1024;

/**
 * A small seeded PRNG (mulberry32): numbers in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {() => number} rand
 * @param {readonly T[]} list
 * @returns {T}
 */
const pickOne = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * 1–4 resources from the vocabulary, in vocabulary order, no repeats.
 * @param {() => number} rand
 */
function resources(rand) {
  const n = 1 + Math.floor(rand() * 4);
  const chosen = new Set();
  while (chosen.size < n) chosen.add(pickOne(rand, RESOURCE_IDS));
  return RESOURCE_IDS.filter((r) => chosen.has(r));
}

/**
 * Programme ids other files refer to (story steps, model cards), so a synthetic pairings.json
 * does not turn those files into errors.
 * @param {{ steps?: { state?: { programme?: string | null } }[] } | null} story
 * @param {{ models?: { programmes?: string[] }[] } | null} models
 * @returns {string[]}
 */
export function referencedProgrammes(story, models) {
  const ids = new Set();
  for (const s of story?.steps ?? []) if (s.state?.programme) ids.add(s.state.programme);
  for (const m of models?.models ?? []) for (const p of m.programmes ?? []) ids.add(p);
  return [...ids].sort();
}

/**
 * Pairing ids other files refer to (model cards' `pairingIds` and `examplePairingIds`, story
 * steps' `state.pairing`),
 * kept when a synthetic file is smaller than the real one.
 * @param {unknown} story
 * @param {unknown} models
 * @returns {string[]}
 */
export function referencedPairings(story, models) {
  const ids = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'pairingIds' || key === 'examplePairingIds') && Array.isArray(value)) {
        value.forEach((v) => typeof v === 'string' && ids.add(v));
      } else if (key === 'pairing' && typeof value === 'string') ids.add(value);
      else walk(value);
    }
  };
  walk(story);
  walk(models);
  return [...ids].sort();
}

/**
 * Policy ids other files refer to (model cards).
 * @param {{ models?: { policyIds?: string[] }[] } | null} models
 * @returns {string[]}
 */
export function referencedPolicies(models) {
  const ids = new Set();
  for (const m of models?.models ?? []) for (const p of m.policyIds ?? []) ids.add(p);
  return [...ids].sort();
}

/**
 * @typedef {{ adcode: string; name: { zh: string; zhShort: string; en: string }; region: string }} Province
 * @typedef {{ zh: string; en: string }} Text
 * @typedef {{ id: string; name: Text; startYear: number; endYear: number | null; modelRule: Text | null; sourceIds: string[] }} Programme
 * @typedef {{ adcode: string; place: { adcode: string | null; name: Text } | null; institution: Text | null }} Party
 * @typedef {{ id: string; east: Party; west: Party; programme: string; model: string; startYear: number | null; startNote: Text | null; firstDocumented: { year: number; sourceId: string }; endYear: number | null; resources: string[]; interpretation: Text | null; confidence: string; sourceIds: string[] }} Pairing
 * @typedef {{ programmes: Programme[]; pairings: Pairing[] }} PairingsFile
 */

/**
 * A pairings.json with exactly `count` pairings. Starts from the real file's records when there
 * is one (kept as they are; when `count` is smaller, those listed in `keep` first), then adds
 * varied copies: new kebab-case ids, other east and west
 * provinces, start/end years, model and resources; texts are the template's. Copies cite the
 * one source `sourceId` (dated `sourceYear`, of `sourceConfidence`), so their start years and
 * confidence pass the app's cross-checks.
 * Without a real file, templates are made from provinces.json (east → west).
 * @param {{
 *   count: number;
 *   provinces: Province[];
 *   sourceId: string;
 *   sourceYear?: number;
 *   sourceConfidence?: string;
 *   base?: PairingsFile | null;
 *   programmes?: string[];
 *   keep?: string[];
 *   seed?: number;
 * }} opts
 * @returns {PairingsFile}
 */
export function synthPairings({
  count,
  provinces,
  sourceId,
  sourceYear = 2024,
  sourceConfidence = 'high',
  base = null,
  programmes = [],
  keep = [],
  seed = 1,
}) {
  if (!(count >= 1 && count <= 50_000)) throw new RangeError(`count out of range: ${count}`);
  const rand = rng(seed);
  const east = provinces.filter((p) => p.region === 'east');
  const west = provinces.filter((p) => p.region === 'west');
  if (!east.length || !west.length)
    throw new Error('provinces.json has no east or no west province');
  const byCode = new Map(provinces.map((p) => [p.adcode, p]));
  const lastStart = Math.max(1996, Math.min(sourceYear, 2024));
  const confidences = CONFIDENCE.slice(Math.max(0, CONFIDENCE.indexOf(sourceConfidence)));

  /** @type {Programme[]} */
  const progs = base?.programmes?.length ? [...base.programmes] : [];
  const progIds = new Set(progs.map((p) => p.id));
  for (const id of [...programmes, ...(progs.length ? [] : ['bench-synthetic'])]) {
    if (progIds.has(id)) continue;
    progIds.add(id);
    progs.push({
      id,
      name: { zh: `合成项目 ${id}`, en: `Synthetic programme ${id}` },
      startYear: 1996,
      endYear: null,
      modelRule: null,
      sourceIds: [sourceId],
    });
  }
  const progList = [...progIds];

  /** @type {Pairing[]} */
  const templates = base?.pairings?.length
    ? base.pairings
    : west.map((w, i) => {
        const e = east[i % east.length];
        return {
          id: `bench-${e.adcode}-${w.adcode}`,
          east: { adcode: e.adcode, place: null, institution: null },
          west: { adcode: w.adcode, place: null, institution: null },
          programme: progList[i % progList.length],
          model: MODEL_IDS[i % MODEL_IDS.length],
          startYear: 1996 + (i % (lastStart - 1995)),
          startNote: null,
          firstDocumented: { year: 1996 + (i % (lastStart - 1995)), sourceId },
          endYear: null,
          resources: ['teachers'],
          interpretation: null,
          confidence: confidences[0],
          sourceIds: [sourceId],
        };
      });

  // Fewer pairings than the real file: the ones other files refer to come first.
  const wanted = new Set(keep);
  const ordered =
    count < templates.length
      ? [
          ...templates.filter((p) => wanted.has(p.id)),
          ...templates.filter((p) => !wanted.has(p.id)),
        ]
      : templates;
  const chosen = new Set(ordered.slice(0, count));
  /** @type {Pairing[]} */
  const out = templates.filter((p) => chosen.has(p));
  const ids = new Set(out.map((p) => p.id));
  for (let i = out.length; i < count; i++) {
    const t = templates[i % templates.length];
    let id = `${t.id.slice(0, 100)}-s${i}`;
    while (ids.has(id)) id += 'x';
    ids.add(id);
    const e = pickOne(rand, east);
    const own = byCode.get(t.west.adcode);
    const w = own && own.region === 'west' && rand() < 0.5 ? own : pickOne(rand, west);
    const startYear = 1996 + Math.floor(rand() * (lastStart - 1995));
    const endYear = rand() < 0.6 ? null : Math.min(2025, startYear + 1 + Math.floor(rand() * 8));
    out.push({
      ...t,
      id,
      east: { adcode: e.adcode, place: null, institution: null },
      // Keep the template's place (a prefecture) only when the province is the template's.
      west:
        w.adcode === t.west.adcode ? t.west : { adcode: w.adcode, place: null, institution: null },
      model: pickOne(rand, MODEL_IDS),
      startYear,
      startNote: null,
      firstDocumented: { year: startYear, sourceId },
      endYear,
      resources: resources(rand),
      confidence: pickOne(rand, confidences),
      sourceIds: [sourceId],
    });
  }
  let file = { programmes: progs, pairings: out };
  // Big copies of long texts could pass the app's file-size limit: shorten the copies' texts.
  if (JSON.stringify(file).length > MAX_DATASET_BYTES * 0.9) {
    file = {
      programmes: progs,
      pairings: out.map((p, i) =>
        i < templates.length
          ? p
          : {
              ...p,
              interpretation: null,
            },
      ),
    };
  }
  return file;
}

/**
 * A stand-in policies.json (only used while data/policies.json does not exist): `count`
 * documents spread over 2000–2025, plus the ids other files refer to.
 * @param {{ count?: number; sourceId: string; ids?: string[]; seed?: number }} opts
 */
export function synthPolicies({ count = 40, sourceId, ids = [], seed = 2 }) {
  const rand = rng(seed);
  const wanted = [...ids];
  for (let i = 0; wanted.length < Math.max(count, ids.length); i++) {
    wanted.push(`bench-policy-${String(i + 1).padStart(3, '0')}`);
  }
  return {
    policies: wanted.map((id, i) => {
      const year = 2000 + Math.floor((i * 26) / wanted.length);
      const precision = pickOne(rand, ['day', 'month', 'year']);
      const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      const date =
        precision === 'year'
          ? `${year}`
          : precision === 'month'
            ? `${year}-${month}`
            : `${year}-${month}-${day}`;
      return {
        id,
        date,
        precision,
        title: { zh: `合成政策文件 ${i + 1}`, en: `Synthetic policy document ${i + 1}` },
        issuer: { zh: '合成发文机关', en: 'Synthetic issuer' },
        docNumber: rand() < 0.5 ? `合成〔${year}〕${i + 1}号` : null,
        level: pickOne(rand, LEVELS),
        gist: { zh: '基准测试用的合成数据。', en: 'Synthetic data for the benchmark.' },
        phase: rand() < 0.2 ? null : pickOne(rand, MODEL_IDS),
        confidence: 'low', // never above its source's, whatever that is
        sourceIds: [sourceId],
      };
    }),
  };
}
