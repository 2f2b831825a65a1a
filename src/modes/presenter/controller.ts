/**
 * The presenter's headless controller: which step follows a key press. Pure, so the clicker
 * behaviour is tested without a DOM.
 */
export type PresenterCommand =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blank' | 'exit' | 'notes';

/** Keys that presentation clickers and keyboards send. */
const KEYMAP: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
  s: 'notes',
  S: 'notes',
};

export function commandForKey(key: string): PresenterCommand | null {
  return KEYMAP[key] ?? null;
}

/** The step (1-based) after a navigation command, clamped to the story. */
export function stepAfter(step: number, total: number, command: PresenterCommand): number {
  if (total < 1) return 1;
  const clamped = Math.min(Math.max(1, step), total);
  switch (command) {
    case 'next':
      return Math.min(total, clamped + 1);
    case 'prev':
      return Math.max(1, clamped - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    default:
      return clamped;
  }
}

/** "3 / 12" and the fraction for the progress bar. */
export function progressOf(step: number, total: number) {
  const s = Math.min(Math.max(1, step), Math.max(1, total));
  return { label: `${s} / ${total}`, fraction: total > 0 ? s / total : 0 };
}
