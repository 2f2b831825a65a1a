import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readZip } from '../fixtures/read-zip';
import { browserMissing, screenshotPath, untilCanvasesSettle, useBrowser } from './harness';

type Story = { steps: { id: string; view: string; title: { zh: string; en: string } }[] };
const story = (): Story =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'data/story.json'), 'utf8')) as Story;

/** What each view draws once it is up, so a step is measured drawn, not loading. */
const DRAWN: Record<string, string> = {
  map: '[data-testid=map-chart] canvas',
  trend: '[data-testid=trend-chart] canvas',
  radar: '[data-testid=radar-chart] canvas',
  timeline: 'svg.timeline__svg .timeline__doc',
  hub: '[data-testid=hub-matrix] td',
};

/** Waits until step `n` is in the URL and its view has drawn, then for two frames. */
async function stepDrawn(page: Page, n: number, view: string) {
  await page.waitForFunction(
    (s) => new URL(location.href).searchParams.get('present') === s,
    `${n}`,
  );
  await page.locator(`.slide__visual [data-view=${view}] ${DRAWN[view]}`).first().waitFor();
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
}

interface SlideProblems {
  scroll: string[];
  outside: string[];
  small: string[];
  broken: string[];
}

/**
 * Everything that makes a slide fail on a projector, measured in the page: the page scrolls;
 * an element or a line of text leaves the screen or its region (the visual, the text, the
 * navigation); text under 18 px (24 px for the title), SVG text at its drawn scale; an English
 * word broken across lines.
 */
function slideProblems(page: Page, minFont: number) {
  return page.evaluate((min): SlideProblems => {
    const out: SlideProblems = { scroll: [], outside: [], small: [], broken: [] };
    const de = document.documentElement;
    if (de.scrollHeight > innerHeight || de.scrollWidth > innerWidth)
      out.scroll.push(`${de.scrollWidth}×${de.scrollHeight} in ${innerWidth}×${innerHeight}`);
    const regions = ['.slide__visual', '.slide__text', '.slide__nav'].map(
      (sel) => [sel, document.querySelector(sel)!.getBoundingClientRect()] as const,
    );
    const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const inside = (
      r: { left: number; top: number; right: number; bottom: number },
      box: typeof r,
    ) =>
      r.left >= box.left - 1 &&
      r.top >= box.top - 1 &&
      r.right <= box.right + 1 &&
      r.bottom <= box.bottom + 1;
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e.classList.contains('visually-hidden') || e.closest('caption.visually-hidden'))
          return true;
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return true;
        if (cs.clip === 'rect(0px, 0px, 0px, 0px)') return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(
      document.querySelector('.slide')!,
      NodeFilter.SHOW_TEXT,
    );
    const lang = document.documentElement.lang;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement!;
      if (!text.trim() || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const [name, region] = regions.find(([sel]) => el.closest(sel)) ?? ['screen', screen];
      for (const r of rects) {
        if (!inside(r, screen) || !inside(r, region)) {
          out.outside.push(`${name}: "${text.trim().slice(0, 40)}"`);
          break;
        }
      }
      // The size it is drawn at: SVG text scaled with its viewBox.
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement) size *= el.ownerSVGElement?.getScreenCTM()?.a ?? 1;
      const floor = el.closest('.slide__title') ? Math.max(min, 24) : min;
      if (size < floor - 0.1) out.small.push(`${size.toFixed(1)}px "${text.trim().slice(0, 30)}"`);
      // A word split over two lines ("Bottlenec k"): each word's rects on one line.
      if (lang === 'en' && !(el instanceof SVGElement) && rects.length > 1) {
        for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
          const w = document.createRange();
          w.setStart(node, m.index);
          w.setEnd(node, m.index + m[0].length);
          const tops = new Set([...w.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.broken.push(m[0]);
        }
      }
    }
    // Boxes too: a chart or a table cut by its region.
    for (const el of document.querySelectorAll(
      '.slide__visual canvas, .slide__visual svg, .slide__visual table',
    )) {
      if (hidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width && !inside(r, regions[0]![1])) out.outside.push(`visual: <${el.tagName}>`);
    }
    return out;
  }, minFont);
}

