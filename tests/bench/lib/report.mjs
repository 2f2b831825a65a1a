// Turns the raw runs into the summary, the verdicts against the targets, the Markdown
// table (results/latest.md, README "Performance") and the JSON (results/latest.json).
import {
  allOf,
  formatBytes,
  formatMs,
  formatRatio,
  growthExponent,
  markdownTable,
  median,
  ratio,
  summary,
  textTable,
  verdict,
} from './stats.mjs';

/** The targets. */
export const TARGETS = {
  transferRatio: 0.35,
  firstScreenBytes: 360 * 1024,
  renderRatio4x: 0.5,
  yearP95Ms1x: 33,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

const round1 = (x) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);

/**
 * Medians over the load runs of one build at one throttling; year-change samples pooled.
 * @param {any[]} runs
 */
export function aggregate(runs) {
  const m = (f) => median(runs.map(f).filter((v) => v != null));
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.byKind ?? {})))].sort();
  const samples = runs.flatMap((r) => r.yearChange?.samples ?? []);
  const ok = samples.filter((s) => s.ok);
  const frame = summary(ok.map((s) => s.frameMs));
  const paint = summary(ok.map((s) => s.paintMs));
  const everyRun = (key) => [...new Set(runs.flatMap((r) => r[key] ?? []))].sort();
  return {
    runs: runs.length,
    bytes: m((r) => r.bytes),
    firstScreenBytes: m((r) => r.firstScreenBytes),
    firstScreenMs: round1(m((r) => r.firstScreenMs)),
    firstScreenMarked: runs.some((r) => r.firstScreenMarked),
    byKind: Object.fromEntries(kinds.map((k) => [k, m((r) => r.byKind?.[k] ?? 0)])),
    requests: m((r) => r.requests),
    files: runs[0]?.files ?? [],
    fcpMs: round1(m((r) => r.fcpMs)),
    allViewsMs: round1(m((r) => r.allViewsMs)),
    allViewsRuns: runs.filter((r) => r.allViewsMs != null).length,
    settledMs: round1(m((r) => r.settledMs)),
    viewsMs: Object.fromEntries(
      ['map', 'trend', 'timeline', 'radar', 'hub'].map((v) => [v, round1(m((r) => r.views?.[v]))]),
    ),
    notRendered: everyRun('missing').concat(everyRun('failed')),
    heapBytes: m((r) => r.heapBytes),
    fps: round1(m((r) => r.fps)),
    longestFrameMs: round1(m((r) => r.longestFrameMs)),
    motion: [...new Set(runs.map((r) => r.motion).filter(Boolean))].join(','),
    yearChange: {
      linked: [...new Set(runs.flatMap((r) => r.yearChange?.linked ?? []))].sort(),
      samples: samples.length,
      timeouts: samples.length - ok.length,
      p50Ms: round1(frame.median),
      p95Ms: round1(frame.p95),
      maxMs: round1(frame.max),
      paintP50Ms: round1(paint.median),
      paintP95Ms: round1(paint.p95),
    },
    pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))].slice(0, 5),
  };
}

/** @param {any[]} lh */
function lighthouseSummary(lh) {
  const ok = lh.filter((r) => r.ok);
  const m = (k) => median(ok.map((r) => r[k]).filter((v) => v != null));
  return {
    runs: lh.length,
    ok: ok.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    fcpMs: round1(m('fcpMs')),
    lcpMs: round1(m('lcpMs')),
    tbtMs: round1(m('tbtMs')),
    cls: m('cls'),
    speedIndexMs: round1(m('speedIndexMs')),
    failingAccessibility: [...new Set(ok.flatMap((r) => r.failingAccessibility ?? []))],
    failingBestPractices: [...new Set(ok.flatMap((r) => r.failingBestPractices ?? []))],
  };
}

const V = { met: 'met', missed: '**missed**', unknown: 'unknown' };
const VT = { met: 'met', missed: 'MISSED', unknown: 'unknown' };

/**
 * @param {{ meta: any; runs: any[]; scale: any[]; byView?: any[]; sizes?: any[]; lh: any[] }} input
 */
