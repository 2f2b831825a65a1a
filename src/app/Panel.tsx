import { Suspense, useMemo, useState } from 'react';
import type { DatasetMap } from '../data/datasets';
import type { DatasetError } from '../data/dataset-error';
import { useAtlas } from '../state/store';
import { DatasetErrorPanel } from '../ui/DatasetErrorPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useT } from '../ui/use-t';
import { EmbedDialog } from './EmbedDialog';
import type { ViewDef } from './views';

type Gate =
  | { kind: 'loading' }
  | { kind: 'error'; errors: DatasetError[] }
  | { kind: 'ready'; data: Partial<DatasetMap> };

/** One dashboard panel: title, then the view — or loading, or the dataset error panel. */
export function Panel({ view, headingLevel = 2 }: { view: ViewDef; headingLevel?: 1 | 2 }) {
  const t = useT();
  const datasets = useAtlas((s) => s.datasets);
  const mode = useAtlas((s) => s.mode);
  const [embedOpen, setEmbedOpen] = useState(false);
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
    return { kind: 'ready', data };
  }, [datasets, view.needs]);

  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const View = view.component;
  const headingId = `panel-${view.id}-title`;
  return (
    <section className={`panel panel--${view.id}`} aria-labelledby={headingId} data-view={view.id}>
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
        <EmbedDialog view={view.id} title={t(view.title)} onClose={() => setEmbedOpen(false)} />
      )}
      <div className="panel__body">
        {gate.kind === 'error' && <DatasetErrorPanel errors={gate.errors} />}
        {gate.kind === 'loading' && <Loading label={t('view.loading')} />}
        {gate.kind === 'ready' && (
          <ErrorBoundary
            fallback={(retry) => (
              <div role="alert" className="view-crashed">
                <p>{t('view.crashed')}</p>
                <button type="button" onClick={retry}>
                  {t('view.retry')}
                </button>
              </div>
            )}
          >
            <Suspense fallback={<Loading label={t('view.loading')} />}>
              <View data={gate.data as DatasetMap} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}

function Loading({ label }: { label: string }) {
  return (
    <p className="panel__loading" role="status">
      {label}
    </p>
  );
}
