import { useEffect, useState } from 'react';
import { pick } from '../i18n';
import { commandForKey, stepAfter } from '../modes/presenter/controller';
import { postGoto, useAudienceChannel } from '../modes/presenter/speaker-channel';
import { setStoryStep } from '../state/actions';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { useT } from '../ui/use-t';
import './presenter.css';

const pad = (n: number) => String(n).padStart(2, '0');

/** What the speaker window does with a key: the talk's moves only (not Esc, F, B or S). */
const MOVES = new Set(['next', 'prev', 'first', 'last']);

/**
 * The speaker window (opened with S in presenter mode): current notes, the next step, elapsed
 * time. It follows the audience window and can move it, by its buttons or the clicker's keys;
 * the audience never sees it.
 */
export function SpeakerLayout() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const story = useAtlas((s) => s.datasets.story);
  const step = useAtlas((s) => s.storyStep);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useAudienceChannel((n) => setStoryStep(n));
  useEffect(() => void ensureDatasets(['story']), []);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const total = story.status === 'ready' ? story.data.steps.length : 0;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || total === 0) return;
      const command = commandForKey(e.key);
      if (!command || !MOVES.has(command)) return;
      // Space and Enter on a focused button press that button.
      const tag = (e.target as HTMLElement | null)?.tagName;
      if ((e.key === ' ' || e.key === 'Enter') && tag === 'BUTTON') return;
      e.preventDefault();
      postGoto(stepAfter(step, total, command));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, total]);

  if (story.status !== 'ready') return <p role="status">{t('view.loading')}</p>;
  const steps = story.data.steps;
  const current = steps[step - 1];
  const next = steps[step];
  const elapsed = Math.floor((now - started) / 1000);
  return (
    <main className="speaker" id="main">
      <h1>
        {t('speaker.title')} · {step} / {steps.length}
      </h1>
      <p className="speaker__time" aria-label={t('speaker.elapsed')}>
        {pad(Math.floor(elapsed / 60))}:{pad(elapsed % 60)}
      </p>
      {current && (
        <section>
          <h2>{pick(current.title, lang)}</h2>
          <p>{current.notes ? pick(current.notes, lang) : t('speaker.noNotes')}</p>
        </section>
      )}
      <section className="speaker__next">
        <h2>{t('speaker.next')}</h2>
        <p>{next ? pick(next.title, lang) : t('speaker.end')}</p>
      </section>
      <div className="speaker__nav">
        <button type="button" onClick={() => postGoto(Math.max(1, step - 1))}>
          {t('present.prev')}
        </button>
        <button type="button" onClick={() => postGoto(Math.min(steps.length, step + 1))}>
          {t('present.next')}
        </button>
      </div>
    </main>
  );
}
