import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './chromium';
import { serveStatic } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasUrl: string;
    wsEndpoint: string;
  }
}

/** Starts one static server for dist/ and one Chromium for every browser test file. */
export default async function setup(project: TestProject) {
  // ATLAS_DIST lets parallel work test its own build without sharing dist/.
  const dist = resolve(process.env.ATLAS_DIST ?? resolve(process.cwd(), 'dist'));
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  if (!hasChromium()) {
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (CI requires it).`);
    console.warn(
      `\n\n!!! Chromium not found at ${CHROMIUM_PATH}: BROWSER TESTS ARE SKIPPED.\n` +
        '!!! Install it with: apt-get install -y chromium fonts-noto-cjk\n\n',
    );
    project.provide('atlasUrl', '');
    project.provide('wsEndpoint', '');
    return;
  }
  const { server, url } = await serveStatic(dist);
  const browser: BrowserServer = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  project.provide('atlasUrl', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  };
}
