/** A panel's extent along the page, in pixels (viewport or document coordinates). */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * The panel the reader is in, given spans relative to the viewport: of those reaching into it
 * (bottom below its top edge), the one starting highest. Null when none does.
 */
export function pickAnchor(spans: readonly Span[]): number | null {
  let best: number | null = null;
  spans.forEach((s, i) => {
    if (s.bottom <= 0) return;
    if (best === null || s.top < spans[best]!.top) best = i;
  });
  return best;
}

/**
 * Keeps the panel the reader is in where it is on the screen while panels above it load and
 * grow (on phones they load as the reader comes near, and grow from a placeholder to
 * 1000–4500 px). The browser's own scroll anchoring is turned off for the page while this runs:
 * it does not hold when several panels fill in at once, and both would correct the same move.
 * Corrections happen in the ResizeObserver callback (after layout, before paint), so nothing
 * visibly jumps. At the very top of the page nothing is held: what appears above is meant to be
 * seen. Returns the disposer; without ResizeObserver it does nothing.
 * @param container the element holding the panels (its size changes with any of them, and with
 *   anything above them inside it, such as a notice)
 */
export function keepReadingPlace(container: Element, panels: readonly Element[]): () => void {
  if (typeof ResizeObserver === 'undefined' || panels.length === 0) return () => undefined;
  const root = document.documentElement;
  const ownAnchoring = root.style.overflowAnchor;
  root.style.overflowAnchor = 'none';
  // Where the panels were on the page at the last layout seen (document coordinates): the
  // reader's panel is chosen by that geometry, at the current scroll position.
  let before: Span[] = [];
  const measure = () => {
    const y = window.scrollY;
    before = panels.map((p) => {
      const r = p.getBoundingClientRect();
      return { top: r.top + y, bottom: r.bottom + y };
    });
  };
  const hold = () => {
    const y = window.scrollY;
    if (y > 0 && before.length) {
      const i = pickAnchor(before.map((s) => ({ top: s.top - y, bottom: s.bottom - y })));
      if (i !== null) {
        const moved = panels[i]!.getBoundingClientRect().top + y - before[i]!.top;
        if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
      }
    }
    measure();
  };
  // No measuring here: reading the layout now would force one before the first paint. The
  // observer's first call, after the browser's own layout, takes the first measure.
  const ro = new ResizeObserver(hold);
  ro.observe(container);
  panels.forEach((p) => ro.observe(p));
  return () => {
    ro.disconnect();
    root.style.overflowAnchor = ownAnchoring;
  };
}
