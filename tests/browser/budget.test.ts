import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { atlasUrl, browserMissing, useBrowser } from './harness';

/** Everything the first screen needs, gzip-compressed, must fit this budget (issue: quality gates). */
const BUDGET_BYTES = 360 * 1024;
const dist = resolve(process.env.ATLAS_DIST ?? resolve(process.cwd(), 'dist'));

describe.skipIf(browserMissing)('byte budget', () => {
  const { open } = useBrowser();

  it(`ships at most ${BUDGET_BYTES / 1024} KB gzip for the first screen`, async () => {
    const { page } = await open('', { width: 1366, height: 900 });
    const urls = new Set<string>();
    page.on('request', (r) => {
      if (r.url().startsWith(atlasUrl)) urls.add(r.url());
    });
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.panel__loading').length === 0);
    await page.waitForLoadState('networkidle');
    const rows = [...urls].map((u) => {
      const path =
        decodeURIComponent(new URL(u).pathname.slice(new URL(atlasUrl).pathname.length)) ||
        'index.html';
      const file = resolve(dist, path);
      const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      return { path, raw: body.length, gzip: gzipSync(body).length };
    });
    const total = rows.reduce((n, r) => n + r.gzip, 0);
    mkdirSync(resolve(process.cwd(), 'test-results'), { recursive: true });
    writeFileSync(
      resolve(process.cwd(), 'test-results/budget.json'),
      JSON.stringify(
        { budget: BUDGET_BYTES, total, rows: rows.sort((a, b) => b.gzip - a.gzip) },
        null,
        2,
      ),
    );
    console.log(`first screen: ${(total / 1024).toFixed(1)} KB gzip over ${rows.length} files`);
    expect(rows.some((r) => r.path.endsWith('.js'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