export async function report({ meta, runs, scale, byView = [], sizes = [], lh }) {
  const throttles = meta.config.throttles;
  const agg = {};
  for (const b of ['atlas', 'peer']) {
    agg[b] = {};
    for (const t of throttles)
      agg[b][t] = aggregate(runs.filter((r) => r.build === b && r.throttle === t));
  }
  const light = {
    atlas: lighthouseSummary(lh.filter((r) => r.build === 'atlas')),
    peer: lighthouseSummary(lh.filter((r) => r.build === 'peer')),
  };
  const a1 = agg.atlas[1];
  const p1 = agg.peer[1];
  const a4 = agg.atlas[4];
  const p4 = agg.peer[4];

  const transferRatio = ratio(a1?.firstScreenBytes, p1?.firstScreenBytes);
  const targets = {
    transfer: {
      target: `≤ ${TARGETS.transferRatio}× peer and ≤ ${TARGETS.firstScreenBytes / 1024} KB gzip`,
      ratio: transferRatio,
      bytes: a1?.firstScreenBytes ?? null,
      verdict: allOf([
        verdict(transferRatio, '<=', TARGETS.transferRatio),
        verdict(a1?.firstScreenBytes, '<=', TARGETS.firstScreenBytes),
      ]),
    },
    allViews4x: {
      target: `≤ ${TARGETS.renderRatio4x}× peer at 4×`,
      ratio: ratio(a4?.allViewsMs, p4?.allViewsMs),
      verdict: verdict(ratio(a4?.allViewsMs, p4?.allViewsMs), '<=', TARGETS.renderRatio4x),
    },
    yearP95: {
      target: `p95 ≤ ${TARGETS.yearP95Ms1x} ms (2 frames) at 1×`,
      ms: a1?.yearChange.p95Ms ?? null,
      verdict: verdict(a1?.yearChange.p95Ms, '<=', TARGETS.yearP95Ms1x),
    },
    lighthousePerformance: {
      target: `≥ ${TARGETS.lighthousePerformance}`,
      score: light.atlas.performance,
      verdict: verdict(light.atlas.performance, '>=', TARGETS.lighthousePerformance),
    },
    lighthouseAccessibility: {
      target: `${TARGETS.lighthouseAccessibility}`,
      score: light.atlas.accessibility,
      verdict: verdict(light.atlas.accessibility, '>=', TARGETS.lighthouseAccessibility),
    },
  };

  // ---- main table
  const header = ['figure', 'CPU', 'atlas', 'peer', 'atlas/peer', 'target', 'verdict'];
  const rows = [];
  const row = (figure, cpu, a, p, r, target = '', v = null) =>
    rows.push({ cells: [figure, cpu, a, p, r, target], v });
  const both = (figure, pick, fmt, extra = () => ['', null]) => {
    for (const t of throttles) {
      const a = pick(agg.atlas[t]);
      const p = pick(agg.peer[t]);
      const [target, v] = extra(t);
      row(figure, `${t}×`, fmt(a), fmt(p), formatRatio(ratio(a, p)), target, v);
    }
  };
  row(
    'transfer, first screen (gzip)',
    '1×',
    formatBytes(a1?.firstScreenBytes),
    formatBytes(p1?.firstScreenBytes),
    formatRatio(targets.transfer.ratio),
    targets.transfer.target,
    targets.transfer.verdict,
  );
  row(
    'transfer, all five views (gzip)',
    '1×',
    formatBytes(a1?.bytes),
    formatBytes(p1?.bytes),
    formatRatio(ratio(a1?.bytes, p1?.bytes)),
  );
  for (const k of ['js', 'css', 'data', 'geometry']) {
    if (a1?.byKind?.[k] == null && p1?.byKind?.[k] == null) continue;
    row(
      `  of which ${k} (all views)`,
      '1×',
      formatBytes(a1?.byKind?.[k] ?? 0),
      formatBytes(p1?.byKind?.[k] ?? 0),
      formatRatio(ratio(a1?.byKind?.[k] ?? 0, p1?.byKind?.[k] ?? 0)),
    );
  }
  both('first contentful paint', (x) => x?.fcpMs, formatMs);
  both('first screen drawn', (x) => x?.firstScreenMs, formatMs);
  both(
    'all views rendered',
    (x) => x?.allViewsMs,
    formatMs,
    (t) => (t === 4 ? [targets.allViews4x.target, targets.allViews4x.verdict] : ['', null]),
  );
  both('year change p50', (x) => x?.yearChange.p50Ms, formatMs);
  both(
    'year change p95',
    (x) => x?.yearChange.p95Ms,
    formatMs,
    (t) => (t === 1 ? [targets.yearP95.target, targets.yearP95.verdict] : ['', null]),
  );
  both('year change p95, painted', (x) => x?.yearChange.paintP95Ms, formatMs);
  both(
    'frames/s, flow animation',
    (x) => x?.fps,
    (v) => (v == null ? '–' : v.toFixed(0)),
  );
  both('longest frame, animation', (x) => x?.longestFrameMs, formatMs);
  both('JS heap after load', (x) => x?.heapBytes, formatBytes);
  const lhRow = (figure, key, target = '', v = null) =>
    row(
      figure,
      'mobile',
      light.atlas[key] ?? '–',
      light.peer[key] ?? '–',
      formatRatio(ratio(light.atlas[key], light.peer[key])),
      target,
      v,
    );
  if (lh.length) {
    lhRow(
      'Lighthouse performance',
      'performance',
      targets.lighthousePerformance.target,
      targets.lighthousePerformance.verdict,
    );
    lhRow(
      'Lighthouse accessibility',
      'accessibility',
      targets.lighthouseAccessibility.target,
      targets.lighthouseAccessibility.verdict,
    );
    lhRow('Lighthouse best practices', 'bestPractices');
    row(
      'Lighthouse LCP / TBT',
      'mobile',
      `${formatMs(light.atlas.lcpMs)} / ${formatMs(light.atlas.tbtMs)}`,
      `${formatMs(light.peer.lcpMs)} / ${formatMs(light.peer.tbtMs)}`,
      formatRatio(ratio(light.atlas.lcpMs, light.peer.lcpMs)),
    );
  }
  const mdMain = markdownTable(
    header,
    rows.map((r) => [...r.cells, r.v ? V[r.v] : '']),
  );
  const txtMain = textTable(
    header,
    rows.map((r) => [...r.cells, r.v ? VT[r.v] : '']),
  );

  // ---- scale table
  const counts = [...new Set(scale.map((s) => s.pairings))].sort((a, b) => a - b);
  const scaleAgg = counts.map((n) => {
    const runsOfSize = scale.filter((s) => s.pairings === n);
    return {
      pairings: n,
      pairingsGzip: runsOfSize[0]?.pairingsGzip ?? null,
      ...aggregate(runsOfSize),
    };
  });
  const scaleHeader = [
    'pairings',
    'pairings.json gzip',
    'all views rendered',
    'year change p50',
    'year change p95',
    'JS heap',
  ];
  const scaleRows = scaleAgg.map((s) => [
    s.pairings.toLocaleString('en-US'),
    formatBytes(s.pairingsGzip),
    formatMs(s.allViewsMs),
    formatMs(s.yearChange.p50Ms),
    formatMs(s.yearChange.p95Ms),
    formatBytes(s.heapBytes),
  ]);
  let growth = null;
  if (scaleAgg.length >= 2) {
    const lo = scaleAgg[0];
    const hi = scaleAgg[scaleAgg.length - 1];
    const g = (f) => growthExponent(lo.pairings, f(lo), hi.pairings, f(hi));
    const fmtG = (x) => (x == null ? '–' : `n^${x.toFixed(2)}`);
    growth = {
      from: lo.pairings,
      to: hi.pairings,
      allViews: g((s) => s.allViewsMs),
      yearP50: g((s) => s.yearChange.p50Ms),
      yearP95: g((s) => s.yearChange.p95Ms),
      heap: g((s) => s.heapBytes),
    };
    scaleRows.push([
      `growth ${lo.pairings}→${hi.pairings}`,
      '',
      fmtG(growth.allViews),
      fmtG(growth.yearP50),
      fmtG(growth.yearP95),
      fmtG(growth.heap),
    ]);
  }

  // ---- when each view first drew, and each linked view's share of a year change
  const viewIds = ['map', 'trend', 'timeline', 'radar', 'hub'];
  const drawHeader = ['first frame of', ...throttles.flatMap((t) => [`atlas ${t}×`, `peer ${t}×`])];
  const drawRows = viewIds.map((v) => [
    v,
    ...throttles.flatMap((t) => [
      formatMs(agg.atlas[t]?.viewsMs[v]),
      formatMs(agg.peer[t]?.viewsMs[v]),
    ]),
  ]);
  const viewAgg = byView.map((r) => ({ view: r.view, ...aggregate([r]).yearChange }));
  const viewHeader = ['view alone (embed)', 'year change p50', 'year change p95', 'p95, painted'];
  const viewRows = viewAgg.map((v) => [
    v.view,
    formatMs(v.p50Ms),
    formatMs(v.p95Ms),
    formatMs(v.paintP95Ms),
  ]);
  const screenHeader = ['screen', 'first screen transfer (gzip)', 'first screen drawn', 'files'];
  const screenRows = [
    ...(a1 ? [{ viewport: meta.config.viewport, ...a1, median: true }] : []),
    ...sizes,
  ]
    .sort((x, y) => x.viewport.width * x.viewport.height - y.viewport.width * y.viewport.height)
    .map((r) => [
      `${r.viewport.width}×${r.viewport.height}${r.median ? ' (median)' : ''}`,
      formatBytes(r.firstScreenBytes),
      formatMs(r.firstScreenMs),
      (r.files ?? []).filter((f) => f.firstScreen).length,
    ]);
  const lhNotes = ['atlas', 'peer']
    .filter((b) => light[b].failingAccessibility.length || light[b].failingBestPractices.length)
    .map(
      (b) =>
        `Lighthouse ${b}: failing accessibility audits: ${light[b].failingAccessibility.join(', ') || 'none'}; best practices: ${light[b].failingBestPractices.join(', ') || 'none'}.`,
    );

  const views = (a) =>
    a?.notRendered?.length ? `not rendered: ${a.notRendered.join(', ')}` : 'all five rendered';
  const dataNotes = Object.entries(meta.data)
    .filter(([, note]) => note !== 'real')
    .map(([name, note]) => `data/${name}.json ${note}`);
  const date = meta.date.slice(0, 10);
  const notes = [
    `${date}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes in src/ or data/' : ''}; ${meta.chromium}; Node ${meta.node}; ${meta.machine}; load average ${meta.loadAverage.start} → ${meta.loadAverage.end}; ${meta.seconds} s.`,
    `Medians of ${meta.config.rounds} load run(s) per build and CPU rate (builds alternated); year changes pooled over the runs (${a1?.yearChange.samples ?? 0} per build at 1×, after ${meta.config.warmup} warm-up changes per run); Lighthouse: median of ${light.atlas.ok} run(s), default mobile preset.`,
    `Views — atlas 1×: ${views(a1)}; peer 1×: ${views(p1)}. Year-linked views timed: ${a1?.yearChange.linked.join(', ') || 'none'}.`,
    `Transfer counts gzip response bodies (Resource Timing encodedBodySize, as the byte-budget test does). "First screen": requests started before the app's \`atlas-first-screen\` mark (its first chart drawn${a1?.firstScreenMarked ? '' : '; mark absent, the map drawn instead'}), at ${meta.config.viewport.width}×${meta.config.viewport.height}. "All five views": until every view has drawn.`,
    `The peer releases every panel at once; the atlas holds panels outside the first screen back until its first chart has drawn (src/ui/load-scheduler.ts), which "all views rendered" includes.`,
    ...(dataNotes.length
      ? [`Data: ${dataNotes.join('; ')} (both builds get the same files).`]
      : []),
    ...lhNotes,
    ...(meta.config.quick ? ['BENCH_QUICK smoke run: too few samples to quote.'] : []),
  ];
  const markdown = [
    `# Benchmark: atlas vs naive peer`,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    mdMain,
    '',
    ...(scaleAgg.length
      ? [
          `## Scale run (atlas, 1×, synthetic pairings.json)`,
          '',
          markdownTable(scaleHeader, scaleRows),
          '',
          'Growth is the exponent k of time or memory ∝ n^k between the smallest and largest size (1 = linear).',
          '',
        ]
      : []),
    `## First screen by screen size (atlas, 1×)`,
    '',
    markdownTable(screenHeader, screenRows),
    '',
    `## When each view first drew (ms since navigation, median)`,
    '',
    markdownTable(drawHeader, drawRows),
    '',
    ...(viewAgg.length
      ? [
          `## Year change by view (atlas, 1×, each linked view alone in embed mode)`,
          '',
          markdownTable(viewHeader, viewRows),
          '',
        ]
      : []),
    `Generated by \`npm run bench\` (tests/bench/README.md explains each figure).`,
    '',
  ].join('\n');
  const text = [
    notes.join('\n'),
    '',
    txtMain,
    ...(scaleAgg.length ? ['', 'Scale run (atlas, 1×):', textTable(scaleHeader, scaleRows)] : []),
    '',
    textTable(screenHeader, screenRows),
    '',
    textTable(drawHeader, drawRows),
    ...(viewAgg.length ? ['', textTable(viewHeader, viewRows)] : []),
  ].join('\n');

  const compactRun = (r) => ({
    build: r.build,
    pairings: r.pairings,
    throttle: r.throttle,
    round: r.round,
    bytes: r.bytes,
    allViewsMs: round1(r.allViewsMs),
    notRendered: [...(r.missing ?? []), ...(r.failed ?? [])],
    heapBytes: r.heapBytes,
    fps: round1(r.fps),
    yearChangeFrameMs: (r.yearChange?.samples ?? []).map((s) => (s.ok ? round1(s.frameMs) : null)),
  });
  const result = {
    meta,
    targets,
    summary: agg,
    lighthouse: { ...light, runs: lh },
    scale: { sizes: scaleAgg, growth },
    yearChangeByView: viewAgg,
    firstScreenBySize: sizes.map((r) => ({
      viewport: r.viewport,
      bytes: r.firstScreenBytes,
      ms: round1(r.firstScreenMs),
      files: (r.files ?? []).filter((f) => f.firstScreen),
    })),
    runs: runs.map(compactRun),
    scaleRuns: scale.map(compactRun),
  };
  return { markdown, text, json: await prettierJson(JSON.stringify(result)) };
}

/** The JSON as Prettier would write it, so `prettier --check .` passes on the results. */
async function prettierJson(text) {
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(import.meta.filename)) ?? {};
    return await prettier.format(text, { ...options, parser: 'json' });
  } catch {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  }
}
