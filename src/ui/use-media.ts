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
function subscribePrint(onChange: () => void) {
  if (typeof window === 'undefined') return () => undefined;
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
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    unsubscribeQuery();
  };
}

/** Whether the page is being printed (no particles on paper). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrint,
    () => printing || (hasMatchMedia() && window.matchMedia('print').matches),
    () => false,
  );
}
