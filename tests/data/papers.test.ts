// Checks the datasets drawn from the two seed papers: models.json (高士晶、郭子菱 2025),
// hub.json (the Zhengzhou case) and story.json. Every quoted sentence must be verbatim from its
// paper (only whitespace is normalised), inside one paragraph of the copy the app shows in
// data/papers/, and every id a file refers to must exist. Everything read is in the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubFile } from '../../src/data/schema/hub';
import { parse } from '../../src/data/schema/kit';
import { modelsFile } from '../../src/data/schema/models';
import { sourcesFile } from '../../src/data/schema/sources';
import { storyFile } from '../../src/data/schema/story';

const root = process.cwd();
const dataDir = join(root, 'data');

/** The two papers, as the atlas keeps them (data/papers/<sourceId>.json). */
const PAPER_IDS = ['paper-gao-guo-2025', 'paper-zhengzhou-hub'];
interface PaperBlock {
  kind: string;
  text: string;
  locator?: string;
}
interface PaperFile {
  sourceId: string;
  input: string;
  sha256: string;
  blocks: PaperBlock[];
}

interface Text {
  zh: string;
  en: string;
}
interface Quote extends Text {
  locator: string;
  sourceId: string;
}
interface Item {
  id: string;
  name: Text;
  quote: Quote;
}

const MODEL_IDS = ['policy-driven', 'resource-complementary', 'industry-education'];
const RESOURCE_IDS = [
  'facilities',
  'curricula',
  'teachers',
  'specialties',
  'enterprises',
  'enrolment',
  'governance',
];
const BOTTLENECKS = ['断头路难通', '散缺小难解', '供需链难畅', '大工匠难育'];
const PATHS = ['高站位规划', '高标准建设', '高精准对接', '高水平保障'];
const CHAINS = ['教育链', '人才链', '产业链', '创新链'];

