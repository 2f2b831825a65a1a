import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pick, pickOr } from '../i18n';
import {
  commandForKey,
  progressOf,
  stepAfter,
  type PresenterCommand,
} from '../modes/presenter/controller';
import {
  askStep,
  postStep,
  useAskChannel,
  useAudienceChannel,
  useSpeakerChannel,
} from '../modes/presenter/speaker-channel';
import type { PreviewOffset } from './slide-preview';
import { ensureDatasets } from '../state/load-datasets';
import { applyStoryStep, stopPresenting } from '../state/story-actions';
import { useAtlas } from '../state/store';
import { usePresentedTalk } from './presented-talk';
import { DatasetErrorPanel } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';
import { download } from '../ui/export';
import { holdStill } from '../ui/use-media';
import { citeSourceGbt } from '../ui/cite';
import { Panel } from './Panel';
import { viewById } from './views';
import type { Deck } from '../modes/presenter/pptx';
import { Handout } from './Handout';
import './presenter.css';

const INTERACTIVE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A']);

/** What a walk through the talk captures it for. */
type Capture = 'pptx' | 'handout';

/**
 * Presenter mode: each story step is a slide that fits the screen — the view's visual alone,
 * with the step's claim marked on it, the title, caption and source beside it (wide screens) or
 * under it (4:3), a discreet progress bar — driven by the keys clickers send. The step is in
 * the URL (present=N).
 */
