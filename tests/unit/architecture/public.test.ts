import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_COLOURS } from '../../../src/lib/theme';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const { accent, bg } = PAGE_COLOURS.default;

describe('public/: icons, manifest, link-preview tags', () => {
  it('the web manifest is valid JSON, relative (any sub-path), with icons the build provides', () => {
    const manifest = JSON.parse(read('public/manifest.webmanifest')) as {
      start_url: string;
      scope: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    // The PNG icons are drawn from favicon.svg when the site is built (vite.config.ts).
    const built = read('vite.config.ts');
    for (const icon of manifest.icons) {
      expect(icon.src).not.toMatch(/^\//);
      if (icon.src !== 'favicon.svg') expect(built).toContain(`'${icon.src}'`);
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    // Colours are written once (lib/theme.ts); these files cannot import it, so they are held to it.
    expect(manifest.theme_color).toBe(accent);
    expect(manifest.background_color).toBe(bg);
  });

  it('the favicon and the page’s theme colour are the theme’s accent', () => {
    expect(read('public/favicon.svg')).toContain(`fill="${accent}"`);
    expect(read('index.html')).toContain(`<meta name="theme-color" content="${accent}" />`);
  });

  it('the page names its icon, manifest and Open Graph title and description', () => {
    const html = read('index.html');
    for (const tag of [
      '<link rel="icon" type="image/svg+xml" href="/favicon.svg" />',
      '<link rel="manifest" href="/manifest.webmanifest" />',
      'property="og:title"',
      'property="og:description"',
    ])
      expect(html).toContain(tag);
  });
});
