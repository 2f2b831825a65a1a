import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The room left on the first screen under the top of `ref`'s element, less `reserve` pixels for
 * what must stay visible under it (the map's year slider): how tall the element may be for both
 * to fit in the window as the page opens. Null when the element starts too low for that to be
 * worth it (under the top half of the window) and before there is a layout (jsdom).
 */
export function roomBelow(top: number, windowHeight: number, reserve: number): number | null {
  if (windowHeight <= 0 || top >= windowHeight / 2) return null;
  return Math.floor(windowHeight - top - reserve);
}

/** `roomBelow` for an element, followed as the window and the page above it change size. */
export function useFirstScreenRoom(
  ref: RefObject<HTMLElement | null>,
  reserve: number,
): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const box = el.getBoundingClientRect();
      // No layout (jsdom): nothing to fit.
      if (box.width === 0) return;
      setRoom(roomBelow(box.top + window.scrollY, window.innerHeight, reserve));
    };
    const later = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('resize', later);
    // The header wrapping, or a notice above the map, moves it down.
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    ro?.observe(document.body);
    return () => {
      window.removeEventListener('resize', later);
      ro?.disconnect();
      window.cancelAnimationFrame(frame);
    };
  }, [ref, reserve]);
  return room;
}
