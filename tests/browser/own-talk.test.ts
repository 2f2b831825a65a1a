import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readZip } from '../fixtures/read-zip';
import { readTalk } from '../../src/state/own-talk';
import { browserMissing, screenshotPath, useBrowser } from './harness';

const shown = (page: Page, view: string) =>
  page.waitForFunction(
    (v) => performance.getEntriesByName(`atlas-view-shown:${v}`).length > 0,
    view,
  );

/** Opens the dashboard at `search`, brings `view` into sight and adds it as a step. */
async function addStep(page: Page, search: string, view: string, n: number) {
  await page.goto(new URL(search, page.url()).href);
  const panel = page.locator(`section[data-view=${view}]`);
  await panel.scrollIntoViewIfNeeded();
  await shown(page, view);
  // The view's sources are listed once its data-and-sources section is in.
  await panel.locator('[data-source-ids]').first().waitFor({ state: 'attached' });
  await panel.getByRole('button', { name: /^Add as step/ }).click();
  await panel.getByText(`Added as step ${n} of your talk`).waitFor();
}

const urlParam = (page: Page, name: string) =>
  page.evaluate((n) => new URL(location.href).searchParams.get(n), name);

describe.skipIf(browserMissing)('your own talk', () => {
  const { open } = useBrowser();

  it('captures three states, reorders them by keyboard, edits both languages, plays, saves and reopens them', async () => {
    const { page, problems } = await open('?lang=en&year=2005', { width: 1366, height: 768 });
    await shown(page, 'map');
    await addStep(page, '?lang=en&year=2005', 'map', 1);
    await addStep(page, '?lang=en&year=2016&shade=gdp&drill=520000', 'map', 2);
    await addStep(page, '?lang=en&year=2021&series=west-share', 'trend', 3);

    // The editor lists them; the third moves up by keyboard.
    await page.locator('header').getByRole('button', { name: 'My talk' }).click();
    const dialog = page.locator('dialog[open]');
    const list = dialog.getByRole('navigation', { name: 'Steps of the talk' });
    await list.getByRole('button').nth(2).waitFor();
    await expect(list.getByRole('button').count()).resolves.toBe(3);
    await list.getByRole('button').nth(2).click();
    await dialog.getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    const years = () => list.locator('.talk__where').allTextContents();
    await expect(years()).resolves.toEqual([
      'Collaboration-flow map · 2005',
      'West/East GDP ratio · 2021',
      'Collaboration-flow map · 2016',
    ]);
    // Words in both languages for the first step; Undo and Redo the last of them.
    await list.getByRole('button').first().click();
    const field = (legend: string, lang: string) =>
      dialog
        .locator('fieldset', { hasText: legend })
        .locator(`label[lang="${lang}"] :is(input, textarea)`);
    await field('Title', 'en').fill('Where it began');
    await field('Caption', 'zh-CN').fill('二〇〇五年的协作关系');
    await field('Speaker notes', 'en').fill('Pause here.');
    await dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(field('Speaker notes', 'en').inputValue()).resolves.toBe('');
    await dialog.getByRole('button', { name: 'Redo' }).click();
    await expect(field('Speaker notes', 'en').inputValue()).resolves.toBe('Pause here.');
    await dialog.evaluate((d) => {
      d.scrollTo(0, 0);
      d.querySelector('.dialog__body')?.scrollTo(0, 0);
    });
    await page.screenshot({ path: screenshotPath('own-talk-editor-1366-en') });

    // Saved as a story file: the same schema as data/story.json, in the order and words given.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save as file' }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-talk-')), 'my-talk.json');
    await file.saveAs(path);
    const saved = readTalk(JSON.parse(readFileSync(path, 'utf8')));
    expect(saved.issues).toEqual([]);
    expect(saved.steps.map((s) => [s.view, s.state.year])).toEqual([
      ['map', 2005],
      ['trend', 2021],
      ['map', 2016],
    ]);
    expect(saved.steps[0]!.title.en).toBe('Where it began');
    expect(saved.steps[0]!.caption.zh).toBe('二〇〇五年的协作关系');
    expect(saved.steps[2]!.state).toMatchObject({ shade: 'gdp', drill: '520000' });
    expect(saved.steps[1]!.state.series).toEqual(['westShare']);

    // Played in presenter mode: each step restores its state.
    await list.getByRole('button').first().click();
    await dialog.getByRole('button', { name: 'Play from this step' }).click();
    await page.locator('.slide__title').getByText('Where it began').waitFor();
    await expect(urlParam(page, 'talk')).resolves.toBe('own');
    await expect(urlParam(page, 'year')).resolves.toBe('2005');
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide__visual [data-view=trend]').waitFor();
    await expect(urlParam(page, 'series')).resolves.toBe('west-share');
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide__visual [data-view=map]').waitFor();
    await expect(urlParam(page, 'shade')).resolves.toBe('gdp');
    await expect(urlParam(page, 'drill')).resolves.toBe('520000');
    // A reload keeps playing the reader's talk (it is kept in this browser).
    await page.reload();
    await page.locator('.slide__visual [data-view=map]').waitFor();
    await expect(page.locator('.slide__progress-label').textContent()).resolves.toBe('3 / 3');

    // Exported as .pptx: a title slide, the three steps, the references.
    const [deck] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export .pptx' }).click(),
    ]);
    const pptx = join(mkdtempSync(join(tmpdir(), 'atlas-talk-')), 'talk.pptx');
    await deck.saveAs(pptx);
    const parts = readZip(readFileSync(pptx));
    const presentation = new TextDecoder().decode(parts.get('ppt/presentation.xml'));
    expect(presentation.match(/<p:sldId /g)).toHaveLength(3 + 2);
    expect(new TextDecoder().decode(parts.get('ppt/slides/slide2.xml'))).toContain(
      'Where it began',
    );

    // Opened in a fresh browser from the file; a broken step is listed, the rest load.
    const fresh = await open('?lang=en', { width: 1366, height: 768 });
    await fresh.page.locator('header').getByRole('button', { name: 'My talk' }).click();
    const d2 = fresh.page.locator('dialog[open]');
    await d2.getByText('Your talk has no steps yet', { exact: false }).waitFor();
    const broken = JSON.parse(readFileSync(path, 'utf8')) as { steps: { view: string }[] };
    broken.steps[1]!.view = 'globe';
    const brokenPath = join(mkdtempSync(join(tmpdir(), 'atlas-talk-')), 'broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await d2.locator('input[type=file]').setInputFiles(brokenPath);
    await d2.getByText('Opened 2 steps from broken.json', { exact: false }).waitFor();
    await d2.getByText('1 step had a problem and was left out:').waitFor();
    await expect(d2.getByText(/^step 2: /).count()).resolves.toBe(1);
    // Not a talk at all: nothing changes, and it says why.
    const junk = join(mkdtempSync(join(tmpdir(), 'atlas-talk-')), 'junk.json');
    writeFileSync(junk, '{ not json');
    await d2.locator('input[type=file]').setInputFiles(junk);
    await d2.getByText('junk.json is not a talk file; nothing changed', { exact: false }).waitFor();
    await expect(
      d2.getByRole('navigation', { name: 'Steps of the talk' }).getByRole('button').count(),
    ).resolves.toBe(2);

    expect(problems.pageErrors).toEqual([]);
    expect(fresh.problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  }, 120_000);
});
