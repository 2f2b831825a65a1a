#!/usr/bin/env node
// `npm run bench`: builds the atlas and its naive peer, serves both on 127.0.0.1 (gzip) and
// measures them alternately in Chromium at 1× and 4× CPU throttling; then a scale run of the
// atlas on synthetic pairings, and Lighthouse (mobile) on both. Prints a table and writes
// tests/bench/results/latest.{json,md}. See tests/bench/README.md.
//
//   BENCH_QUICK=1          a fast smoke run (fewer runs and changes, smaller scale run)
//   BENCH_ROUNDS=n         load runs per build and throttling (default 5)
//   BENCH_SKIP_BUILD=1     reuse tests/bench/.out from the previous run
//   BENCH_SKIP_SCALE=1, BENCH_SKIP_BY_VIEW=1, BENCH_SKIP_LIGHTHOUSE=1
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { lighthouse } from './lib/lighthouse.mjs';
import {
  CHROMIUM_PATH,
  framesPerSecond,
  heapUsed,
  launch,
  openAndLoad,
  yearChanges,
} from './lib/measure.mjs';
import { buildBoth, prepareData, prepareScale } from './lib/prepare.mjs';
import { report } from './lib/report.mjs';
import { serve } from './lib/serve.mjs';
import { formatBytes, formatMs, summary, yearSequence } from './lib/stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(import.meta.dirname, '.out');
const RESULTS = join(import.meta.dirname, 'results');
const env = process.env;
const QUICK = !!env.BENCH_QUICK && env.BENCH_QUICK !== '0';
const flag = (name) => !!env[name] && env[name] !== '0';