describe.skipIf(browserMissing)('presenter slides', () => {
  const { open } = useBrowser();

  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ] as const)
    for (const theme of ['projector', 'default'] as const)
      for (const lang of ['zh-CN', 'en'] as const)
        it(`fits every step of the talk on a ${w}×${h} screen, ${theme} theme, ${lang}${w === 1024 && lang === 'en' && theme === 'projector' ? ", each step's visual unlike the one before" : ''}`, async () => {
          const steps = story().steps;
          const { page, problems } = await open(`?present=1&lang=${lang}&theme=${theme}`, {
            width: w,
            height: h,
            reducedMotion: true,
          });
          const found: string[] = [];
          let before: Buffer | null = null;
          for (let n = 1; n <= steps.length; n++) {
            if (n > 1) await page.keyboard.press('ArrowRight');
            await stepDrawn(page, n, steps[n - 1]!.view);
            // The 18 px floor is the projector theme's; the default theme must fit all the same.
            const p = await slideProblems(page, theme === 'projector' ? 18 : 0);
            // The claim drawn on each visual makes it differ from the step before (checked once,
            // in English on a 1024×768 projector: pressing → always visibly does something).
            if (w === 1024 && lang === 'en' && theme === 'projector') {
              await untilCanvasesSettle(page, '.slide__visual canvas');
              const shot = await page.locator('.slide__visual').screenshot();
              await page.screenshot({ path: screenshotPath(`slide-${n}-${w}x${h}-en-projector`) });
              if (before) {
                const share = await differingShare(page, before, shot);
                if (share <= 0.005)
                  found.push(`en step ${n - 1} → ${n}: only ${(share * 100).toFixed(2)}% differs`);
              }
              before = shot;
            }
            for (const [kind, list] of Object.entries(p))
              for (const item of list as string[])
                found.push(`${lang} ${theme} step ${n} ${kind}: ${item}`);
          }
          expect(found).toEqual([]);
          expect(problems.pageErrors).toEqual([]);
        }, 120_000); // fifteen steps, each drawn and measured: longer than one page check
});

describe.skipIf(browserMissing)('presenter slide transitions', () => {
  const { open } = useBrowser();

  it('fades each step in, and not at all under reduced motion', async () => {
    const animations = async (page: Page) =>
      page.evaluate(() =>
        ['.slide__visual', '.slide__text'].map(
          (sel) => getComputedStyle(document.querySelector(sel)!).animationName,
        ),
      );
    const { page } = await open('?present=1&lang=en', { width: 1024, height: 768 });
    await stepDrawn(page, 1, 'map');
    expect(await animations(page)).toEqual(['slide-in-odd', 'slide-in-odd']);
    await page.keyboard.press('ArrowRight');
    await stepDrawn(page, 2, 'trend');
    // Another name restarts the animation on the same elements.
    expect(await animations(page)).toEqual(['slide-in-even', 'slide-in-even']);
    const still = await open('?present=2&lang=en', {
      width: 1024,
      height: 768,
      reducedMotion: true,
    });
    await stepDrawn(still.page, 2, 'trend');
    expect(await animations(still.page)).toEqual(['none', 'none']);
  });
});

