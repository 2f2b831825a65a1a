/** Width of `text` in px at `fontSize`. */
export type Measure = (text: string, fontSize: number) => number;

const cache = new Map<string, Measure | null>();

/**
 * A `Measure` that asks the browser (a canvas's `measureText`) how wide text is in `fontFamily`,
 * so that layouts wrap and pack with the glyphs the reader will see; widths are remembered.
 * Null where there is no canvas (jsdom, a worker): callers fall back to an estimate.
 */
export function canvasMeasure(fontFamily: string, weight = 'normal'): Measure | null {
  const key = `${weight} ${fontFamily}`;
  if (cache.has(key)) return cache.get(key)!;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  const widths = new Map<string, number>();
  const measure: Measure | null = ctx
    ? (text, fontSize) => {
        const k = `${fontSize}|${text}`;
        let w = widths.get(k);
        if (w === undefined) {
          ctx.font = `${weight} ${fontSize}px ${fontFamily}`;
          // One px for antialiasing: a box must hold the glyphs' ink, not just their advance.
          w = ctx.measureText(text).width + 1;
          widths.set(k, w);
        }
        return w;
      }
    : null;
  cache.set(key, measure);
  return measure;
}
