import { useYearPlaying } from './year-play';

/**
 * A view's one-sentence headline (its takeaway.ts computes it from the data and the state),
 * under the panel's title. Screen readers hear it when it changes, except while the years play:
 * one announcement a second would drown everything else.
 */
export function Takeaway({ text, view }: { text: string; view: string }) {
  const playing = useYearPlaying();
  return (
    <p
      className="takeaway"
      aria-live={playing ? 'off' : 'polite'}
      aria-atomic="true"
      data-testid={`takeaway-${view}`}
    >
      {text}
    </p>
  );
}