export function PresenterLayout({ preview }: { preview?: PreviewOffset }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const talk = usePresentedTalk();
  const sources = useAtlas((s) => s.datasets.sources);
  const step = useAtlas((s) => s.storyStep);
  const [blank, setBlank] = useState(false);
  // While the talk is captured, for what and the slide being captured ("3 / 15").
  const [exporting, setExporting] = useState<{ purpose: Capture; progress: string } | null>(null);
  const [failed, setFailed] = useState<Capture | null>(null);
  // Ctrl+P's handler reaches the latest printHandout (set after render, below).
  const printRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => void ensureDatasets(['story', 'sources']), []);
  // A preview in the speaker window shows a still slide: no particles to pay for.
  useEffect(() => (preview === undefined ? undefined : holdStill()), [preview]);
  const steps = useMemo(() => (talk.status === 'ready' ? talk.steps : []), [talk]);
  const total = steps.length;
  const current = steps[Math.min(step, total) - 1];

  // A step reached by URL (a resumed talk, back/forward) sets the state it asks for.
  useEffect(() => {
    if (total === 0) return;
    const clamped = Math.min(Math.max(1, step), total);
    applyStoryStep(clamped, steps[clamped - 1], 'replace');
    if (preview === undefined) postStep(clamped);
  }, [steps, step, total, preview]);

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
    if (preview === undefined && n >= 1 && n <= total) applyStoryStep(n, steps[n - 1]);
  });
  // A follower that came late asks where the talk is.
  useAskChannel(() => {
    if (preview === undefined && total) postStep(Math.min(Math.max(1, step), total));
  });
  // Once its talk is known, a preview asks, so that it starts where the audience is.
  useEffect(() => {
    if (preview !== undefined && total) askStep();
  }, [preview, total]);
  // A preview follows the audience window, `preview` steps ahead.
  useAudienceChannel((n) => {
    const shown = n + (preview ?? 0);
    if (preview !== undefined && shown >= 1 && shown <= total)
      applyStoryStep(shown, steps[shown - 1], 'replace');
  });

  useEffect(() => {
    // A preview only follows; its keys belong to the speaker window.
    if (preview !== undefined) return;
    const onKey = (e: KeyboardEvent) => {
      // Printing a talk prints its handout: every step on its own page, not the slide on screen.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void printRef.current();
        return;
      }
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
  }, [run, blank, preview]);

  /**
   * Walks the talk, capturing each step as the audience sees it, then returns to the step it
   * was on. The .pptx and the handout are both made of what it captures.
   */
  const captureTalk = async (purpose: Capture): Promise<Deck | null> => {
    if (exporting || sources.status !== 'ready') return null;
    const back = step;
    const started = performance.now();
    setExporting({ purpose, progress: `0 / ${total}` });
    // Flowing particles never settle: the pictures are taken of a still map.
    const release = holdStill();
    try {
      // The capture and the writer load only now: nobody else pays for them.
      const { captureTalk: capture } = await import('../modes/presenter/export-talk');
      const deck = await capture({
        steps,
        lang,
        sources: sources.data.sources,
        title: t('app.title'),
        subtitle: pickOr(steps[0]!.title, lang).text,
        referencesHeading: t('present.references'),
        sourceLabel: t('present.source'),
        cite: (s) => citeSourceGbt(s, lang),
        visual: () => document.querySelector<HTMLElement>('.slide__visual'),
        show: async (n) => {
          setExporting({ purpose, progress: `${n} / ${total}` });
          applyStoryStep(n, steps[n - 1], 'replace');
          await settled(steps[n - 1]!.view);
        },
      });
      performance.measure(`atlas-${purpose}-capture`, { start: started });
      setFailed(null);
      return deck;
    } catch {
      // Said on the button; the talk itself goes on untouched.
      setFailed(purpose);
      return null;
    } finally {
      release();
      applyStoryStep(back, steps[back - 1], 'replace');
      setExporting(null);
    }
  };

  const exportPptx = async () => {
    const started = performance.now();
    const deck = await captureTalk('pptx');
    if (!deck) return;
    const { buildPptx } = await import('../modes/presenter/export-talk');
    const bytes = buildPptx(deck);
    performance.measure('atlas-pptx-export', { start: started });
    download(
      new Blob([bytes], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      }),
      `east-west-vet-atlas-talk-${lang}.pptx`,
    );
  };

  // The handout is captured once per language and kept, so printing again is immediate.
  const [handout, setHandout] = useState<Deck | null>(null);
  const [printRequested, setPrintRequested] = useState(0);
  const printHandout = async () => {
    const deck = handout?.lang === lang ? handout : await captureTalk('handout');
    if (!deck) return;
    setHandout(deck);
    setPrintRequested((n) => n + 1);
  };
  // Prints once the handout's pages are in the document and their pictures decoded.
  useEffect(() => {
    if (!printRequested) return;
    let cancelled = false;
    const pictures = [...document.querySelectorAll<HTMLImageElement>('.handout img')];
    void Promise.all(pictures.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [printRequested]);
  useEffect(() => {
    printRef.current = printHandout;
  });

  if (talk.status === 'loading') return <p role="status">{t('view.loading')}</p>;
  if (talk.status === 'error') return <DatasetErrorPanel errors={talk.errors} />;
  if (talk.own && !total)
    return (
      <div className="slide slide--empty">
        <p role="status">{t('talk.empty')}</p>
        <button type="button" onClick={() => run('exit')}>
          {t('present.exit')}
        </button>
      </div>
    );
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
    <>
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
          <Words as="h1" className="slide__title present__title" text={current.title} />
          <Words as="p" className="slide__caption" text={current.caption} />
          {sourceLine && (
            <p className="slide__source">
              {t('present.source')} {sourceLine}
            </p>
          )}
        </section>
        {/* A preview is the slide alone: its nav belongs to the audience's window. */}
        {preview === undefined && (
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
              <span
                className="slide__progress-bar"
                style={{ width: `${progress.fraction * 100}%` }}
              />
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
              {exporting?.purpose === 'pptx'
                ? t('present.pptx.busy', { progress: exporting.progress })
                : failed === 'pptx'
                  ? t('present.pptx.failed')
                  : t('present.pptx')}
            </button>
            <button
              type="button"
              onClick={() => void printHandout()}
              disabled={!!exporting || sources.status !== 'ready'}
            >
              {exporting?.purpose === 'handout'
                ? t('present.handout.busy', { progress: exporting.progress })
                : failed === 'handout'
                  ? t('present.handout.failed')
                  : t('present.handout')}
            </button>
            <button type="button" onClick={() => run('exit')}>
              {t('present.exit')}
            </button>
          </nav>
        )}
        {blank && <div className="slide__blank" data-testid="blank" aria-hidden="true" />}
      </div>
      {handout && <Handout deck={handout} notesLabel={t('present.notes')} />}
    </>
  );
}

/**
 * Resolves once the slide's view has drawn and its canvases have stopped changing (an update
 * animation has ended), for 3 s at most.
 */
async function settled(view: string) {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(null)));
  // A 16×16 thumbnail of each canvas tells a change as well as its full pixels, at a
  // fraction of the cost of encoding them.
  const thumb = document.createElement('canvas');
  thumb.width = thumb.height = 16;
  const ctx = thumb.getContext('2d', { willReadFrequently: true })!;
  const pixels = () =>
    [...document.querySelectorAll<HTMLCanvasElement>('.slide__visual canvas')]
      .map((c) => {
        ctx.clearRect(0, 0, 16, 16);
        if (c.width && c.height) ctx.drawImage(c, 0, 0, 16, 16);
        return ctx.getImageData(0, 0, 16, 16).data.join();
      })
      .join('|');
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

/**
 * A step's words in the reader's language; a reader's own step written only in the other
 * language shows that, in its language, marked as such.
 */
function Words({
  as: Tag,
  className,
  text,
}: {
  as: 'h1' | 'p';
  className: string;
  text: { zh: string; en: string };
}) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const shown = pickOr(text, lang);
  return (
    <Tag className={className} lang={shown.fallback ? shown.lang : undefined}>
      {shown.text}
      {shown.fallback && <span className="slide__other-lang"> ({t('talk.otherLang')})</span>}
    </Tag>
  );
}
