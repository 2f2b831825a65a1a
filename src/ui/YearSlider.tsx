import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { setYear } from '../state/actions';
import { useAtlas } from '../state/store';
import { YEAR_MAX, YEAR_MIN } from '../state/url-codec';
import { useReducedMotion } from './use-media';
import { useT } from './use-t';
import { playLabelKey, useYearPlay } from './year-play';

/** Years labelled under the track: the ends and every fifth year between. */
export function sliderTicks(from: number, to: number, every = 5): number[] {
  const ticks = [from];
  for (let y = Math.ceil((from + 1) / every) * every; y < to; y += every) ticks.push(y);
  if (to > from) ticks.push(to);
  return ticks;
}

/**
 * Ticks left out on phones, where five-year labels would touch: those off the decades, and those
 * within a quarter of the range from an end (2020 beside 2025).
 */
export function minorTick(y: number, from: number, to: number): boolean {
  if (y === from || y === to) return false;
  const nearEnd = Math.min(y - from, to - y) < (to - from) / 4;
  return y % 10 !== 0 || nearEnd;
}

const PAGE = 5;
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The shared year as a slider with Play (OWID Grapher's timeline under the chart): a native range
 * input, so arrows, Home/End and touch work as readers expect; PageUp/PageDown move five years.
 * A drag is one history entry; Play replaces it at each step.
 */
export function YearSlider({
  keepInView,
  testId,
}: {
  /** Scrolled fully into view when Play starts, so what plays is what the reader sees. */
  keepInView?: RefObject<HTMLElement | null>;
  testId?: string;
}) {
  const t = useT();
  const year = useAtlas((s) => s.year);
  const { controller, state } = useYearPlay();
  const reduced = useReducedMotion();
  const dragging = useRef<{ pushed: boolean } | null>(null);
  const from = YEAR_MIN;
  const to = YEAR_MAX;

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'PageUp' ? PAGE : e.key === 'PageDown' ? -PAGE : 0;
    if (step) {
      e.preventDefault();
      setYear(Math.min(to, Math.max(from, year + step)));
    }
    // The slider's own keys are not for the page's shortcuts.
    if (step || SLIDER_KEYS.has(e.key)) e.stopPropagation();
  };
  const play = () => {
    if (!state.playing) {
      keepInView?.current?.scrollIntoView?.({
        block: 'nearest',
        behavior: reduced ? 'auto' : 'smooth',
      });
    }
    controller.toggle();
  };
  const key = playLabelKey(state.playing, year, to);
  const ticks = sliderTicks(from, to);
  return (
    <div className="year-slider" role="group" aria-label={t('year.group')} data-testid={testId}>
      <button
        type="button"
        className="year-slider__play"
        onClick={play}
        aria-label={t(key, { year: from })}
        title={t(key, { year: from })}
        data-playing={state.playing ? 'true' : 'false'}
      >
        <span aria-hidden="true">{state.playing ? '❚❚' : '▶'}</span>
      </button>
      <div className="year-slider__track">
        <input
          type="range"
          min={from}
          max={to}
          step={1}
          value={year}
          aria-label={t('year.slider')}
          aria-valuetext={t('year.slider.value', { year })}
          onKeyDown={onKey}
          onPointerDown={() => {
            dragging.current = { pushed: false };
          }}
          onPointerUp={() => {
            dragging.current = null;
          }}
          onChange={(e) => {
            const y = Number(e.target.value);
            const d = dragging.current;
            // A drag pushes one history entry (its first step) and replaces it while moving.
            setYear(y, { continuous: !!d?.pushed });
            if (d) d.pushed = true;
          }}
        />
        <div className="year-slider__ticks" aria-hidden="true">
          {ticks.map((y) => (
            <span
              key={y}
              className={`year-slider__tick${minorTick(y, from, to) ? ' year-slider__tick--minor' : ''}`}
              style={{ '--at': (y - from) / (to - from) } as React.CSSProperties}
            >
              {y}
            </span>
          ))}
        </div>
      </div>
      <output className="year-slider__value" aria-hidden="true">
        {year}
      </output>
    </div>
  );
}