/** Whitespace is the only thing normalised: the seed texts carry hard line breaks. */
const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');
/** The names carry the paper's quotation marks (“断头路”难通); compare without them. */
const bare = (s: string) => s.replace(/[“”"'‘’]/g, '');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const readOptional = <T>(file: string): T | null =>
  existsSync(join(dataDir, file)) ? readJson<T>(file) : null;

const papers: Record<string, PaperFile> = Object.fromEntries(
  PAPER_IDS.map((id) => [id, readJson<PaperFile>(`papers/${id}.json`)]),
);
/** Each paper's paragraphs (and abstract), whitespace removed: a quote must lie within one. */
const paragraphs = Object.fromEntries(
  PAPER_IDS.map((id) => [
    id,
    papers[id]!.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'abstract').map((b) => ({
      locator: b.locator ?? '',
      text: norm(b.text),
    })),
  ]),
);

/** Every object shaped like a Quote, with its JSON path. */
function quotes(value: unknown, path = '$'): [string, Quote][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotes(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own: [string, Quote][] =
    typeof o.zh === 'string' && typeof o.locator === 'string' && typeof o.sourceId === 'string'
      ? [[path, o as unknown as Quote]]
      : [];
  return own.concat(Object.entries(o).flatMap(([k, v]) => quotes(v, `${path}.${k}`)));
}

function expectVerbatim(file: string, data: unknown, expectedSource: string) {
  const found = quotes(data);
  expect(found.length, `${file} has quotes`).toBeGreaterThan(0);
  const wrong = found.filter(([, q]) => {
    const paras = paragraphs[q.sourceId];
    return paras === undefined || !paras.some((p) => p.text.includes(norm(q.zh)));
  });
  expect(
    wrong.map(([p, q]) => `${p} (${q.sourceId}, ${q.locator}): ${q.zh}`),
    `${file}: quotes not found verbatim within one paragraph of their paper`,
  ).toEqual([]);
  // The locator a quote gives is the paragraph the quoted words are in (the reader opening the
  // quote in context sees that paragraph under that locator).
  const misplaced = found.filter(([, q]) => {
    const para = paragraphs[q.sourceId]?.find((p) => p.text.includes(norm(q.zh)));
    return para !== undefined && para.locator !== q.locator;
  });
  expect(
    misplaced.map(([p, q]) => `${p}: says ${q.locator}`),
    `${file}: locators that are not the quote's paragraph`,
  ).toEqual([]);
  for (const [p, q] of found) {
    expect(q.sourceId, p).toBe(expectedSource);
    expect(q.en.trim().length, `${p} has a translation`).toBeGreaterThan(0);
    expect(q.locator.trim().length, `${p} has a locator`).toBeGreaterThan(0);
  }
}

interface Model {
  id: string;
  definition: Quote;
  representatives: Quote;
  resources: string[];
  programmes: string[];
  policyIds: string[];
  limits: Quote[];
  period: { startYear: number; endYear: number | null; label: Text };
  sourceIds: string[];
}
interface ModelsFile {
  models: Model[];
  dimensions: { id: string; name: Text; rubric: Text[]; basis: Quote }[];
  scores: { model: string; dimension: string; score: number; quote: Quote }[];
}
interface HubFile {
  context: Quote[];
  bottlenecks: Item[];
  paths: (Item & { measures: Quote[] })[];
  links: { path: string; bottleneck: string; quote: Quote }[];
  chains: Item[];
  places: (Item & { kind: string; coord: [number, number]; adcode: string })[];
  sourceIds: string[];
}
interface StoryFile {
  steps: {
    id: string;
    view: string;
    state: {
      year?: number;
      models?: string[];
      programme?: string;
      province?: string;
      pairing?: string;
    };
    title: Text;
    caption: Text;
    sourceIds: string[];
  }[];
}

const models = readJson<ModelsFile>('models.json');
const hub = readJson<HubFile>('hub.json');
const story = readJson<StoryFile>('story.json');
const paperSources = readJson<{ sources: { id: string }[] }>('sources.papers.json');
const allSources = readOptional<{ sources: { id: string }[] }>('sources.json');
const sourceIds = new Set(
  [...paperSources.sources, ...(allSources?.sources ?? [])].map((s) => s.id),
);

describe('schemas', () => {
  it('the four files are valid against the app’s schemas', () => {
    const files = [
      ['models.json', modelsFile, models],
      ['hub.json', hubFile, hub],
      ['story.json', storyFile, story],
      ['sources.papers.json', sourcesFile, paperSources],
    ] as const;
    for (const [file, schema, data] of files) {
      const r = parse(schema as Parameters<typeof parse>[0], data);
      expect(r.ok ? [] : r.issues, file).toEqual([]);
    }
  });
});

describe('the papers kept in data/papers', () => {
  it('hold both texts, each under its own source id', () => {
    for (const id of PAPER_IDS) {
      expect(papers[id]!.sourceId).toBe(id);
      expect(paragraphs[id]!.map((p) => p.text).join('').length).toBeGreaterThan(3000);
    }
  });
  it('are both in sources.papers.json', () => {
    for (const id of PAPER_IDS) expect(sourceIds.has(id), id).toBe(true);
  });
  it('keep every character of the converted text they were built from, in order', () => {
    // data/tools/build-papers.mjs cuts data/tools/inputs/seeds/*.txt into blocks; only line
    // breaks go, and page furniture that interrupts a paragraph moves to just after it.
    const furniture = /^(本文为全文原貌|原版页码|区域职业教育中心建设实践探究$|———以郑州市为例$)/;
    for (const id of PAPER_IDS) {
      const paper = papers[id]!;
      const input = readFileSync(join(root, paper.input), 'utf8');
      const lines = input.split('\n').filter((l) => l.trim() !== '');
      const split = (keep: (s: string) => boolean) => ({
        input: lines.filter((l) => keep(l.trim())).join(''),
        blocks: paper.blocks
          .map((b) => b.text)
          .filter((t) => keep(t.trim()))
          .join(''),
      });
      const body = split((t) => !furniture.test(t));
      expect(body.blocks, `${id} body`).toBe(body.input);
      const pages = split((t) => furniture.test(t));
      expect(pages.blocks, `${id} furniture`).toBe(pages.input);
    }
  });
});

describe('models.json', () => {
  it('quotes 高士晶、郭子菱 (2025) verbatim', () => {
    expectVerbatim('models.json', models, 'paper-gao-guo-2025');
  });

  it('has exactly the three models, in the paper’s order', () => {
    expect(models.models.map((m) => m.id)).toEqual(MODEL_IDS);
  });

  it('models use the resource vocabulary and plausible periods', () => {
    for (const m of models.models) {
      for (const r of m.resources) expect(RESOURCE_IDS, `${m.id} resource ${r}`).toContain(r);
      if (m.period.endYear !== null) {
        expect(m.period.endYear).toBeGreaterThanOrEqual(m.period.startYear);
      }
      expect(m.sourceIds.length).toBeGreaterThan(0);
      for (const s of m.sourceIds) expect(sourceIds.has(s), `${m.id} source ${s}`).toBe(true);
    }
  });

  it('has at least six dimensions, each with five rubric levels', () => {
    expect(models.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(models.dimensions.map((d) => d.id)).size).toBe(models.dimensions.length);
    for (const d of models.dimensions) {
      expect(d.rubric, d.id).toHaveLength(5);
      for (const level of d.rubric) {
        expect(level.zh.length).toBeGreaterThan(0);
        expect(level.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('scores every model on every dimension exactly once, with an integer 1..5', () => {
    const dims = models.dimensions.map((d) => d.id);
    expect(models.scores).toHaveLength(MODEL_IDS.length * dims.length);
    const seen = new Set<string>();
    for (const s of models.scores) {
      expect(MODEL_IDS).toContain(s.model);
      expect(dims).toContain(s.dimension);
      expect(Number.isInteger(s.score), `${s.model}/${s.dimension}`).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(1);
      expect(s.score).toBeLessThanOrEqual(5);
      const key = `${s.model}/${s.dimension}`;
      expect(seen.has(key), `duplicate score ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('refers only to programmes and policies that exist', () => {
    const pairings = readOptional<{ programmes: { id: string }[] }>('pairings.json');
    const policies = readOptional<{ policies: { id: string }[] }>('policies.json');
    expect(pairings, 'data/pairings.json exists').not.toBeNull();
    expect(policies, 'data/policies.json exists').not.toBeNull();
    const programmeIds = new Set(pairings!.programmes.map((p) => p.id));
    const policyIds = new Set(policies!.policies.map((p) => p.id));
    for (const m of models.models) {
      for (const p of m.programmes)
        expect(programmeIds.has(p), `${m.id} programme ${p}`).toBe(true);
      for (const p of m.policyIds) expect(policyIds.has(p), `${m.id} policy ${p}`).toBe(true);
    }
  });
});

describe('gdp.json', () => {
  it('quotes the paper’s two GDP claims verbatim, at their paragraph', () => {
    expectVerbatim('gdp.json', readJson<unknown>('gdp.json'), 'paper-gao-guo-2025');
  });
});

describe('hub.json', () => {
  it('quotes the Zhengzhou paper verbatim', () => {
    expectVerbatim('hub.json', hub, 'paper-zhengzhou-hub');
  });

  it('has the four bottlenecks and the four paths, by name', () => {
    expect(hub.bottlenecks.map((b) => bare(b.name.zh))).toEqual(BOTTLENECKS);
    expect(hub.paths).toHaveLength(4);
    hub.paths.forEach((p, i) => expect(p.name.zh.startsWith(PATHS[i]!), p.name.zh).toBe(true));
    for (const p of hub.paths) expect(p.measures.length, p.id).toBeGreaterThan(0);
  });

  it('names the four chains', () => {
    expect(hub.chains.map((c) => c.name.zh)).toEqual(CHAINS);
    for (const c of hub.chains) expect(norm(c.quote.zh)).toContain(c.name.zh.slice(0, 2));
  });

  it('links only existing paths to existing bottlenecks, each once', () => {
    const paths = new Set(hub.paths.map((p) => p.id));
    const bottlenecks = new Set(hub.bottlenecks.map((b) => b.id));
    const seen = new Set<string>();
    for (const l of hub.links) {
      expect(paths.has(l.path), l.path).toBe(true);
      expect(bottlenecks.has(l.bottleneck), l.bottleneck).toBe(true);
      const key = `${l.path}/${l.bottleneck}`;
      expect(seen.has(key), `duplicate link ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('places Zhengzhou as the hub and Suzhou, Wuxi, Changzhou as exemplars', () => {
    const byCode = Object.fromEntries(hub.places.map((p) => [p.adcode, p]));
    expect(byCode['410100']?.kind).toBe('hub');
    for (const code of ['320500', '320200', '320400']) expect(byCode[code]?.kind).toBe('exemplar');
    for (const p of hub.places) {
      const [lon, lat] = p.coord;
      expect(lon).toBeGreaterThan(73);
      expect(lon).toBeLessThan(136);
      expect(lat).toBeGreaterThan(18);
      expect(lat).toBeLessThan(54);
    }
  });

  it('ids are unique kebab-case', () => {
    const ids = [hub.bottlenecks, hub.paths, hub.chains, hub.places].flatMap((l) =>
      l.map((x) => x.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    for (const s of hub.sourceIds) expect(sourceIds.has(s), s).toBe(true);
  });
});

describe('story.json', () => {
  it('has 10–15 steps with unique ids', () => {
    expect(story.steps.length).toBeGreaterThanOrEqual(10);
    expect(story.steps.length).toBeLessThanOrEqual(15);
    expect(new Set(story.steps.map((s) => s.id)).size).toBe(story.steps.length);
  });

  it('covers every view, and closes on the Zhengzhou hub', () => {
    const views = new Set(story.steps.map((s) => s.view));
    for (const v of ['map', 'trend', 'timeline', 'radar', 'hub'])
      expect(views.has(v), v).toBe(true);
    expect(story.steps.at(-1)?.view).toBe('hub');
  });

  it('refers only to ids that exist', () => {
    const pairings = readOptional<{ programmes: { id: string }[]; pairings: { id: string }[] }>(
      'pairings.json',
    );
    const provinces = readOptional<{ provinces: { adcode: string }[] }>('provinces.json');
    for (const s of story.steps) {
      expect(['map', 'trend', 'timeline', 'radar', 'hub']).toContain(s.view);
      expect(s.sourceIds.length, s.id).toBeGreaterThan(0);
      for (const id of s.sourceIds) expect(sourceIds.has(id), `${s.id} source ${id}`).toBe(true);
      for (const m of s.state.models ?? []) expect(MODEL_IDS).toContain(m);
      if (s.state.year !== undefined) {
        expect(s.state.year).toBeGreaterThanOrEqual(2000);
        expect(s.state.year).toBeLessThanOrEqual(2024);
      }
      if (s.state.programme !== undefined) {
        const ids = pairings?.programmes.map((p) => p.id) ?? [];
        expect(ids, `${s.id} programme`).toContain(s.state.programme);
      }
      if (s.state.pairing !== undefined) {
        const ids = pairings?.pairings.map((p) => p.id) ?? [];
        expect(ids, `${s.id} pairing`).toContain(s.state.pairing);
      }
      if (s.state.province !== undefined) {
        expect(s.state.province).toMatch(/^\d{6}$/);
        if (provinces) {
          expect(provinces.provinces.map((p) => p.adcode)).toContain(s.state.province);
        }
      }
      for (const t of [s.title, s.caption]) {
        expect(t.zh.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
      // A caption is at most two sentences.
      expect((s.caption.zh.match(/[。！？]/g) ?? []).length, `${s.id} caption`).toBeLessThanOrEqual(
        2,
      );
    }
  });
});
