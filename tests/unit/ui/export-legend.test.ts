import { describe, expect, it } from 'vitest';
import {
  appendSvgLegend,
  layoutLegend,
  legendSvg,
  type LegendMark,
  type LegendRow,
} from '../../../src/ui/export-legend';

// Every character 10 px wide (bold 12), at font size 10: lines are 17 px tall.
const measure = (text: string, bold: boolean) => text.length * (bold ? 12 : 10);
const texts = (marks: LegendMark[]) =>
  marks.filter((m) => m.kind === 'text').map((m) => (m.kind === 'text' ? m.text : ''));

const rows: LegendRow[] = [
  {
    title: 'Models',
    keys: [
      { label: 'policy', line: { colour: '#111111', width: 3 } },
      { label: 'resource', line: { colour: '#222222', width: 3, dash: [7, 4] } },
    ],
  },
  { title: 'Fill', keys: [{ label: 'east', fill: '#abcdef' }] },
];

describe('export legend', () => {
  it('draws every title, symbol and label, each row on its own line', () => {
    const l = layoutLegend(rows, 1000, 10, measure);
    expect(texts(l.marks)).toEqual(['Models', 'policy', 'resource', 'Fill', 'east']);
    const lines = l.marks.filter((m) => m.kind === 'line');
    expect(lines.map((m) => (m.kind === 'line' ? m.dash : null))).toEqual([[], [7, 4]]);
    expect(l.marks.filter((m) => m.kind === 'rect')).toHaveLength(1);
    expect(l.height).toBe(2 * 17);
    const fill = l.marks.find((m) => m.kind === 'text' && m.text === 'Fill')!;
    expect(fill.kind === 'text' && fill.y).toBe(17 + 17 / 2);
  });

  it('wraps keys that do not fit onto further lines, never past the width', () => {
    const narrow = layoutLegend(rows, 160, 10, measure);
    expect(narrow.height).toBeGreaterThan(2 * 17);
    for (const m of narrow.marks) {
      if (m.kind === 'text') expect(m.x + measure(m.text, m.bold)).toBeLessThanOrEqual(160);
    }
  });

  it('wraps a title longer than the width at spaces, and Chinese between characters', () => {
    const long: LegendRow[] = [
      { title: 'Arc width: number of pairings that year', keys: [] },
      { title: '连线宽度：该年两地之间的结对数量', keys: [] },
    ];
    const l = layoutLegend(long, 130, 10, measure);
    const parts = texts(l.marks);
    // Bold characters are 12 px wide here: ten fit on a line.
    expect(parts.slice(0, 4)).toEqual(['Arc width:', 'number of', 'pairings', 'that year']);
    expect(parts.join('')).toBe(
      'Arc width:number ofpairingsthat year' + '连线宽度：该年两地之间的结对数量',
    );
    for (const m of l.marks)
      if (m.kind === 'text') expect(m.x + measure(m.text, m.bold)).toBeLessThanOrEqual(130);
  });

  it('puts a ramp between its two labelled ends', () => {
    const l = layoutLegend(
      [
        {
          title: 'GDP',
          keys: [{ label: '', ramp: { colours: ['#fff', '#000'], from: '1', to: '9' } }],
        },
      ],
      1000,
      10,
      measure,
    );
    const from = l.marks.find((m) => m.kind === 'text' && m.text === '1')!;
    const ramp = l.marks.find((m) => m.kind === 'ramp')!;
    const to = l.marks.find((m) => m.kind === 'text' && m.text === '9')!;
    expect(from.kind === 'text' && ramp.kind === 'ramp' && to.kind === 'text').toBe(true);
    if (from.kind !== 'text' || ramp.kind !== 'ramp' || to.kind !== 'text') return;
    expect(from.x).toBeLessThan(ramp.x);
    expect(ramp.x + ramp.w).toBeLessThan(to.x);
  });

  it('writes SVG with every string escaped, and grows the document to hold it', () => {
    const hostile: LegendRow[] = [
      { title: '<img src=x onerror=alert(1)>', keys: [{ label: '"&<b>', fill: '"red' }] },
    ];
    const l = layoutLegend(hostile, 500, 10, measure);
    const g = legendSvg(l, 10, 600, 400, 12);
    expect(g).not.toContain('<img');
    expect(g).not.toContain('<b>');
    expect(g).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(g).toContain('fill="&quot;red"');

    const svg =
      '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><rect/></svg>';
    const out = appendSvgLegend(svg, g, 41);
    expect(out).toMatch(/^<svg width="600" height="441" [^>]*viewBox="0 0 600 441">/);
    expect(out.endsWith(`${g}</svg>`)).toBe(true);
    expect(new DOMParserLike(out).ok).toBe(true);
  });
});

/** Well-formedness without a DOM: tags open and close in order. */
class DOMParserLike {
  ok: boolean;
  constructor(xml: string) {
    const stack: string[] = [];
    let ok = true;
    for (const m of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) ok &&= stack.pop() === m[2];
      else stack.push(m[2]!);
    }
    this.ok = ok && stack.length === 0;
  }
}
