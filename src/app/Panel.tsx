import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetMap } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { DatasetErrorSlot } from '../ui/DatasetErrorSlot';
import { Dialog } from '../ui/Dialog';
import { PartBoundary } from '../ui/ErrorBoundary';
import { afterFirstPaint, noteViewShown, useInView } from '../ui/first-screen';
import { useT } from '../ui/use-t';
import { EmbedContent } from './lazy-parts';
import type { ViewDef } from './views';

const NO_OBSERVER = typeof IntersectionObserver === 'undefined';

type Gate =
  | { kind: 'loading' }
  | { kind: 'error'; errors: DatasetError[] }
  | { kind: 'ready'; data: Partial<DatasetMap> };

/** One dashboard panel: title, then the view — or loading, or the dataset error panel. */
export function Panel({
  view,
  headingLevel = 2,
  deferredOrder,
}: {
  view: ViewDef;
  headingLevel?: 1 | 2;
  /**
   * Absent, the panel loads at once. Dashboard panels after the first wait for the first chart
   * to draw (or to be scrolled to) and are released in this order (0 first).
   */
  deferredOrder?: number;
}) {
  const t = useT();
  const datasets = useAtlas((s) => s.datasets);
  const mode = useAtlas((s) => s.mode);
  const [embedOpen, setEmbedOpen] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  // Out-of-view panels wait (for scrolling, or for the first screen to finish) before
  // fetching their code and data.
  const eager = deferredOrder === undefined;
  const released = useAtlas((s) => s.viewsReleased > (deferredOrder ?? 0));
  const firstScreen = useAtlas((s) => s.firstScreen);
  const inView = useInView(sectionRef, firstScreen);
  // Without IntersectionObserver nothing can be deferred by visibility: everything loads.
  const active = eager || released || NO_OBSERVER || (inView && firstScreen);
  useEffect(() => {
    if (!active) return;
    return afterFirstPaint(() => {
      void ensureDatasets(view.needs);
      view.preload();
    });
  }, [active, view]);
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
  // What a view only uses waits until the first screen has drawn.
  const ready = gate.kind === 'ready';
  useEffect(() => {
    if (ready && (firstScreen || released)) void ensureDatasets(view.uses);
  }, [ready, firstScreen, released, view.uses]);

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const View = view.component;
  const headingId = `panel-${view.id}-title`;
  return (
    <section
      ref={sectionRef}
      className={`panel panel--${view.id}`}
      aria-labelledby={headingId}
      data-view={view.id}
    >
      <div className="panel__head">
        <Heading id={headingId} className="panel__title">
          {t(view.title)}
        </Heading>
        {mode === 'dashboard' && (
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
      </div>
      {embedOpen && (
        <Dialog
          title={`${t('embed.dialog')}: ${t(view.title)}`}
          onClose={() => setEmbedOpen(false)}
        >
          <EmbedContent view={view.id} title={t(view.title)} />
        </Dialog>
      )}
      <div className="panel__body">
        <PartBoundary>
          {active && gate.kind === 'error' && (
            // The dashboard and the embed say what went wrong once, at the top (DataNotice);
            // the panel points there. A presenter's slide has no top: the panel says it all.
            <DatasetErrorSlot errors={gate.errors} summaryAbove={mode !== 'present'} />
          )}
          {!active && <p className="panel__deferred">{t('view.deferred')}</p>}
          {active && gate.kind === 'loading' && <Loading label={t('view.loading')} />}
          {active && gate.kind === 'ready' && (
            <Suspense fallback={<Loading label={t('view.loading')} />}>
              <View data={gate.data as DatasetMap} />
              <Shown view={view.id} />
            </Suspense>
          )}
        </PartBoundary>
      </div>
    </section>
  );
}

/** Mounts with the view (inside its Suspense boundary): tells the release order it is up. */
function Shown({ view }: { view: string }) {
  useEffect(() => noteViewShown(view), [view]);
  return null;
}

function Loading({ label }: { label: string }) {
  return (
    <p className="panel__loading" role="status">
      {label}
    </p>
  );
}
