import { describe, expect, it } from 'vitest';
import { framedSvg, imageFrame } from '../../../src/ui/chart-export';
import type { LegendMark } from '../../../src/ui/export-legend';

/** A monospace measurer: every character 0.6 em wide, bold 0.65 em. */
const measure = (size: number) => (text: string, bold: boolean) =>
  [...text].length * size * (bold ? 0.65 : 0.6);

const texts = (marks: LegendMark[]) => marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

const meta = {
  title: 'Collaboration-flow map',
  caption: '43 relationships shown for 2016 (40 province pairs, 59 pairings in all).',
  source:
    'Source: National Bureau of Statistics of China; Ministry of Education; National Platform for Common Geospatial Information Services (Tianditu)',
  credit: 'East–West VET Atlas · Data and quotations: their publishers’; code: MIT',
};

describe('an exported image’s frame', () => {
  it('puts the title and caption above the chart and the source and credit under it', () => {
    const frame = imageFrame(meta, 2000, measure);
    expect(texts(frame.header.marks)).toEqual([meta.title, meta.caption]);
    expect(texts(frame.footer.marks)).toEqual([meta.source, meta.credit]);
    expect(frame.top).toBeGreaterThan(frame.header.height);
    expect(frame.bottom).toBeGreaterThan(frame.footer.height);
  });

  it('wraps every line to the width instead of cutting it, at every word', () => {
    const narrow = imageFrame(meta, 320, measure);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    // Every word of the source and the credit is there, in order, on more lines.
    expect(texts(narrow.footer.marks).flatMap(words)).toEqual([
      ...words(meta.source),
      ...words(meta.credit),
    ]);
    expect(narrow.footer.height).toBeGreaterThan(imageFrame(meta, 2000, measure).footer.height);
    for (const m of narrow.footer.marks) {
      if (m.kind !== 'text') continue;
      expect(m.x + measure(12)(m.text, false)).toBeLessThanOrEqual(320 - 24 + 0.01);
    }
  });

  it('wraps Chinese between any two characters', () => {
    const zh = imageFrame(
      {
        title: '协作流向图',
        source: '来源：国家统计局；教育部；国家地理信息公共服务平台（天地图）',
      },
      160,
      measure,
    );
    expect(texts(zh.footer.marks).join('')).toBe(
      '来源：国家统计局；教育部；国家地理信息公共服务平台（天地图）',
    );
    expect(texts(zh.footer.marks).length).toBeGreaterThan(1);
  });

  it('nests the chart’s SVG under the header and escapes every text', () => {
    const frame = imageFrame({ ...meta, title: 'A <b>&</b> "map"' }, 640, measure);
    const chart = '<svg width="640" height="400" xmlns="http://www.w3.org/2000/svg"><g/></svg>';
    const svg = framedSvg(chart, 640, 400, frame);
    const total = frame.top + 400 + frame.bottom;
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${total}"`),
    );
    expect(svg).toContain(`<svg x="0" y="${frame.top}" width="640" height="400"`);
    expect(svg).toContain('>A &lt;b&gt;&amp;&lt;/b&gt; &quot;map&quot;</text>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(`>${meta.credit}</text>`);
    expect(svg.endsWith('</svg></svg>') || svg.endsWith('</svg>')).toBe(true);
  });
});