const CONFIG = {
  quick: QUICK,
  rounds: Number(env.BENCH_ROUNDS) || (QUICK ? 1 : 5),
  throttles: [1, 4],
  // Year changes per page load, by CPU rate; pooled over the runs, at least 30 per figure.
  yearChanges: QUICK ? { 1: 8, 4: 6 } : { 1: 16, 4: 8 },
  warmup: 2,
  gapMs: 120,
  fpsMs: QUICK ? 1000 : 3000,
  loadTimeoutMs: 45_000,
  changeTimeoutMs: 10_000,
  scaleSizes: QUICK ? [100, 1000] : [100, 1000, 10000],
  scaleRounds: QUICK ? 1 : 2,
  lighthouseRuns: QUICK ? 1 : 3,
  viewport: { width: 1366, height: 900 },
  // Other screens for the first-screen transfer (phone, common laptop, desktop).
  screens: [
    { width: 375, height: 812 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ],
};
const BUILDS = ['atlas', 'peer'];
/** @param {number} throttle */
const changesPerRun = (throttle) =>
  QUICK
    ? CONFIG.yearChanges[throttle]
    : Math.max(CONFIG.yearChanges[throttle], Math.ceil(30 / CONFIG.rounds));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(`[${elapsed()}] ${msg}`);

const loadAtStart = loadavg()[0];
log(`bench ${QUICK ? '(quick) ' : ''}— building the atlas and the naive peer`);
if (loadAtStart > cpus().length) {
  log(
    `  note: load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores — figures will be noisy`,
  );
}
const builds = buildBoth(ROOT, OUT, { skipBuild: flag('BENCH_SKIP_BUILD') });
const data = prepareData(ROOT, OUT);
for (const [name, note] of Object.entries(data.notes)) {
  if (note !== 'real') log(`  data/${name}.json: ${note}`);
}
const scaleSizes = flag('BENCH_SKIP_SCALE') ? [] : CONFIG.scaleSizes;
const scaleFiles = prepareScale(OUT, data, scaleSizes, ROOT);
const server = await serve({
  atlas: { root: builds.atlas, overrides: data.overrides },
  peer: { root: builds.peer, overrides: data.overrides },
  ...Object.fromEntries(
    scaleSizes.map((n) => [
      `scale-${n}`,
      { root: builds.atlas, overrides: { ...data.overrides, 'data/pairings.json': scaleFiles[n] } },
    ]),
  ),
});

/** One page: load, heap, frames per second, year changes. */
async function measurePage(
  browser,
  url,
  throttle,
  {
    fps = true,
    changes = changesPerRun(throttle),
    views = undefined,
    viewport = CONFIG.viewport,
  } = {},
) {
  const run = await openAndLoad(browser, url, {
    throttle,
    timeoutMs: CONFIG.loadTimeoutMs,
    viewport,
    views,
  });
  try {
    if (run.load.crashed) {
      log(`  ${url}: the app did not start: ${run.errors[0] ?? ''}`);
      return {
        ...run.load,
        heapBytes: null,
        yearChange: { linked: [], samples: [] },
        pageErrors: run.errors,
      };
    }
    const heap = await heapUsed(run.cdp);
    const frames = fps ? await framesPerSecond(run.page, CONFIG.fpsMs) : null;
    const from = Number(new URL(run.page.url()).searchParams.get('year') ?? 2024);
    const years = yearSequence(changes + CONFIG.warmup, 2000, 2024, from);
    const yc = changes
      ? await yearChanges(run.page, {
          years,
          warmup: CONFIG.warmup,
          gapMs: CONFIG.gapMs,
          timeoutMs: CONFIG.changeTimeoutMs,
        })
      : { linked: [], samples: [] };
    return {
      ...run.load,
      heapBytes: heap,
      ...(frames ?? {}),
      yearChange: yc,
      pageErrors: run.errors,
    };
  } finally {
    await run.context.close().catch(() => undefined);
  }
}

const runs = [];
try {
  // Alternate the builds (and which goes first) so drift on this shared machine hits both.
  for (let round = 0; round < CONFIG.rounds; round++) {
    const browser = await launch();
    try {
      for (const throttle of CONFIG.throttles) {
        const order = round % 2 === 0 ? BUILDS : [...BUILDS].reverse();
        for (const build of order) {
          const r = await measurePage(browser, server.url(build), throttle);
          runs.push({ build, throttle, round, ...r });
          const yc = summary(r.yearChange.samples.map((s) => s.frameMs));
          log(
            `round ${round + 1}/${CONFIG.rounds} ${build} ${throttle}×: ${formatBytes(r.bytes)}, ` +
              `all views ${formatMs(r.allViewsMs)}${notRendered(r)}, heap ${formatBytes(r.heapBytes)}, ` +
              `${r.fps?.toFixed(0) ?? '–'} frames/s, year change p50 ${formatMs(yc.median)}`,
          );
        }
      }
    } finally {
      await browser.close();
    }
  }

  const scale = [];
  for (let round = 0; round < (scaleSizes.length ? CONFIG.scaleRounds : 0); round++) {
    const browser = await launch();
    try {
      const order = round % 2 === 0 ? scaleSizes : [...scaleSizes].reverse();
      for (const n of order) {
        const r = await measurePage(browser, server.url(`scale-${n}`), 1, {
          fps: false,
          changes: Math.max(changesPerRun(1), Math.ceil(30 / CONFIG.scaleRounds)),
        });
        const pairingsGzip = server.size(`scale-${n}`, 'data/pairings.json')?.gzip ?? null;
        scale.push({ pairings: n, pairingsGzip, round, ...r });
        const yc = summary(r.yearChange.samples.map((s) => s.frameMs));
        log(
          `scale ${n} pairings: all views ${formatMs(r.allViewsMs)}${notRendered(r)}, ` +
            `heap ${formatBytes(r.heapBytes)}, year change p50 ${formatMs(yc.median)} p95 ${formatMs(yc.p95)}`,
        );
      }
    } finally {
      await browser.close();
    }
  }

  // Where a year change goes: each linked view alone (embed mode), atlas, 1×.
  const byView = [];
  if (!flag('BENCH_SKIP_BY_VIEW')) {
    const browser = await launch();
    try {
      for (const view of ['map', 'trend', 'timeline']) {
        const r = await measurePage(browser, `${server.url('atlas')}?embed=${view}`, 1, {
          fps: false,
          changes: QUICK ? 8 : 30,
          views: [view],
        });
        byView.push({ view, ...r });
        const yc = summary(r.yearChange.samples.map((s) => s.frameMs));
        log(`year change, ${view} alone: p50 ${formatMs(yc.median)}, p95 ${formatMs(yc.p95)}`);
      }
    } finally {
      await browser.close();
    }
  }

  // The first screen at other common sizes (atlas, 1×, one load each).
  const sizes = [];
  {
    const browser = await launch();
    try {
      for (const viewport of CONFIG.screens) {
        const r = await measurePage(browser, server.url('atlas'), 1, {
          fps: false,
          changes: 0,
          viewport,
        });
        sizes.push({ viewport, ...r });
        log(
          `first screen at ${viewport.width}×${viewport.height}: ${formatBytes(r.firstScreenBytes)}, ` +
            `drawn at ${formatMs(r.firstScreenMs)}`,
        );
      }
    } finally {
      await browser.close();
    }
  }

  const lh = [];
  if (!flag('BENCH_SKIP_LIGHTHOUSE')) {
    for (let i = 0; i < CONFIG.lighthouseRuns; i++) {
      for (const build of i % 2 === 0 ? BUILDS : [...BUILDS].reverse()) {
        const r = await lighthouse({
          url: server.url(build),
          root: ROOT,
          out: join(OUT, `lighthouse-${build}-${i + 1}.json`),
        });
        lh.push({ build, run: i, ...r });
        log(
          `lighthouse ${build} #${i + 1}: performance ${r.performance ?? '–'}, ` +
            `accessibility ${r.accessibility ?? '–'}, best practices ${r.bestPractices ?? '–'}`,
        );
      }
    }
  }

  const meta = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty:
      git(['status', '--porcelain', '--', 'src', 'data', 'index.html', 'vite.config.ts']) !== '',
    node: process.version,
    chromium: chromiumVersion(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
    loadAverage: { start: round2(loadAtStart), end: round2(loadavg()[0]) },
    config: CONFIG,
    data: data.notes,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const { markdown, text, json } = await report({ meta, runs, scale, byView, sizes, lh });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), json);
  writeFileSync(join(RESULTS, 'latest.md'), markdown);
  console.log(`\n${text}\n`);
  log(`wrote tests/bench/results/latest.json and latest.md`);
} finally {
  await server.close();
}

/** " (not rendered: …)" for the log line of a run where a view did not draw. */
function notRendered(r) {
  const views = [...(r.failed ?? []), ...(r.missing ?? [])];
  return views.length ? ` (not rendered: ${views.join(', ')})` : '';
}

function round2(x) {
  return Math.round(x * 100) / 100;
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .pop();
  } catch {
    return 'unknown';
  }
}
