import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as colours from '../../../src/lib/colours';
import * as theme from '../../../src/lib/theme';
import {
  cssVarName,
  PAGE_COLOURS,
  pageColours,
  tokensCss,
  withAlpha,
} from '../../../src/lib/theme';

const SRC = join(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(tsx?|css)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** "#0B5CAD", "#fff", "rgb(11, 92, 173)", "rgba(11,92,173,0.08)" → "#0b5cad", "#ffffff", … */
function coloursIn(text: string): string[] {
  const hex = [...text.matchAll(/#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b/g)].map((m) => {
    const h = m[1]!.toLowerCase();
    return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
  });
  const rgb = [...text.matchAll(/rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/g)].map(
    (m) => `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`,
  );
  return [...hex, ...rgb];
}

/** Every colour value exported by lib/colours.ts and lib/theme.ts. */
function palette(value: unknown = [colours, theme]): string[] {
  if (typeof value === 'string')
    return /^#[0-9a-fA-F]{6}$/.test(value) ? [value.toLowerCase()] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(palette);
  return [];
}

describe('colours', () => {
  it('are written in lib/colours.ts and lib/theme.ts only: no other file of src/ repeats one (hex or rgb)', () => {
    const ours = new Set(palette());
    const repeated = files(SRC)
      .filter((f) => !/lib[\\/](colours|theme)\.ts$/.test(f))
      .flatMap((f) =>
        coloursIn(readFileSync(f, 'utf8'))
          .filter((c) => ours.has(c))
          .map((c) => `${relative(SRC, f)}: ${c}`),
      );
    expect(repeated).toEqual([]);
  });

  it('finds a colour written as hex, short hex or rgb', () => {
    expect(
      coloursIn("a: '#0B5CAD'; b: #fff; c: rgba(11, 92, 173, 0.08); d: rgb(0 0 0 / 0.3)"),
    ).toEqual(['#0b5cad', '#ffffff', '#0b5cad', '#000000']);
  });

  it('gives the page every role as a CSS custom property, and the projector its differences', () => {
    const css = tokensCss();
    const root = css.slice(0, css.indexOf(':root[data-theme'));
    for (const [role, value] of Object.entries(PAGE_COLOURS.default)) {
      expect(root).toContain(`${cssVarName(role)}: ${value};`);
    }
    const projector = css.slice(
      css.indexOf(":root[data-theme='projector']"),
      css.indexOf('@media'),
    );
    expect(projector).toContain('--accent: #003d7a;');
    expect(projector).toContain('--text: #000000;');
    expect(projector).not.toContain('--error-border');
    expect(cssVarName('accentText')).toBe('--accent-text');
  });

  it('hands the charts the colours of their theme', () => {
    expect(pageColours(false).accent).toBe(PAGE_COLOURS.default.accent);
    expect(pageColours(true).accent).toBe(PAGE_COLOURS.projector.accent);
    expect(pageColours('projector').text).toBe('#000000');
    expect(withAlpha('#0b5cad', 0.08)).toBe('rgba(11, 92, 173, 0.08)');
  });

  it('keeps every CSS variable the stylesheets read defined', () => {
    const defined = new Set([
      ...Object.keys(PAGE_COLOURS.default).map(cssVarName),
      ...[...readFileSync(join(SRC, 'app/app.css'), 'utf8').matchAll(/^\s*(--[\w-]+):/gm)].map(
        (m) => m[1]!,
      ),
    ]);
    const read = files(SRC)
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
    expect([...new Set(read)].filter((v) => !defined.has(v))).toEqual([]);
  });
});
