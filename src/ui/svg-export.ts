import { EXPORT_INK } from '../lib/colours';
import { EXPORT_FONT } from './export-legend';
import { frameFor, framedSvg, type FrameText } from './image-frame';

/**
 * Exports of views drawn as SVG or HTML rather than by ECharts (the timeline, the hub's
 * matrix): a standalone SVG drawing framed with the title, caption, source and licence, as SVG
 * or as a PNG at twice its size. Loaded on the first export.
 */

export interface Drawing {
  /** A standalone SVG document. */
  svg: string;
  width: number;
  height: number;
}

/** The computed properties an SVG drawing needs once the page's stylesheet is not around it. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

function inline(from: Element, to: Element) {
  const cs = getComputedStyle(from);
  to.setAttribute('style', SVG_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  for (let i = 0; i < from.children.length; i++) inline(from.children[i]!, to.children[i]!);
}

/** A live SVG element as a standalone drawing of its viewBox, its computed look copied in. */
export function liveDrawing(el: SVGSVGElement): Drawing {
  const box = el.viewBox.baseVal;
  const width = Math.round(box?.width || el.getBoundingClientRect().width);
  const height = Math.round(box?.height || el.getBoundingClientRect().height);
  const clone = el.cloneNode(true) as SVGSVGElement;
  inline(el, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // What is there for the pointer and the keyboard only (focus rings, the year handle's hit
  // area) is drawn by its own style; nothing else to strip.
  return { svg: new XMLSerializer().serializeToString(clone), width, height };
}

/** The drawing framed by its words, as an SVG document. */
export function framedDrawing(d: Drawing, meta: FrameText): string {
  return framedSvg(d.svg, d.width, d.height, frameFor(meta, d.width));
}

/** The framed drawing as a PNG data URL at `scale`× its size. */
export async function drawingPng(d: Drawing, meta: FrameText, scale = 2): Promise<string> {
  const frame = frameFor(meta, d.width);
  const svg = framedSvg(d.svg, d.width, d.height, frame);
  const total = frame.top + d.height + frame.bottom;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = d.width * scale;
  canvas.height = total * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = EXPORT_INK.paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** Measures text in the exports' typeface at a size, bold or not. */
export function textMeasure(): (text: string, size: number, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size, bold) => {
    ctx.font = `${bold ? '700 ' : ''}${size}px ${EXPORT_FONT}`;
    return ctx.measureText(text).width;
  };
}
