// Lighthouse 12.8.2 (the newest that runs on Node 20) through its CLI, against Debian's
// Chromium, with the default mobile preset (simulated slow 4G and 4× CPU).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './measure.mjs';

const AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/**
 * One Lighthouse run; scores 0–100 (null if the category failed) and the main lab metrics.
 * @param {{ url: string; root: string; out: string; timeoutMs?: number }} opts
 */
export async function lighthouse({ url, root, out, timeoutMs = 120_000 }) {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  rmSync(out, { force: true });
  const args = [
    url,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
  ];
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(bin, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (c) => {
      clearTimeout(timer);
      if (c !== 0) process.stderr.write(`lighthouse exited ${c}: ${stderr}\n`);
      resolve(c);
    });
  });
  if (code !== 0 || !existsSync(out)) return { ok: false, seconds: (Date.now() - started) / 1000 };
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => {
    const s = lhr.categories?.[id]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : null;
  };
  const failing = (id) =>
    (lhr.categories?.[id]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => r.id);
  return {
    ok: true,
    seconds: (Date.now() - started) / 1000,
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    ...Object.fromEntries(
      Object.entries(AUDITS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
    ),
    failingAccessibility: failing('accessibility'),
    failingBestPractices: failing('best-practices'),
    runtimeError: lhr.runtimeError?.code ?? null,
  };
}
