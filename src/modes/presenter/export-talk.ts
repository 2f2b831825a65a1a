import type { StoryStep } from '../../data/schema/story';
import type { Source } from '../../data/schema/sources';
import { pick, pickOr, type Lang } from '../../i18n';
import { buildPptx, type Deck, type DeckImage, type DeckSlide } from './pptx';

/**
 * Captures the talk from the presenter's own slides, for the .pptx and the printed handout: each step is shown, drawn, and
 * its visual (canvases, SVG and HTML, with the step's claim marked) rasterised at 2× through an
 * SVG foreignObject, so the picture is what the audience sees. Loaded only when asked.
 */
export interface TalkExport {
  steps: readonly StoryStep[];
  lang: Lang;
  sources: readonly Source[];
  title: string;
  subtitle: string;
  referencesHeading: string;
  sourceLabel: string;
  /** Shows step n (1-based) and resolves once its visual has drawn. */
  show: (n: number) => Promise<void>;
  /** The element holding the visual. */
  visual: () => HTMLElement | null;
  /** A source in GB/T 7714. */
  cite: (s: Source) => string;
}

const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => ok(null)));

/**
 * What decides how an SVG shape or text looks, beyond its attributes. Inside an <svg> only these
 * are copied: reading every computed property of every mark (a timeline has hundreds) cost
 * seconds per slide.
 */
const SVG_PAINT = [
  'display',
  'visibility',
  'opacity',
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'white-space',
  'cursor',
];

/** Copies computed styles onto a clone, node by node, so it renders outside the page. */
function inlineStyles(from: Element, to: Element) {
  const cs = getComputedStyle(from);
  let css = '';
  if (from instanceof SVGElement && !(from instanceof SVGSVGElement)) {
    for (const p of SVG_PAINT) css += `${p}:${cs.getPropertyValue(p)};`;
  } else {
    for (let i = 0; i < cs.length; i++) {
      const p = cs[i]!;
      // Animations would restart in the image; the picture is the settled frame.
      if (p.startsWith('animation') || p.startsWith('transition')) continue;
      css += `${p}:${cs.getPropertyValue(p)};`;
    }
  }
  to.setAttribute('style', css);
  const a = from.children;
  const b = to.children;
  for (let i = 0; i < a.length; i++) inlineStyles(a[i]!, b[i]!);
}

/**
 * Draws the visual on a canvas at `scale`× its CSS size: its HTML and SVG through an SVG
 * foreignObject, then each of its canvases' own pixels where that canvas sits. (Embedding the
 * canvases in the foreignObject as PNG data URLs cost a PNG encode, a 3 MB string and a decode
 * per map slide; the slides put no HTML over a chart's canvas, so drawing them last is exact.)
 */
export async function drawVisual(el: HTMLElement, scale = 2): Promise<HTMLCanvasElement> {
  const rect = el.getBoundingClientRect();
  const w = Math.max(1, Math.round(rect.width));
  const h = Math.max(1, Math.round(rect.height));
  const clone = el.cloneNode(true) as HTMLElement;
  inlineStyles(el, clone);
  // Each canvas leaves a box of its size: its pixels are drawn over the picture below.
  clone.querySelectorAll('canvas').forEach((c) => {
    const box = document.createElement('div');
    box.setAttribute('style', c.getAttribute('style') ?? '');
    c.replaceWith(box);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const xhtml = new XMLSerializer().serializeToString(clone);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
    `<foreignObject x="0" y="0" width="${w}" height="${h}">${xhtml}</foreignObject></svg>`;
  // A data: URL, not a blob: one: Chromium taints a canvas drawn from a blob: SVG with HTML in it.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = h * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || 'white';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, w, h);
  for (const c of el.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    if (r.width && r.height)
      ctx.drawImage(c, r.left - rect.left, r.top - rect.top, r.width, r.height);
  }
  return canvas;
}

/** A drawn visual as PNG bytes (the browser encodes it off the main thread). */
export async function asPng(canvas: HTMLCanvasElement, alt: string): Promise<DeckImage> {
  const blob = await new Promise<Blob>((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('toBlob'))), 'image/png'),
  );
  return {
    png: new Uint8Array(await blob.arrayBuffer()),
    width: canvas.width,
    height: canvas.height,
    alt,
  };
}

/** Walks the talk, showing and rasterising each step: what the .pptx and the handout are made of. */
export async function captureTalk(x: TalkExport): Promise<Deck> {
  const slides: DeckSlide[] = [];
  // Each picture is encoded while the next step is shown; one encode in flight at a time.
  const pictures: Promise<DeckImage | null>[] = [];
  const used = new Set<string>();
  for (let n = 1; n <= x.steps.length; n++) {
    const step = x.steps[n - 1]!;
    await x.show(n);
    await nextFrame();
    await pictures[n - 2];
    const el = x.visual();
    const sources = x.sources.filter((s) => step.sourceIds.includes(s.id));
    for (const s of sources) used.add(s.id);
    const alt = el?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
    pictures.push(el ? asPng(await drawVisual(el), alt) : Promise.resolve(null));
    slides.push({
      title: pickOr(step.title, x.lang).text,
      caption: pickOr(step.caption, x.lang).text,
      source: `${x.sourceLabel} ${sources.map((s) => `${pick(s.publisher, x.lang)}《${pick(s.title, x.lang)}》`).join('；')}`,
      notes: step.notes ? pickOr(step.notes, x.lang).text : '',
      image: null,
    });
  }
  (await Promise.all(pictures)).forEach((image, i) => (slides[i]!.image = image));
  return {
    lang: x.lang,
    title: x.title,
    subtitle: x.subtitle,
    slides,
    references: {
      heading: x.referencesHeading,
      lines: x.sources
        .filter((s) => used.has(s.id))
        .map((s) => `[${[...used].indexOf(s.id) + 1}] ${x.cite(s)}`),
    },
  };
}

export { buildPptx };
