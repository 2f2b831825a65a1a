import { describe, expect, it } from 'vitest';
import { hubMatrixSvg, wrapText, type MatrixDrawing } from '../../../../src/views/hub/matrix-svg';

/** A monospace measurer: every character 0.6 em wide (CJK 1 em), bold 10 % wider. */
const measure = (text: string, size: number, bold: boolean) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.6), 0) *
  size *
  (bold ? 1.1 : 1);

const drawing: MatrixDrawing = {
  corner: 'Bottleneck \\ path',
  columns: [
    { n: 'Path 1', name: 'High-level planning' },
    { n: 'Path 2', name: 'High-standard construction of the <platforms> & more' },
  ],
  rows: [
    { n: 'Bottleneck 1', name: '“Dead-end roads” hard to open' },
    { n: 'Bottleneck 2', name: '“大工匠”难育' },
  ],
  counts: [
    [1, 0],
    [2, 1],
  ],
  none: '—',
  key: ['● linked', '— no link'],
};

const texts = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    size: Number(m[2]),
    text: m[3]!,
  }));

describe('the hub matrix as an image', () => {
  it('draws every head, a dot per linked cell (with its count above one) and a mark per empty one', () => {
    const { svg, width, height } = hubMatrixSvg(drawing, 400, measure);
    expect(width).toBe(400);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="400" height="${height}"`));
    const all = texts(svg).map((t) => t.text);
    for (const n of ['Path 1', 'Path 2', 'Bottleneck 1', 'Bottleneck 2', '● linked', '— no link'])
      expect(all).toContain(n);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(all.filter((t) => t === '—')).toHaveLength(1);
    expect(all).toContain('2');
    // Data text is escaped: no stray markup from a name.
    expect(svg).not.toContain('<platforms>');
    expect(all.join(' ')).toContain('&lt;platforms&gt;');
  });

  it('wraps names to their column and keeps every line inside the image', () => {
    const { svg, width } = hubMatrixSvg(drawing, 400, measure);
    const lines = texts(svg).filter((t) => !['—', '2'].includes(t.text));
    for (const l of lines) {
      const w = measure(
        l.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
        l.size,
        true,
      );
      expect(l.x + w, l.text).toBeLessThanOrEqual(width + 0.5);
    }
    // The long path name took several lines; a narrower image takes more height.
    expect(lines.filter((l) => /construction|platforms|more/.test(l.text)).length).toBeGreaterThan(
      1,
    );
    expect(hubMatrixSvg(drawing, 300, measure).height).toBeGreaterThan(
      hubMatrixSvg(drawing, 600, measure).height,
    );
  });

  it('breaks Chinese between any characters and Latin at spaces', () => {
    expect(wrapText('大工匠难育问题', 3 * 10, 10, false, measure)).toEqual([
      '大工匠',
      '难育问',
      '题',
    ]);
    expect(wrapText('hard to open', 8 * 6, 10, false, measure)).toEqual(['hard to', 'open']);
  });
});
