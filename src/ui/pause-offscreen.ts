/** What can be paused: a chart's animation loop (`chart.getZr().animation`). */
export interface Pausable {
  pause(): void;
  resume(): void;
}

/**
 * Pauses `animation` while `el` is out of the viewport and resumes it when it comes back: the
 * map's moving particles otherwise keep repainting its canvas every frame (a third of a core,
 * most of one on a phone) while the reader works with the views below it. Returns the disposer.
 * Without IntersectionObserver nothing is paused.
 */
export function pauseWhileHidden(el: Element, animation: Pausable): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  const io = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (!last) return;
    if (last.isIntersecting) animation.resume();
    else animation.pause();
  });
  io.observe(el);
  return () => {
    io.disconnect();
    animation.resume();
  };
}