describe.skipIf(browserMissing)('speaker window', () => {
  const { open } = useBrowser();

  it('shows the notes, the next step and the clock, and starts the talk from any step', async () => {
    const steps = story().steps as (Story['steps'][number] & { caption: { en: string } })[];
    const { page: audience, problems } = await open('?present=1&lang=en&theme=projector', {
      width: 1024,
      height: 768,
      reducedMotion: true,
    });
    await stepDrawn(audience, 1, 'map');
    const speaker = await audience.context().newPage();
    await speaker.setViewportSize({ width: 1366, height: 768 });
    await speaker.goto(`${audience.url().replace(/#.*$/, '')}#speaker`);
    await speaker
      .getByRole('heading', { level: 1, name: `Speaker view · 1 / ${steps.length}` })
      .waitFor();
    await expect(speaker.getByLabel('Time of day').textContent()).resolves.toMatch(/\d{1,2}:\d{2}/);
    await speaker.getByText(steps[1]!.title.en, { exact: true }).first().waitFor();
    // Jump to step 7 from the list: the audience follows, the speaker shows step 8 as next.
    const list = speaker.getByRole('navigation', { name: 'All steps (start from any)' });
    await list.getByRole('button', { name: steps[6]!.title.en }).click();
    await stepDrawn(audience, 7, steps[6]!.view);
    await speaker
      .getByRole('heading', { level: 1, name: `Speaker view · 7 / ${steps.length}` })
      .waitFor();
    await expect(
      list.getByRole('button', { name: steps[6]!.title.en }).getAttribute('aria-current'),
    ).resolves.toBe('step');
    await expect(speaker.locator('.speaker__next-title').textContent()).resolves.toBe(
      steps[7]!.title.en,
    );
    // The previews are the audience's slide and the next one, live: they followed the jump.
    const preview = (name: string) =>
      speaker.frameLocator(`iframe[title="${name}"]`).locator('.slide__title');
    await expect
      .poll(() => preview('The audience’s slide now').textContent(), { timeout: 15_000 })
      .toBe(steps[6]!.title.en);
    await expect
      .poll(() => preview('The next slide').textContent(), { timeout: 15_000 })
      .toBe(steps[7]!.title.en);
    // A preview follows; it never moves the talk: the audience is still on step 7.
    await expect(
      audience.evaluate(() => new URL(location.href).searchParams.get('present')),
    ).resolves.toBe('7');
    await speaker.evaluate(() => window.scrollTo(0, 0));
    await speaker.screenshot({ path: screenshotPath('speaker-1366x768-en') });
    expect(problems.pageErrors).toEqual([]);
  });
});

