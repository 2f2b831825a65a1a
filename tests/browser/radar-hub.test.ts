import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserMissing,
  nextFrames,
  screenshotPath,
  useBrowser,
  type PageProblems,
} from './harness';

const DATA = resolve(process.cwd(), 'data');

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core violations inside one panel, as "rule: targets" lines. */
async function axe(page: Page, view: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (v) =>
      (window as unknown as { axe: { run: (c: unknown, o: object) => Promise<unknown> } }).axe.run(
        document.querySelector(`[data-view="${v}"]`),
        { resultTypes: ['violations'] },
      ),
    view,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const HUB = JSON.parse(readFileSync(resolve(DATA, 'hub.json'), 'utf8')) as {
  bottlenecks: { id: string; name: { zh: string; en: string } }[];
  paths: { id: string; name: { zh: string; en: string } }[];
  links: { bottleneck: string; path: string; quote: { zh: string; en: string; locator: string } }[];
};
const short = (name: string) => name.split(/\s*[，:：]\s*/)[0]!;

const radar = (page: Page) => page.locator('[data-view=radar]');
const hub = (page: Page) => page.locator('[data-view=hub]');
const radarChart = (page: Page) => page.locator('[data-testid=radar-chart]');
/** The phase cards are folded under the chart; this unfolds them. */
async function openCards(page: Page) {
  const toggle = radar(page).getByTestId('radar-cards').locator('button[aria-expanded]').first();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function expectClean(problems: PageProblems) {
  expect(await problems.cspViolations()).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
}

describe.skipIf(browserMissing)('model radar and Zhengzhou hub in Chromium', () => {
  const { open: openPage } = useBrowser();

  const open = openPage;

  async function radarReady(page: Page) {
    // On a phone the panels below the map load as the reader scrolls to them.
    await page.locator('section[data-view=radar]').scrollIntoViewIfNeeded();
    await radarChart(page).locator('canvas').first().waitFor();
    await nextFrames(page);
  }

  it('toggles a model: URL, highlighted radar series, and map arcs and timeline band', async () => {
    const { page, problems } = await open('');
    await radarReady(page);
    expect(await radarChart(page).getAttribute('data-selected-models')).toBe('');
    const map = page.locator('[data-testid=map-chart]');
    await map.locator('canvas').first().waitFor();
    const arcsBefore = await map.getAttribute('data-arcs');
    const timeline = page.locator('[data-view=timeline]');
    await page.locator('[data-testid=timeline-svg]').waitFor();
    const bandsBefore = await timeline.locator('[data-highlighted="true"]').count();

    const toggle = radar(page)
      .getByRole('group')
      .first()
      .locator('[data-model=industry-education]');
    await toggle.click();
    await page.waitForFunction(() => location.search.includes('model=industry-education'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await radarChart(page).getAttribute('data-selected-models')).toBe('industry-education');
    await expect.poll(() => map.getAttribute('data-arcs'), { timeout: 5000 }).not.toBe(arcsBefore);
    const bands = timeline.locator('[data-highlighted="true"]');
    expect(await bands.count()).toBeGreaterThan(bandsBefore);
    expect(await timeline.locator('[data-highlighted="true"]').getAttribute('data-model')).toBe(
      'industry-education',
    );

    // A second model joins the selection; "All models" clears it.
    await radar(page).locator('[data-model=policy-driven]').first().click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('model') === 'policy-driven,industry-education',
    );
    expect(await radarChart(page).getAttribute('data-selected-models')).toBe(
      'policy-driven,industry-education',
    );
    await radar(page).getByTestId('radar-all').click();
    await page.waitForFunction(() => !location.search.includes('model='));
    expect(await radarChart(page).getAttribute('data-selected-models')).toBe('');
    await expectClean(problems);
  });

  it('follows a model selection made by the URL', async () => {
    const { page } = await open('?model=resource-complementary&lang=en');
    await radarReady(page);
    expect(await radarChart(page).getAttribute('data-selected-models')).toBe(
      'resource-complementary',
    );
    // The phase card of the selected model is the one shown when the cards are opened.
    await openCards(page);
    const tab = radar(page).getByRole('tab', { selected: true });
    expect(await tab.innerText()).toContain('Resource-complementary');
  });

  it('opens the rubric of a dimension with its five levels and the quoted rationale of each score', async () => {
    const { page, problems } = await open('');
    await radarReady(page);
    const first = radar(page).locator('[data-dimension]').first();
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const rubric = radar(page).getByTestId('radar-rubric');
    await rubric.waitFor();
    expect(await rubric.locator('.radar__level').count()).toBe(5);
    const text = await rubric.innerText();
    expect(text).toContain('位置：');
    expect(text).toMatch(/\d\/5/);
    await rubric.getByRole('button', { name: '收起' }).focus();
    await page.keyboard.press('Escape');
    await expect(rubric.count()).resolves.toBe(0);
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await expectClean(problems);
  });

  it('shows a representative programme on the map and a key policy on the timeline', async () => {
    const { page, problems } = await open('');
    await radarReady(page);
    const cards = radar(page).getByTestId('radar-cards');
    await openCards(page);
    const programme = cards.locator('[data-programme]').first();
    await programme.waitFor();
    const id = await programme.getAttribute('data-programme');
    const model = await cards.locator('[role=tabpanel]').getAttribute('data-model');
    await programme.click();
    await page.waitForFunction((p) => location.search.includes(`programme=${p}`), id);
    expect(param(page, 'programme')).toBe(id);
    expect(param(page, 'model')).toBe(model);
    expect(await programme.getAttribute('aria-pressed')).toBe('true');

    const policy = cards.locator('[data-policy]').first();
    if ((await policy.count()) > 0) {
      const pid = await policy.getAttribute('data-policy');
      await policy.click();
      await page.waitForFunction((p) => location.search.includes(`policy=${p}`), pid);
      expect(param(page, 'year')).toMatch(/^\d{4}$/);
    }
    // The cards are tabs: arrow keys move between models.
    const tab = cards.getByRole('tab', { selected: true });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    const next = await cards.locator('[role=tabpanel]').getAttribute('data-model');
    expect(next).not.toBe(model);
    await expectClean(problems);
  });

  it('shows a relationship the paper names on the map, in a year when it is active', async () => {
    const { page, problems } = await open('?year=2012');
    await radarReady(page);
    const cards = radar(page).getByTestId('radar-cards');
    await openCards(page);
    await cards.getByRole('tab').nth(2).click(); // industry–education joint building
    const rep = cards.locator('[data-pairing]').first();
    const id = (await rep.getAttribute('data-pairing'))!;
    await rep.click();
    await page.waitForFunction((p) => location.search.includes(`pairing=${p}`), id);
    expect(param(page, 'model')).toBe('industry-education');
    const pairings = JSON.parse(readFileSync(resolve(DATA, 'pairings.json'), 'utf8')) as {
      pairings: { id: string; startYear: number }[];
    };
    // 2012 is before it began: the year moves to its first year.
    expect(param(page, 'year')).toBe(String(pairings.pairings.find((p) => p.id === id)!.startYear));
    await expect
      .poll(() => page.getByTestId('map-detail').innerText())
      .toContain(
        await rep
          .innerText()
          .then((t) => t.split(' · ')[0]!.replace('→ ', '').split(' → ')[0]!.split('·')[0]!),
      );
    await expectClean(problems);
  });

  it('shows the Zhengzhou hub in Chinese: the four bottlenecks and four paths by name, a link’s passage on click', async () => {
    const { page, problems } = await open('');
    const matrix = hub(page).getByTestId('hub-matrix');
    await matrix.waitFor();
    for (const b of HUB.bottlenecks) {
      await expect(
        matrix.getByRole('button', { name: b.name.zh, exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    for (const p of HUB.paths) {
      await expect(
        matrix.getByRole('button', { name: short(p.name.zh), exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    const pairs = new Set(HUB.links.map((l) => `${l.bottleneck}>${l.path}`));
    expect(await matrix.locator('td[data-linked="true"]').count()).toBe(pairs.size);
    const link = HUB.links[0]!;
    await matrix.locator('td[data-linked="true"] button').first().click();
    const detail = hub(page).getByTestId('hub-detail');
    const text = await detail.innerText();
    expect(text).toContain(link.quote.zh.slice(0, 20));
    expect(text).toContain(`位置：${link.quote.locator}`);
    await expectClean(problems);
  });

  it('shows the hub in English with the same four bottlenecks and four paths', async () => {
    const { page, problems } = await open('?lang=en');
    const matrix = hub(page).getByTestId('hub-matrix');
    await matrix.waitFor();
    for (const b of HUB.bottlenecks) {
      await expect(
        matrix.getByRole('button', { name: b.name.en, exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    for (const p of HUB.paths) {
      await expect(
        matrix.getByRole('button', { name: short(p.name.en), exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    await matrix.getByRole('button', { name: short(HUB.paths[0]!.name.en), exact: true }).click();
    const text = await hub(page).getByTestId('hub-detail').innerText();
    expect(text).toContain('Measures');
    expect(text).toContain('(English: our translation)');
    expect(await hub(page).innerText()).not.toMatch(/瓶颈|路径|背景与机遇/);
    await expectClean(problems);
  });

  it('sets projector text at 24 px or more in both views', async () => {
    const { page } = await open('?theme=projector', { width: 1920, height: 1080 });
    await radarReady(page);
    await hub(page).getByTestId('hub-matrix').waitFor();
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      let where = '';
      for (const root of document.querySelectorAll(
        '[data-view=radar] .panel__body, [data-view=hub] .panel__body',
      )) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!n.textContent?.trim() || el.closest('.visually-hidden, .print-only')) continue;
          if (el.getClientRects().length === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < min) {
            min = size;
            where = `${el.className || el.tagName}: ${n.textContent.slice(0, 30)}`;
          }
        }
      }
      return { min, where };
    });
    expect(smallest.min, smallest.where).toBeGreaterThanOrEqual(24);
  });

  it('passes axe in both views with the rubric, a card and a hub link open', async () => {
    const { page } = await open('?model=industry-education');
    await radarReady(page);
    await openCards(page);
    await radar(page).locator('[data-dimension]').first().click();
    await hub(page)
      .getByTestId('hub-matrix')
      .locator('td[data-linked="true"] button')
      .first()
      .click();
    await hub(page).locator('.hub__context summary').click();
    expect(await axe(page, 'radar')).toEqual([]);
    expect(await axe(page, 'hub')).toEqual([]);
  });

  const shots: [string, string, number, number][] = [
    ['1920', '', 1920, 1080],
    ['1366', '?lang=en', 1366, 768],
    ['375', '', 375, 812],
    ['projector-1920', '?theme=projector', 1920, 1080],
    ['projector-1024', '?theme=projector&lang=en', 1024, 768],
  ];
  for (const [name, search, width, height] of shots) {
    it(`takes screenshots of the radar and the hub at ${name}`, async () => {
      const { page, problems } = await open(search, { width, height, reducedMotion: true });
      await radarReady(page);
      await radarChart(page).screenshot({ path: screenshotPath(`radar-chart-${name}`) });
      await openCards(page);
      await radar(page)
        .getByTestId('radar-cards')
        .screenshot({
          path: screenshotPath(`radar-cards-${name}`),
        });
      await radar(page).locator('[data-dimension]').nth(1).click();
      await radar(page)
        .getByTestId('radar-rubric')
        .screenshot({
          path: screenshotPath(`radar-rubric-${name}`),
        });
      await radar(page).screenshot({ path: screenshotPath(`radar-${name}`) });
      await page.locator('section[data-view=hub]').scrollIntoViewIfNeeded();
      const matrix = hub(page).getByTestId('hub-matrix');
      await matrix.locator('td[data-linked="true"] button').nth(2).click();
      await hub(page).screenshot({ path: screenshotPath(`hub-${name}`) });
      await expectClean(problems);
    });
  }

  for (const view of ['radar', 'hub'] as const) {
    it(`embeds the ${view} alone`, async () => {
      const { page, problems } = await open(`?embed=${view}&lang=en`, {
        width: 800,
        height: 900,
        reducedMotion: true,
      });
      await page.locator(`[data-view=${view}]`).waitFor();
      if (view === 'radar') await radarReady(page);
      else await hub(page).getByTestId('hub-matrix').waitFor();
      expect(await page.locator('[data-view]').count()).toBe(1);
      await page.screenshot({ path: screenshotPath(`embed-${view}`), fullPage: true });
      await expectClean(problems);
    });
  }
});
