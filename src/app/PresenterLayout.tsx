import { useCallback, useEffect, useMemo, useState } from 'react';
import { pick } from '../i18n';
import {
  commandForKey,
  progressOf,
  stepAfter,
  type PresenterCommand,
} from '../modes/presenter/controller';
import { postStep, useSpeakerChannel } from '../modes/presenter/speaker-channel';
import { ensureDatasets } from '../state/load-datasets';
import { applyStoryStep, stopPresenting } from '../state/story-actions';
import { useAtlas } from '../state/store';
import { DatasetErrorPanel } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';
import { download } from '../ui/export';
import { citeSourceGbt } from '../ui/cite';
import { Panel } from './Panel';
import { viewById } from './views';
import './presenter.css';

const INTERACTIVE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A']);

/**
 * Presenter mode: each story step is a slide that fits the screen — the view's visual alone,
 * with the step's claim marked on it, the title, caption and source beside it (wide screens) or
 * under it (4:3), a discreet progress bar — driven by the keys clickers send. The step is in
 * the URL (present=N).
 */
export function PresenterLayout() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const story = useAtlas((s) => s.datasets.story);
  const sources = useAtlas((s) => s.datasets.sources);
  const step = useAtlas((s) => s.storyStep);
  const [blank, setBlank] = useState(false);
  // While the talk is exported, the slide being captured ("3 / 15").
  const [exporting, setExporting] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => void ensureDatasets(['story', 'sources']), []);
  const steps = useMemo(() => (story.status === 'ready' ? story.data.steps : []), [story]);
  const total = steps.length;
  const current = steps[Math.min(step, total) - 1];

  // A step reached by URL (a resumed talk, back/forward) sets the state it asks for.
  useEffect(() => {
    if (total === 0) return;
    const clamped = Math.min(Math.max(1, step), total);
    applyStoryStep(clamped, steps[clamped - 1], 'replace');
    postStep(clamped);
  }, [steps, step, total]);

  const run = useCallback(
    (command: PresenterCommand) => {
      if (command === 'exit') return stopPresenting();
      if (command === 'blank') return setBlank((b) => !b);
      if (command === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen?.();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (command === 'notes') {
        window.open(
          `${window.location.pathname}${window.location.search}#speaker`,
          'atlas-speaker',
        );
        return;
      }
      const next = stepAfter(step, total, command);
      if (next !== step) applyStoryStep(next, steps[next - 1]);
    },
    [step, total, steps],
  );

  // The speaker window may ask to move too.
  useSpeakerChannel((n) => {
    if (n >= 1 && n <= total) applyStoryStep(n, steps[n - 1]);
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      const command = commandForKey(e.key);
      if (!command) return;
      // Keys typed into a control belong to that control (Space/Enter press a focused button).
      if (target && INTERACTIVE.has(target.tagName) && command !== 'exit') {
        if (
          e.key === ' ' ||
          e.key === 'Enter' ||
          e.key === 'Backspace' ||
          target.tagName !== 'BUTTON'
        )
          return;
      }
      if (blank && command !== 'blank') {
        setBlank(false);
        e.preventDefault();
        return;
      }
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, blank]);

  const exportPptx = async () => {
    if (exporting || sources.status !== 'ready') return;
    const back = step;
    const started = performance.now();
    setExporting(`0 / ${total}`);
    try {
      // The writer and the capture load only now: nobody else pays for them.
      const { exportTalk } = await import('../modes/presenter/export-talk');
      const bytes = await exportTalk({
        steps,
        lang,
        sources: sources.data.sources,
        title: t('app.title'),
        subtitle: pick(steps[0]!.title, lang),
        referencesHeading: t('present.references'),
        sourceLabel: t('present.source'),
        cite: (s) => citeSourceGbt(s, lang),
        visual: () => document.querySelector<HTMLElement>('.slide__visual'),
        show: async (n) => {
          setExporting(`${n} / ${total}`);
          applyStoryStep(n, steps[n - 1], 'replace');
          await settled(steps[n - 1]!.view);
        },
      });
      performance.measure('atlas-pptx-export', { start: started });
      setFailed(false);
      download(
        new Blob([bytes], {
          type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        }),
        `east-west-vet-atlas-talk-${lang}.pptx`,
      );
    } catch {
      // Said on the button; the talk itself goes on untouched.
      setFailed(true);
    } finally {
      applyStoryStep(back, steps[back - 1], 'replace');
      setExporting(null);
    }
  };

  if (story.status === 'loading') return <p role="status">{t('view.loading')}</p>;
  if (story.status === 'error') return <DatasetErrorPanel errors={story.errors} />;
  if (!current) return null;

  const progress = progressOf(step, total);
  const sourceLine =
    sources.status === 'ready'
      ? sources.data.sources
          .filter((s) => current.sourceIds.includes(s.id))
          .map((s) => `${pick(s.publisher, lang)}《${pick(s.title, lang)}》`)
          .join('；')
      : '';

  return (
    <div className="slide" data-step={step} data-parity={step % 2 ? 'odd' : 'even'}>
      <main className="slide__visual" id="main">
        <Panel
          view={viewById(current.view)}
          headingLevel={2}
          presentation="slide"
          focus={current.focus}
        />
      </main>
      <section className="slide__text" aria-live="polite">
        <h1 className="slide__title present__title">{pick(current.title, lang)}</h1>
        <p className="slide__caption">{pick(current.caption, lang)}</p>
        {sourceLine && (
          <p className="slide__source">
            {t('present.source')} {sourceLine}
          </p>
        )}
      </section>
      <nav className="slide__nav" aria-label={t('present.nav')}>
        <button type="button" onClick={() => run('prev')} disabled={step <= 1}>
          {t('present.prev')}
        </button>
        <div
          className="slide__progress"
          role="progressbar"
          aria-label={t('present.progress')}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={step}
          aria-valuetext={progress.label}
        >
          <span className="slide__progress-bar" style={{ width: `${progress.fraction * 100}%` }} />
          <span className="slide__progress-label">{progress.label}</span>
        </div>
        <button type="button" onClick={() => run('next')} disabled={step >= total}>
          {t('present.next')}
        </button>
        <button
          type="button"
          onClick={() => void exportPptx()}
          disabled={!!exporting || sources.status !== 'ready'}
        >
          {exporting
            ? t('present.pptx.busy', { progress: exporting })
            : failed
              ? t('present.pptx.failed')
              : t('present.pptx')}
        </button>
        <button type="button" onClick={() => run('exit')}>
          {t('present.exit')}
        </button>
      </nav>
      {blank && <div className="slide__blank" data-testid="blank" aria-hidden="true" />}
    </div>
  );
}

/**
 * Resolves once the slide's view has drawn and its canvases have stopped changing (an update
 * animation has ended), for 3 s at most.
 */
async function settled(view: string) {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(null)));
  const pixels = () =>
    [...document.querySelectorAll<HTMLCanvasElement>('.slide__visual canvas')]
      .map((c) => c.toDataURL())
      .join();
  const until = performance.now() + 3000;
  while (
    !document.querySelector(
      `.slide__visual [data-view="${view}"] .panel__body > *:not([role=status])`,
    )
  ) {
    if (performance.now() > until) return;
    await frame();
  }
  await frame();
  await frame();
  let before = pixels();
  while (performance.now() < until) {
    await new Promise((ok) => setTimeout(ok, 120));
    const now = pixels();
    if (now === before) return;
    before = now;
  }
}
