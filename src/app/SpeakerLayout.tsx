import { useEffect, useState } from 'react';
import { pickOr } from '../i18n';
import { commandForKey, stepAfter } from '../modes/presenter/controller';
import { askStep, postGoto, useAudienceChannel } from '../modes/presenter/speaker-channel';
import { setStoryStep } from '../state/actions';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { useT } from '../ui/use-t';
import { SlidePreview } from './SlidePreview';
import { usePresentedTalk } from './presented-talk';
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
  const talk = usePresentedTalk();
  const step = useAtlas((s) => s.storyStep);
  const [started] = useState(() => Date.now());
  // The step the window opened on: where its previews start from.
  const [opened] = useState(step);
  const [now, setNow] = useState(() => Date.now());
  useAudienceChannel((n) => setStoryStep(n));
  useEffect(() => void ensureDatasets(['story']), []);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const total = talk.status === 'ready' ? talk.steps.length : 0;
  // The audience may have moved while this window was loading: it says where it is.
  useEffect(() => {
    if (total) askStep();
  }, [total]);
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

  if (talk.status !== 'ready') return <p role="status">{t('view.loading')}</p>;
  const steps = talk.steps;
  const current = steps[step - 1];
  const next = steps[step];
  const elapsed = Math.floor((now - started) / 1000);
  const clock = new Date(now).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <main className="speaker" id="main">
      <div className="speaker__bar">
        <h1>
          {t('speaker.title')} · {step} / {steps.length}
        </h1>
        <p className="speaker__time">
          <span aria-label={t('speaker.elapsed')}>
            {pad(Math.floor(elapsed / 60))}:{pad(elapsed % 60)}
          </span>
          <span className="speaker__clock" aria-label={t('speaker.clock')}>
            {clock}
          </span>
        </p>
      </div>
      <div className="speaker__panes">
        {current && (
          <section className="speaker__now">
            <SlidePreview step={opened} offset={0} title={t('speaker.previewNow')} />
            <h2>{pickOr(current.title, lang).text}</h2>
            <p className="speaker__notes">
              {current.notes ? pickOr(current.notes, lang).text : t('speaker.noNotes')}
            </p>
            <p className="speaker__caption">{pickOr(current.caption, lang).text}</p>
          </section>
        )}
        <section className="speaker__next">
          <h2>{t('speaker.next')}</h2>
          {/* Kept while hidden at the end: it follows the talk and is needed again on Back. */}
          <div hidden={!next}>
            <SlidePreview step={opened} offset={1} title={t('speaker.previewNext')} />
          </div>
          {next ? (
            <>
              <p className="speaker__next-title">{pickOr(next.title, lang).text}</p>
              <p className="speaker__caption">{pickOr(next.caption, lang).text}</p>
            </>
          ) : (
            <p>{t('speaker.end')}</p>
          )}
        </section>
      </div>
      <div className="speaker__nav">
        <button type="button" onClick={() => postGoto(Math.max(1, step - 1))}>
          {t('present.prev')}
        </button>
        <button type="button" onClick={() => postGoto(Math.min(steps.length, step + 1))}>
          {t('present.next')}
        </button>
      </div>
      {/* Any step can be started from: the audience window follows. */}
      <nav aria-label={t('speaker.steps')}>
        <ol className="speaker__steps">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={i + 1 === step ? 'step' : undefined}
                onClick={() => postGoto(i + 1)}
              >
                {pickOr(s.title, lang).text}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </main>
  );
}
