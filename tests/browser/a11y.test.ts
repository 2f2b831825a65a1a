import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, untilViewsShown, useBrowser } from './harness';

const require = createRequire(import.meta.url);
// Injected through the DevTools protocol: the app's CSP rightly refuses inline script tags.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

/** Runs axe-core in the page once every view has settled; returns "rule: targets" lines. */
async function axe(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelectorAll('.panel__loading').length === 0);
  await untilViewsShown(page);
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

const CASES = [
  { name: 'dashboard zh-CN', search: '' },
  { name: 'dashboard en', search: '?lang=en' },
  { name: 'projector theme', search: '?theme=projector&lang=en' },
  { name: 'presenter', search: '?present=1' },
  { name: 'presenter projector en', search: '?present=2&theme=projector&lang=en' },
  ...['map', 'trend', 'timeline', 'radar', 'hub'].map((v) => ({
    name: `embed ${v}`,
    search: `?embed=${v}`,
  })),
];

describe.skipIf(browserMissing)('accessibility (axe-core)', () => {
  const { open } = useBrowser();
  for (const c of CASES) {
    it(`has zero violations: ${c.name}`, async () => {
      const { page, problems } = await open(c.search, { width: 1366, height: 900 });
      await page.locator('[data-view]').first().waitFor();
      expect(await axe(page)).toEqual([]);
      expect(await problems.cspViolations()).toEqual([]);
    });
  }

  it('has zero violations on a phone with the sources drawer open', async () => {
    const { page } = await open('?lang=en', { width: 375, height: 812 });
    // On a phone the header's controls fold behind Menu.
    await page.locator('header').getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('dialog', { name: 'Sources' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('reaches every header control and panel with the keyboard alone, focus always visible', async () => {
    const { page } = await open('?lang=en', { width: 1366, height: 900 });
    await page.locator('[data-view="hub"]').waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!info) continue;
      expect(info.outlined, `focus ring on ${info.name}`).toBe(true);
      seen.add(info.name);
    }
    for (const name of [
      '中文',
      'English',
      'Standard',
      'Projector',
      'Share',
      'Present',
      'Sources',
    ]) {
      expect([...seen], name).toContain(name);
    }
    expect([...seen].some((n) => n.startsWith('Embed:'))).toBe(true);
  });
});