describe.skipIf(browserMissing)('a speaker window opened late', () => {
  const { open } = useBrowser();

  it('starts where the audience is, not where its own address says, and so do its previews', async () => {
    const steps = story().steps;
    const { page: audience, problems } = await open('?present=5&lang=en', {
      width: 1024,
      height: 768,
      reducedMotion: true,
    });
    await stepDrawn(audience, 5, steps[4]!.view);
    // An address from before the talk moved on (a bookmarked speaker view, a window reopened).
    const speaker = await audience.context().newPage();
    await speaker.setViewportSize({ width: 1366, height: 768 });
    await speaker.goto(
      `${audience
        .url()
        .replace(/present=5/, 'present=1')
        .replace(/#.*$/, '')}#speaker`,
    );
    await speaker
      .getByRole('heading', { level: 1, name: `Speaker view · 5 / ${steps.length}` })
      .waitFor();
    const preview = (name: string) =>
      speaker.frameLocator(`iframe[title="${name}"]`).locator('.slide__title');
    await expect
      .poll(() => preview('The audience’s slide now').textContent(), { timeout: 20_000 })
      .toBe(steps[4]!.title.en);
    await expect
      .poll(() => preview('The next slide').textContent(), { timeout: 20_000 })
      .toBe(steps[5]!.title.en);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe.skipIf(browserMissing)('the talk as .pptx', () => {
  const { open } = useBrowser();

  it('exports every step as a slide with its picture, text and notes, plus title and references', async () => {
    type Full = Story['steps'][number] & { notes: { en: string } | null; caption: { en: string } };
    const steps = story().steps as Full[];
    const { page, problems } = await open('?present=4&lang=en&theme=projector', {
      width: 1024,
      height: 768,
      reducedMotion: true,
    });
    await stepDrawn(page, 4, steps[3]!.view);
    const button = page.getByRole('button', { name: 'Export .pptx' });
    await button.waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    expect(file.suggestedFilename()).toBe('east-west-vet-atlas-talk-en.pptx');
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-pptx-')), file.suggestedFilename());
    await file.saveAs(path);
    const files = readZip(readFileSync(path));
    const text = (name: string) => new TextDecoder().decode(files.get(name));
    // A title slide, one per step, the references.
    expect(text('ppt/presentation.xml').match(/<p:sldId /g)).toHaveLength(steps.length + 2);
    const xml = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    steps.forEach((step, i) => {
      const k = i + 2;
      const slide = text(`ppt/slides/slide${k}.xml`);
      expect(slide, step.id).toContain(`<a:t>${xml(step.title.en)}</a:t>`);
      expect(slide, step.id).toContain(`<a:t>${xml(step.caption.en)}</a:t>`);
      if (step.notes)
        expect(text(`ppt/notesSlides/notesSlide${k}.xml`)).toContain(
          xml(step.notes.en.split('\n')[0]!),
        );
      // The visual at 2×: a real picture, not an empty frame.
      const png = files.get(`ppt/media/image${k}.png`)!;
      expect(png.length, step.id).toBeGreaterThan(10_000);
      expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThan(1500);
    });
    expect(text(`ppt/slides/slide${steps.length + 2}.xml`)).toContain('<a:t>References</a:t>');
    // The talk is back where it was; the export's time is measured.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('present') === '4');
    const took = await page.evaluate(
      () => performance.getEntriesByName('atlas-pptx-export')[0]!.duration,
    );
    // Measured, not asserted: a shared CI machine's load decides the wall time (README quotes it).
    console.log(`pptx export of ${steps.length} steps: ${(took / 1000).toFixed(1)} s`);
    expect(took).toBeGreaterThan(0);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  }, 90_000);
});

describe.skipIf(browserMissing)('the printed handout', () => {
  const { open } = useBrowser();

  it('prints one A4 page per step with its picture, caption, notes and source, then the references', async () => {
    type Full = Story['steps'][number] & {
      notes: { zh: string } | null;
      caption: { zh: string };
    };
    const steps = story().steps as Full[];
    const { page, problems } = await open('?present=2&lang=zh-CN', { width: 1366, height: 768 });
    await stepDrawn(page, 2, steps[1]!.view);
    // The browser's print dialog is counted, not shown.
    await page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => void (w.__printed += 1);
    });
    await page.getByRole('button', { name: '打印讲义' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __printed: number }).__printed === 1,
      undefined,
      { timeout: 60_000 },
    );
    const pages = page.locator('.handout__page');
    await expect(pages.count()).resolves.toBe(steps.length + 1);
    for (const [i, step] of steps.entries()) {
      const sheet = pages.nth(i);
      await expect(sheet.locator('h2').textContent()).resolves.toBe(step.title.zh);
      await expect(sheet.locator('.handout__caption').textContent()).resolves.toBe(step.caption.zh);
      if (step.notes)
        await expect(sheet.locator('.handout__notes').textContent()).resolves.toBe(step.notes.zh);
      await expect(sheet.locator('.handout__source').textContent()).resolves.toMatch(/^来源：/);
      // The step's picture, drawn (a captured slide, not an empty frame).
      const width = await sheet
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.naturalWidth);
      expect(width, step.id).toBeGreaterThan(1000);
    }
    await expect(pages.last().locator('h2').textContent()).resolves.toBe('参考文献');
    // The talk is back on the step it was on.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('present') === '2');
    // On paper the handout replaces the slide; on screen it is never seen.
    await expect(page.locator('.handout').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.slide').isVisible()).resolves.toBe(false);
    await expect(page.locator('.handout').isVisible()).resolves.toBe(true);
    // One A4 page per step and one for the references.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(steps.length + 1);
    await page.emulateMedia({ media: 'screen' });
    // Ctrl+P prints the handout again at once: it is kept, not captured anew.
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 2);
    const captures = () =>
      page.evaluate(() => performance.getEntriesByName('atlas-handout-capture').length);
    await expect(captures()).resolves.toBe(1);
    expect(problems.pageErrors).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
  }, 90_000);
});

/**
 * The share of pixels that differ between two PNGs (sizes may differ), decoded by a blank page
 * of the same browser (the atlas's CSP rightly refuses data: fetches).
 */
async function differingShare(page: Page, a: Buffer, b: Buffer) {
  const scratch = await page.context().newPage();
  const share = await scratch.evaluate(
    async ([a64, b64]) => {
      const load = async (b64: string) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        return createImageBitmap(blob);
      };
      const [ia, ib] = await Promise.all([load(a64), load(b64)]);
      const w = Math.max(ia.width, ib.width);
      const h = Math.max(ia.height, ib.height);
      const pixels = (img: ImageBitmap) => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let diff = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (
          Math.abs(pa[i]! - pb[i]!) +
            Math.abs(pa[i + 1]! - pb[i + 1]!) +
            Math.abs(pa[i + 2]! - pb[i + 2]!) >
          30
        )
          diff++;
      }
      return diff / (w * h);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
  await scratch.close();
  return share;
}
