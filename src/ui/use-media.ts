import { useSyncExternalStore } from 'react';

const REDUCED = '(prefers-reduced-motion: reduce)';

const hasMatchMedia = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function';

function subscribeQuery(query: string) {
  return (onChange: () => void) => {
    if (!hasMatchMedia()) return () => undefined;
    const mq = window.matchMedia(query);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  };
}

const subscribeReduced = subscribeQuery(REDUCED);

/** Whether the reader asked for reduced motion (false where matchMedia is missing, e.g. jsdom). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReduced,
    () => hasMatchMedia() && window.matchMedia(REDUCED).matches,
    () => false,
  );
}

let printing = false;
// Holds on a still frame (see holdStill), counted so that nested holds release in any order.
let holds = 0;
const stillListeners = new Set<() => void>();

/**
 * Asks the views for a still frame — no flowing particles — until the returned release is
 * called: an export that captures the screen waits for the picture to settle, which a flow
 * animation never does.
 */
export function holdStill(): () => void {
  holds += 1;
  stillListeners.forEach((l) => l());
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    stillListeners.forEach((l) => l());
  };
}

function subscribeStill(onChange: () => void) {
  stillListeners.add(onChange);
  if (typeof window === 'undefined') return () => void stillListeners.delete(onChange);
  const before = () => {
    printing = true;
    onChange();
  };
  const after = () => {
    printing = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  const unsubscribeQuery = subscribeQuery('print')(onChange);
  return () => {
    stillListeners.delete(onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    unsubscribeQuery();
  };
}

/** Whether the page must hold still: it is being printed, or captured for an export. */
export function useStill(): boolean {
  return useSyncExternalStore(
    subscribeStill,
    () => holds > 0 || printing || (hasMatchMedia() && window.matchMedia('print').matches),
    () => false,
  );
}

/** Whether views may animate: the reader has not asked for reduced motion and nothing holds still. */
export function useMotion(): boolean {
  const reduced = useReducedMotion();
  const still = useStill();
  return !reduced && !still;
}
