import { escapeHtml } from '../../lib/escape';
import { EXPORT_INK } from '../../lib/colours';
import { PAGE_COLOURS } from '../../lib/theme';
import { EXPORT_FONT, WRAP_TOKENS } from '../../ui/export-legend';

/**
 * The hub's bottleneck × path matrix as a standalone SVG, for the PNG and SVG exports: the
 * matrix on screen is an HTML table of buttons, which no image format carries. Pure: text is
 * measured by the caller's `measure`.
 */

export interface MatrixHead {
  /** "Path 1", "Bottleneck 2". */
  n: string;
  name: string;
}

export interface MatrixDrawing {
  corner: string;
  columns: readonly MatrixHead[];
  rows: readonly MatrixHead[];
  /** How many links the text makes in each cell, rows × columns. */
  counts: readonly (readonly number[])[];
  /** The mark of a cell without a link. */
  none: string;
  /** The key under the matrix, one line each (wrapped when long). */
  key: readonly string[];
}

export type Measure = (text: string, size: number, bold: boolean) => number;

const SIZE = 13;
const SMALL = 11;
const LINE = 1.35;
const PAD = 8;

/** Breaks `text` into lines no wider than `width` (CJK anywhere, Latin at spaces). */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of text.match(WRAP_TOKENS) ?? []) {
    if (line && measure((line + tok).trimEnd(), size, bold) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const text = (x: number, y: number, s: string, size: number, opts = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" dominant-baseline="hanging"${opts}>${escapeHtml(s)}</text>`;

/** The matrix drawn `width` px wide; returns the SVG document and its height. */
export function hubMatrixSvg(
  d: MatrixDrawing,
  width: number,
  measure: Measure,
): { svg: string; width: number; height: number } {
  const ink = PAGE_COLOURS.default;
  const lh = SIZE * LINE;
  const sh = SMALL * LINE;
  // The row heads take what their longest name needs, up to 36 % of the width.
  const longest = Math.max(...d.rows.map((r) => measure(r.name, SIZE, true)), 0);
  const headW = Math.min(width * 0.36, Math.max(width * 0.22, longest + 2 * PAD));
  const colW = (width - headW) / Math.max(1, d.columns.length);
  const colLines = d.columns.map((c) => wrapText(c.name, colW - 2 * PAD, SIZE, true, measure));
  const rowLines = d.rows.map((r) => wrapText(r.name, headW - 2 * PAD, SIZE, true, measure));
  const cornerLines = wrapText(d.corner, headW - 2 * PAD, SMALL, false, measure);
  const headH =
    Math.max(cornerLines.length * sh, sh + Math.max(1, ...colLines.map((l) => l.length)) * lh) +
    2 * PAD;
  const rowH = rowLines.map((l) => Math.max(40, sh + l.length * lh + 2 * PAD));
  const out: string[] = [];
  cornerLines.forEach((l, i) =>
    out.push(text(PAD, PAD + i * sh, l, SMALL, ` fill="${ink.muted}"`)),
  );
  d.columns.forEach((c, j) => {
    const x = headW + j * colW + PAD;
    out.push(text(x, PAD, c.n, SMALL, ` fill="${ink.muted}"`));
    colLines[j]!.forEach((l, i) =>
      out.push(text(x, PAD + sh + i * lh, l, SIZE, ` font-weight="700" fill="${ink.text}"`)),
    );
  });
  let y = headH;
  d.rows.forEach((r, i) => {
    const h = rowH[i]!;
    out.push(
      `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${ink.border}" stroke-width="1"/>`,
    );
    out.push(text(PAD, y + PAD, r.n, SMALL, ` fill="${ink.muted}"`));
    rowLines[i]!.forEach((l, k) =>
      out.push(text(PAD, y + PAD + sh + k * lh, l, SIZE, ` font-weight="700" fill="${ink.text}"`)),
    );
    d.columns.forEach((_, j) => {
      const n = d.counts[i]?.[j] ?? 0;
      const cx = headW + j * colW + colW / 2;
      const cy = y + h / 2;
      if (n > 0) {
        out.push(
          `<rect x="${headW + j * colW + 1}" y="${y + 1}" width="${colW - 2}" height="${h - 2}" fill="${ink.accentWash}"/>`,
          `<circle cx="${cx}" cy="${cy}" r="8" fill="${ink.accentInk}"/>`,
        );
        if (n > 1) out.push(text(cx + 11, cy - 12, String(n), SMALL, ` fill="${ink.accentInk}"`));
      } else {
        out.push(
          text(cx, cy - SIZE / 2, d.none, SIZE, ` text-anchor="middle" fill="${ink.muted}"`),
        );
      }
    });
    y += h;
  });
  out.push(
    `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${ink.border}" stroke-width="1"/>`,
  );
  y += PAD;
  for (const k of d.key) {
    for (const l of wrapText(k, width - 2 * PAD, SMALL, false, measure)) {
      out.push(text(PAD, y, l, SMALL, ` fill="${ink.muted}"`));
      y += sh;
    }
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(EXPORT_FONT)}">` +
    `<rect width="${width}" height="${height}" fill="${EXPORT_INK.paper}"/>` +
    out.join('') +
    `</svg>`;
  return { svg, width, height };
}
