import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetMap } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { DatasetErrorSlot } from '../ui/DatasetErrorSlot';
import { Dialog } from '../ui/Dialog';
import { PartBoundary } from '../ui/ErrorBoundary';
import { PanelReportProvider, usePanelLoad } from '../ui/use-panel-load';
import { useT } from '../ui/use-t';
import type { Presentation } from '../views/types';
import { EmbedContent } from './lazy-parts';
import type { ViewDef } from './views';
import type { StoryFocus } from '../data/schema/story';

type Gate =
  | { kind: 'loading' }
  | { kind: 'error'; errors: DatasetError[] }
  | { kind: 'ready'; data: Partial<DatasetMap> };

/** One dashboard panel: title, then the view — or loading, or the dataset error panel. */
export function Panel({
  view,
  headingLevel = 2,
  deferredOrder,
  presentation = 'panel',
  focus,
  controls,
  bodyMinHeight,
}: {
  view: ViewDef;
  /**
   * How the view presents itself (see views/types); a dashboard panel when absent. A slide shows
   * the visual alone: the view's title only for screen readers, no Embed.
   */
  presentation?: Presentation;
  /** On a slide: what the step's caption claims, for the view to mark. */
  focus?: StoryFocus;
  headingLevel?: 1 | 2;
  /** Whether the view shows its controls; absent, the view's default for its presentation. */
  controls?: boolean;
  /** Height kept for the body before and while the view arrives (an embed's reserved layout). */
  bodyMinHeight?: number;
  /**
   * Absent, the panel is part of the first screen. Dashboard panels after the first give their
   * place in page order (0 first); when they load is the load scheduler's rule
   * (ui/load-scheduler.ts).
   */
  deferredOrder?: number;
}) {
  const t = useT();
  const datasets = useAtlas((s) => s.datasets);
  const mode = useAtlas((s) => s.mode);
  const [embedOpen, setEmbedOpen] = useState(false);
  // What "Add as step" did, said once (a status line).
  const [added, setAdded] = useState('');

  /**
   * Adds what the reader sees to their own talk: the view, its whole state, its takeaway and
   * the sources its data and sources section names. The talk's code loads on the first press.
   */
  const addAsStep = async () => {
    const section = sectionRef.current;
    const ids = (section?.querySelector<HTMLElement>('[data-source-ids]')?.dataset.sourceIds ?? '')
      .split(' ')
      .filter(Boolean);
    if (!section || !ids.length) return setAdded(t('talk.addFailed'));
    const { captureStep, edit, useTalk } = await import('../state/own-talk');
    const s = useAtlas.getState();
    const takeaway = section.querySelector('.takeaway')?.textContent?.trim() ?? '';
    edit({
      kind: 'add',
      step: captureStep(view.id, s, { lang: s.lang, takeaway, sourceIds: ids }),
    });
    setAdded(t('talk.added', { n: useTalk.getState().steps.length }));
  };
  const sectionRef = useRef<HTMLElement>(null);
  const eager = deferredOrder === undefined;
  const plan = useMemo(
    () => ({ id: view.id, eager, chart: view.chart, needs: view.needs }),
    [view, eager],
  );
  const { load, extras, report } = usePanelLoad(plan, deferredOrder ?? -1, sectionRef);
  // A first-screen panel shows itself loading from the start (it loads at the first paint); the
  // others say they wait until the scheduler lets them load.
  const active = load || eager;
  useEffect(() => {
    if (!load) return;
    void ensureDatasets(view.needs);
    view.preload();
  }, [load, view]);
  const gate = useMemo((): Gate => {
    const errors: DatasetError[] = [];
    const data: Partial<DatasetMap> = {};
    let loading = false;
    for (const name of view.needs) {
      const d = datasets[name];
      if (d.status === 'loading') loading = true;
      else if (d.status === 'error') errors.push(...d.errors);
      else (data as Record<string, unknown>)[name] = d.data;
    }
    if (errors.length) return { kind: 'error', errors };
    if (loading) return { kind: 'loading' };
    // Datasets the view can use are passed once ready; a failed one is simply left out.
    for (const name of view.uses) {
      const d = datasets[name];
      if (d.status === 'ready') (data as Record<string, unknown>)[name] = d.data;
    }
    return { kind: 'ready', data };
  }, [datasets, view.needs, view.uses]);
  // What a view only uses waits until the first screen has settled.
  const ready = gate.kind === 'ready';
  useEffect(() => {
    if (ready && extras) void ensureDatasets(view.uses);
  }, [ready, extras, view.uses]);
  const failed = active && gate.kind === 'error';
  useEffect(() => {
    if (failed) report.failed();
  }, [failed, report]);

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const View = view.component;
  const headingId = `panel-${view.id}-title`;
  return (
    <section
      ref={sectionRef}
      className={`panel panel--${view.id} panel--${presentation}`}
      aria-labelledby={headingId}
      data-view={view.id}
    >
      <div className="panel__head">
        <Heading
          id={headingId}
          className={presentation === 'slide' ? 'visually-hidden' : 'panel__title'}
        >
          {t(view.title)}
        </Heading>
        {mode === 'dashboard' && presentation === 'panel' && (
          <button
            type="button"
            className="panel__embed"
            aria-haspopup="dialog"
            aria-label={`${t('embed.dialog')}: ${t(view.title)}`}
            onClick={() => setEmbedOpen(true)}
          >
            {t('embed.dialog')}
          </button>
        )}
        {mode === 'dashboard' && presentation === 'panel' && (
          <>
            <button
              type="button"
              className="panel__add"
              aria-label={`${t('talk.add')}: ${t(view.title)}`}
              onClick={() => void addAsStep()}
            >
              {t('talk.add')}
            </button>
            <span aria-live="polite" className="panel__added">
              {added}
            </span>
          </>
        )}
      </div>
      {embedOpen && (
        <Dialog
          title={`${t('embed.dialog')}: ${t(view.title)}`}
          onClose={() => setEmbedOpen(false)}
        >
          <EmbedContent view={view.id} title={t(view.title)} />
        </Dialog>
      )}
      <div
        className="panel__body"
        style={bodyMinHeight ? { minHeight: `${bodyMinHeight}px` } : undefined}
      >
        <PartBoundary onCrash={report.failed}>
          {active && gate.kind === 'error' && (
            // The dashboard and the embed say what went wrong once, at the top (DataNotice);
            // the panel points there. A presenter's slide has no top: the panel says it all.
            <DatasetErrorSlot errors={gate.errors} summaryAbove={mode !== 'present'} />
          )}
          {!active && <p className="panel__deferred">{t('view.deferred')}</p>}
          {active && gate.kind === 'loading' && <Loading label={t('view.loading')} />}
          {active && gate.kind === 'ready' && (
            <PanelReportProvider value={report}>
              <Suspense fallback={<Loading label={t('view.loading')} />}>
                <View
                  data={gate.data as DatasetMap}
                  presentation={presentation}
                  controls={controls}
                  focus={focus}
                />
                <Signal on={report.shown} />
              </Suspense>
            </PanelReportProvider>
          )}
        </PartBoundary>
      </div>
    </section>
  );
}

/** Calls `on` when it mounts: placed after the view inside its Suspense boundary, it says the view has rendered. */
function Signal({ on }: { on: () => void }) {
  useEffect(() => on(), [on]);
  return null;
}

function Loading({ label }: { label: string }) {
  return (
    <p className="panel__loading" role="status">
      {label}
    </p>
  );
}
