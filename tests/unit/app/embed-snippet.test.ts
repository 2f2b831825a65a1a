import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  embedUrl,
  HEIGHT_SCRIPT,
  iframeSnippet,
  initialHeight,
  responsiveSnippet,
} from '../../../src/app/embed-snippet';
import { embedBodyReserve } from '../../../src/modes/embed/layout';
import { DEFAULT_URL_STATE } from '../../../src/state/url-codec';

const page = 'https://example.org/atlas/';
const state = { ...DEFAULT_URL_STATE, lang: 'en' as const, year: 2016 };

describe('embed snippets', () => {
  it('frames the view with a title and the height it takes at 640 px, escaped', () => {
    const html = iframeSnippet(page, 'hub', state, 'Hub "case" <Zhengzhou> & co');
    expect(html).toContain('title="Hub &quot;case&quot; &lt;Zhengzhou> &amp; co"');
    expect(html).toContain(`height="${initialHeight('hub', 'en')}"`);
    expect(html).toContain(`src="${embedUrl(page, 'hub', state).replace(/&/g, '&amp;')}"`);
    // More than the body alone: the title above and the licence line under it.
    expect(initialHeight('hub', 'en')).toBeGreaterThan(embedBodyReserve('hub', 640, 'en'));
  });

  it('links to the embed, chart-only unless controls are asked for', () => {
    expect(embedUrl(page, 'map', state)).toBe(`${page}?lang=en&year=2016&embed=map`);
    expect(embedUrl(page, 'map', { ...state, controls: true })).toContain('controls=1');
  });

  it('keeps the responsive script under 1 KB, after the frame, and as the README shows it', () => {
    expect(new TextEncoder().encode(HEIGHT_SCRIPT).length).toBeLessThanOrEqual(1024);
    expect(responsiveSnippet(page, 'map', state, 'Map')).toBe(
      `${iframeSnippet(page, 'map', state, 'Map')}\n${HEIGHT_SCRIPT}`,
    );
    expect(readFileSync(resolve(process.cwd(), 'README.md'), 'utf8')).toContain(HEIGHT_SCRIPT);
  });
});
