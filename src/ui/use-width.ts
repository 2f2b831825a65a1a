import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of the element given the returned ref, followed with a ResizeObserver. jsdom has
 * no layout (widths are 0): the fallback stands until a real width is known.
 */
export function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [width, ref] as const;
}
