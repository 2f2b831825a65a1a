import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  atlasUrl,
  browserMissing,
  nextFrames,
  untilCanvasesSettle,
  untilViewsShown,
  useBrowser,
} from './harness';

const real = (name: string) => readFileSync(resolve(process.cwd(), `data/${name}.json`), 'utf8');

/** Serves `body` instead of data/<name>.json for this page. */
async function serveInstead(page: Page, name: string, body: string) {
  await page.route(`**/data/${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

const PAYLOAD =
  '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>javascript:alert(1)';

const TEXT_LIMIT = { zh: 40, zhShort: 20, en: 80 } as const;

/** Every bilingual text in a dataset replaced by a script-like string (ids stay valid). */
function poisonTexts(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(poisonTexts);
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    const isText = typeof o.zh === 'string' && typeof o.en === 'string';
    return Object.fromEntries(
      Object.entries(o).map(([k, v]) => {
        // Cut to the shortest limit of any text field (a province's short name: 20), so every
        // file still validates and the payload reaches the screen.
        if (isText && (k === 'zh' || k === 'en' || k === 'zhShort')) {
          return [k, `${PAYLOAD} ${k}`.slice(0, TEXT_LIMIT[k])];
        }
        // (A GDP value's `vintage` is an id, not text: only a source's vintage is free text.)
        const freeText =
          k === 'locator' || k === 'docNumber' || (k === 'vintage' && 'publisher' in o);
        if (freeText) return [k, PAYLOAD];
        return [k, poisonTexts(v)];
      }),
    );
  }
  return json;
}

const MALFORMED: {
  name: string;
  file: string;
  body: () => string;
  expect: RegExp;
  survivor: string;
  /** Where the broken file is read, when not on the dashboard. */
  search?: string;
}[] = [
  {
    name: 'truncated JSON',
    file: 'pairings',
    body: () => real('pairings').slice(0, 500),
    expect: /data\/pairings\.json.*不是有效的 JSON/,
    survivor: 'hub',
  },
  {
    name: 'a number given as text',
    file: 'gdp',
    body: () => {
      const g = JSON.parse(real('gdp'));
      g.values[3].value = '3277.8';
      return JSON.stringify(g);
    },
    expect: /data\/gdp\.json.*记录 #3.*字段 value.*应为数字/,
    survivor: 'radar',
  },
  {
    name: 'a negative GDP value',
    file: 'gdp',
    body: () => {
      const g = JSON.parse(real('gdp'));
      g.values[0].value = -1;
      return JSON.stringify(g);
    },
    expect: /data\/gdp\.json.*字段 value.*超出范围/,
    survivor: 'hub',
  },
  {
    name: 'a huge number',
    file: 'gdp',
    body: () => real('gdp').replace(/"value":\s*[\d.]+/, '"value": 1e400'),
    expect: /data\/gdp\.json.*字段 value.*应为数字/,
    survivor: 'hub',
  },
  {
    name: 'an unknown province',
    file: 'pairings',
    body: () => {
      const p = JSON.parse(real('pairings'));
      p.pairings[0].west.adcode = '990000';
      return JSON.stringify(p);
    },
    expect: /data\/pairings\.json.*字段 west\.adcode.*引用了不存在的“990000”/,
    // Only that relationship is left out: the map itself still draws.
    survivor: 'map',
  },
  {
    name: 'duplicate ids',
    file: 'policies',
    body: () => {
      const p = JSON.parse(real('policies'));
      p.policies[1].id = p.policies[0].id;
      return JSON.stringify(p);
    },
    expect: /data\/policies\.json.*重复的标识/,
    survivor: 'hub',
  },
  {
    name: 'a multi-megabyte string',
    file: 'hub',
    body: () => {
      const h = JSON.parse(real('hub'));
      h.bottlenecks[0].name.zh = 'x'.repeat(3_000_000);
      return JSON.stringify(h);
    },
    expect: /data\/hub\.json.*字段 name\.zh.*文本过长/,
    survivor: 'map',
  },
  {
    name: 'deep nesting',
    file: 'story',
    body: () => `{"steps": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    expect: /data\/story\.json/,
    // The story is only read by presenter mode; the dashboard must still work afterwards.
    search: '?present=1',
    survivor: 'map',
  },
  {
    name: 'a missing file',
    file: 'models',
    body: () => '',
    expect: /data\/models\.json.*不是有效的 JSON/,
    survivor: 'hub',
  },
];

describe.skipIf(browserMissing)('hostile input', () => {
  const { open } = useBrowser();

  for (const m of MALFORMED) {
    it(`explains ${m.name} in ${m.file}.json and keeps the other views working`, async () => {
      const { page, problems } = await open('', { width: 1366, height: 900 });
      await serveInstead(page, m.file, m.body());
      await page.goto(`${atlasUrl}${m.search ?? ''}`);
      const said = page.locator('.dataset-error, .notice--data');
      // The dashboard says it at the top (the panels point there); a presenter's slide, in
      // its panel.
      await page.locator(m.search ? '.dataset-error' : '.notice--data').waitFor();
      // The reader sees plain sentences; file, record, field and the parser's words are
      // behind a closed "details" disclosure, for whoever fixes the data.
      const visible = (await said.allInnerTexts()).join('\n');
      expect(visible).not.toMatch(/data\//);
      expect(visible).toMatch(/无法读取|无法使用|不存在/);
      const details = (await said.allTextContents()).join('\n');
      expect(details).toMatch(m.expect);
      if (m.search) await page.goto(atlasUrl);
      const survivor = page.locator(`[data-view="${m.survivor}"]`);
      await survivor.scrollIntoViewIfNeeded();
      // The survivor has really drawn: neither waiting to load nor loading, and no error.
      await page.waitForFunction(
        (v) =>
          !document.querySelector(
            `[data-view="${v}"] .panel__loading, [data-view="${v}"] .panel__deferred`,
          ),
        m.survivor,
      );
      await expect(survivor.locator('.dataset-error').count()).resolves.toBe(0);
      expect(problems.pageErrors).toEqual([]);
    });
  }

  it('shows script-like strings in every text field as text and never runs them', async () => {
    const { page, problems } = await open('', { width: 1366, height: 900 });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    for (const name of [
      'sources',
      'provinces',
      'pairings',
      'policies',
      'models',
      'hub',
      'story',
      'gdp',
    ]) {
      await serveInstead(page, name, JSON.stringify(poisonTexts(JSON.parse(real(name)))));
    }
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.panel__loading').length === 0);
    await untilViewsShown(page);
    // Open every "data & sources" table, the sources drawer and hover the charts.
    for (const b of await page.getByRole('button', { name: '数据与来源' }).all()) await b.click();
    for (const chart of await page.locator('canvas').all()) {
      const box = await chart.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // The tooltip, if any, is drawn in the frames after the pointer moved.
      await nextFrames(page);
    }
    await page.getByRole('button', { name: '资料来源' }).click();
    await page.getByRole('dialog').waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toContain('<img src=x onerror=');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  it(
    'survives fuzzed URLs: defaults plus the notice, zero uncaught errors',
    { timeout: 120_000 },
    async () => {
      const junk = [
        '?year=2016&year=2017&year=abc',
        `?province=${'9'.repeat(10_000)}`,
        '?lang=%E4%B8%AD%E6%96%87&theme=%00',
        '?model=policy-driven,policy-driven,,x',
        '?embed=map&present=3',
        '?pairing=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        '?%F0%9F%98%80=%F0%9F%98%80&__proto__=1&constructor=x',
        '?present=99999',
        '?programme=..%2F..%2Fetc%2Fpasswd',
        '?year=2010%27%20OR%201%3D1',
      ];
      for (const q of junk) {
        const { page, problems } = await open(q, { width: 1024, height: 768 });
        await page.locator('[data-view]').first().waitFor();
        expect(problems.pageErrors, q).toEqual([]);
        expect(await problems.cspViolations(), q).toEqual([]);
        await page.context().close();
      }
    },
  );
});

describe.skipIf(browserMissing)('hostile host page', () => {
  const { open } = useBrowser();

  it('holds atlas:set messages to the URL rules and to one update per frame', async () => {
    const { page, problems } = await open('', { width: 900, height: 800, reducedMotion: true });
    // Counts every canvas clear in every frame: each redraw of a chart clears its layers, and
    // with reduced motion nothing else does.
    await page.context().addInitScript(() => {
      const w = window as unknown as { __clears: number };
      w.__clears = 0;
      const clearRect = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        w.__clears += 1;
        return clearRect.apply(this, args);
      };
    });
    // A host page of its own origin path (see modes.test.ts: why not about:blank).
    await page.goto(new URL('/embed-host', atlasUrl).href);
    await page.setContent(`<!doctype html><html><body style="margin:0">
      <iframe id="f" src="${atlasUrl}?embed=map&year=2016" style="width:640px;height:640px;border:0"></iframe>
      <script>
        const w = () => document.getElementById('f').contentWindow;
        window.send = (m) => w().postMessage(m, '*');
        window.clears = () => w().__clears;
        /** Calls make(i) and posts its messages on every frame for ms; resolves with the frame count. */
        window.everyFrame = (ms, make) => new Promise((done) => {
          const t0 = performance.now();
          let i = 0;
          const tick = () => {
            for (const m of make(i++)) window.send(m);
            if (performance.now() - t0 < ms) requestAnimationFrame(tick);
            else done(i);
          };
          requestAnimationFrame(tick);
        });
      </script></body></html>`);
    const frame = page.frames().find((f) => f.url().includes('embed=map'))!;
    await frame.waitForFunction(() => performance.getEntriesByName('atlas-view-shown:map').length);
    await untilCanvasesSettle(frame);
    const year = () => frame.evaluate(() => new URL(location.href).searchParams.get('year'));
    const lang = () => frame.evaluate(() => document.documentElement.lang);
    type Host = {
      send: (m: unknown) => void;
      clears: () => number;
      everyFrame: (ms: number, make: (i: number) => unknown[]) => Promise<number>;
    };

    // The padded year is over-long as a URL value; as a message it is refused just the same,
    // while the next, valid message is applied.
    await page.evaluate(() => {
      const h = window as unknown as Host;
      h.send({ type: 'atlas:set', year: `2001${' '.repeat(500)}` });
      h.send({ type: 'atlas:set', lang: 'en' });
    });
    await frame.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await year()).toBe('2016');

    // A host repeating one state on every frame for 2 s: it is applied once, then nothing redraws.
    await page.evaluate(() =>
      (window as unknown as Host).send({ type: 'atlas:set', year: 2010, model: 'policy-driven' }),
    );
    await frame.waitForFunction(() => location.search.includes('year=2010'));
    await untilCanvasesSettle(frame);
    const before = await page.evaluate(() => (window as unknown as Host).clears());
    const frames = await page.evaluate(() =>
      (window as unknown as Host).everyFrame(2000, () => [
        { type: 'atlas:set', year: 2010, model: 'policy-driven', lang: 'en' },
      ]),
    );
    const repeatedClears =
      (await page.evaluate(() => (window as unknown as Host).clears())) - before;
    expect(frames).toBeGreaterThan(10);
    // Redrawing on each message would clear every layer on every frame.
    expect(repeatedClears).toBe(0);

    // 200 different states in one burst: one update per frame, the last state wins.
    const beforeBurst = await page.evaluate(() => (window as unknown as Host).clears());
    await page.evaluate(() => {
      const h = window as unknown as Host;
      for (let k = 0; k < 200; k++) h.send({ type: 'atlas:set', year: 2000 + (k % 25) });
    });
    // 199 % 25 = 24: the last message asked for 2024, the default year, which leaves the URL.
    await frame.waitForFunction(() => !location.search.includes('year='));
    await untilCanvasesSettle(frame);
    const burstClears =
      (await page.evaluate(() => (window as unknown as Host).clears())) - beforeBurst;
    // Each redraw clears at least one canvas: fewer clears than messages, fewer redraws.
    expect(burstClears).toBeGreaterThan(0);
    expect(burstClears).toBeLessThan(200);
    expect(await lang()).toBe('en');
    expect(problems.pageErrors).toEqual([]);
  });
});

describe.skipIf(browserMissing)('errors that point at their cause', () => {
  const { open } = useBrowser();

  it('blames a renamed source id on sources.json once, and keeps the views whose records are intact', async () => {
    const { page, problems } = await open('', { width: 1366, height: 900 });
    const renamed = 'paper-gao-guo-2025';
    await serveInstead(page, 'sources', real('sources').replace(`"${renamed}"`, `"${renamed}-v2"`));
    await serveInstead(page, 'hub', real('hub').slice(0, 3000));
    await page.goto(atlasUrl);
    const notice = page.locator('.notice--data');
    await notice.getByText('sources.json', { exact: false }).first().waitFor();
    await page.locator('[data-view]').last().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('.panel__loading, .panel__deferred'));
    const said = await notice.innerText();
    expect(said).toContain(`其他数据文件引用的条目在 sources.json 中不存在：“${renamed}”。`);
    expect(said).toContain('很可能是 sources.json 被修改过');
    const pairingsLeft = Number(said.match(/pairings\.json 略去 (\d+) 条/)?.[1]);
    const cited = (
      JSON.parse(real('pairings')) as { pairings: { sourceIds: string[] }[] }
    ).pairings.filter((p) => p.sourceIds.includes(renamed)).length;
    expect(pairingsLeft).toBeGreaterThanOrEqual(cited);
    // The unreadable hub.json is its own notice, with the parser's words behind "details".
    expect(said).toContain('无法读取 hub.json。无法显示：区域中心案例：郑州。');
    expect(said).not.toContain('JSON at position');
    await notice.getByText('详细信息（供数据作者参考）').first().click();
    expect(await notice.innerText()).toMatch(
      /文件 data\/hub\.json: 不是有效的 JSON：.*position 3000/,
    );
    // The map and the trend draw what is left; nothing about sources.json is repeated below.
    for (const view of ['map', 'trend']) {
      await page.locator(`[data-view="${view}"] canvas`).first().waitFor();
      expect(await page.locator(`[data-view="${view}"] .dataset-error`).count(), view).toBe(0);
    }
    const panels = await page.locator('.panel .dataset-error').allTextContents();
    expect(panels.length).toBeGreaterThan(0);
    for (const text of panels) {
      expect(text).toContain('问题说明见页面顶部。');
      expect(text).not.toMatch(/sources\.json|hub\.json|position/);
    }
    expect(problems.pageErrors).toEqual([]);
  });

  it('lists every one of 25 picked files with its outcome, and a refused file replaces nothing', async () => {
    const { page, problems } = await open('', { width: 1366, height: 900 });
    await page.locator('[data-view="map"] canvas').first().waitFor();
    await page.getByRole('button', { name: '载入数据' }).click();
    const dialog = page.getByRole('dialog', { name: '载入自己的数据' });
    const json = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const files = [
      json('sources.json', real('sources').slice(0, 3000)),
      json('gdp.json', ' '.repeat(9 * 1024 * 1024)),
      json('pairings.json', real('pairings')),
      json('pairings (2).json', real('pairings')),
      ...Array.from({ length: 21 }, (_, i) => json(`notes-${i + 1}.json`, '{}')),
    ];
    expect(files).toHaveLength(25);
    await dialog.locator('input[type="file"]').setInputFiles(files);
    const items = dialog.locator('.own-report__file');
    await expect.poll(() => items.count()).toBe(25);
    const lines = await items.allInnerTexts();
    expect(lines[0]).toMatch(
      /^sources\.json — 未采用，没有替换任何数据（sources\.json 保持原样）：不是有效的 JSON/,
    );
    expect(lines[1]).toMatch(/^gdp\.json — 未采用.*文件过大（9\.0 MB，上限 8\.0 MB）/);
    expect(lines[2]).toBe('pairings.json — 已使用：替换内置的 pairings.json');
    expect(lines[3]).toMatch(/^pairings \(2\)\.json — 已忽略：同一数据集已选择了 pairings\.json/);
    for (const line of lines.slice(4))
      expect(line).toMatch(/^notes-\d+\.json — 已忽略：不是数据文件的名称/);
    await expect(dialog.getByText('已使用：1 · 未采用：2 · 已忽略：22').count()).resolves.toBe(1);
    // Nothing was replaced by the refused files: the views and the bibliography still work.
    await page.keyboard.press('Escape');
    await page.locator('[data-view="trend"]').scrollIntoViewIfNeeded();
    await page.locator('[data-view="trend"] canvas').first().waitFor();
    expect(await page.locator('.dataset-error, .notice--data').count()).toBe(0);
    await page.getByRole('button', { name: '资料来源' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('dialog', { name: '资料来源' })
          .getByText(/共 \d+ 条来源/)
          .count(),
      )
      .toBe(1);
    expect(problems.pageErrors).toEqual([]);
  });
});
