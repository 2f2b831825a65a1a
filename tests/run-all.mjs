#!/usr/bin/env node
// The one test command: typecheck, lint, format, unit/component tests, build, browser tests.
// Ends with one line "N passed, N failed" totalling every suite (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];

// `npm test` on a fresh clone: install the dependencies first.
if (!existsSync('node_modules/.bin/vitest')) {
  console.log('node_modules is missing: running npm ci first');
  const r = spawnSync('npm', ['ci'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const outDir = 'test-results';
mkdirSync(outDir, { recursive: true });

function run(name, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

/** A check that is one test: it passes or it fails. */
function check(name, cmd, args) {
  const r = run(name, cmd, args);
  results.push({
    name,
    passed: r.ok ? 1 : 0,
    failed: r.ok ? 0 : 1,
    skipped: 0,
    seconds: r.seconds,
  });
  return r.ok;
}

/** A Vitest run, counted test by test from its JSON report. */
function vitest(name, extraArgs) {
  const report = `${outDir}/${name}.json`;
  rmSync(report, { force: true });
  const r = run(name, 'npx', [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
    skipped = json.numPendingTests + json.numTodoTests;
    // A suite that failed to load reports no tests: count it as a failure.
    for (const s of json.testResults ?? []) {
      if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) failed += 1;
    }
  }
  if (!r.ok && failed === 0) failed = 1;
  results.push({ name, passed, failed, skipped, seconds: r.seconds });
  return r.ok;
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', []);
const builtApp = check('build', 'npx', ['vite', 'build']);
const builtSingle = check('build:single', 'npx', ['vite', 'build', '--mode', 'single']);
const built = builtApp && builtSingle;
if (built) vitest('browser', ['--config', 'tests/browser/vitest.config.ts']);
else results.push({ name: 'browser', passed: 0, failed: 1, skipped: 0, seconds: '0' });

console.log('\nSuite totals:');
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed` +
      `${r.skipped ? ` ${r.skipped} skipped` : ''}  (${r.seconds}s)`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
