import { useEffect, useRef } from 'react';
import { pick } from '../i18n';
import { safeHref } from '../lib/escape';
import { setSourcesOpen } from '../state/actions';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { DatasetErrorPanel } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';

/** The bibliography: every source the atlas cites, in the reader's language. */
export function SourcesDrawer() {
  const t = useT();
  const open = useAtlas((s) => s.sourcesOpen);
  const lang = useAtlas((s) => s.lang);
  const sources = useAtlas((s) => s.datasets.sources);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    void ensureDatasets(['sources']);
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setSourcesOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (!open) return null;
  return (
    <div className="drawer-backdrop" onClick={() => setSourcesOpen(false)}>
      <div
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sources-title"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="drawer__head">
          <h2 id="sources-title">{t('sources.title')}</h2>
          <button ref={closeRef} type="button" onClick={() => setSourcesOpen(false)}>
            {t('sources.close')}
          </button>
        </div>
        {sources.status === 'loading' && <p role="status">{t('view.loading')}</p>}
        {sources.status === 'error' && <DatasetErrorPanel errors={sources.errors} />}
        {sources.status === 'ready' && (
          <>
            <p>{t('sources.count', { count: sources.data.sources.length })}</p>
            <ol className="sources-list">
              {sources.data.sources.map((s) => {
                const href = safeHref(s.url);
                return (
                  <li key={s.id} id={`source-${s.id}`}>
                    <p className="sources-list__title">
                      {pick(s.title, lang)}{' '}
                      <span className="tag">{t(`sources.kind.${s.kind}`)}</span>
                    </p>
                    <dl>
                      <dt>{t('sources.publisher')}</dt>
                      <dd>{pick(s.publisher, lang)}</dd>
                      <dt>{t('sources.date')}</dt>
                      <dd>{s.date}</dd>
                      <dt>{t('sources.locator')}</dt>
                      <dd className="break">{s.locator}</dd>
                      {s.vintage && (
                        <>
                          <dt>{t('sources.vintage')}</dt>
                          <dd>{s.vintage}</dd>
                        </>
                      )}
                      <dt>{t('sources.confidence')}</dt>
                      <dd className={`confidence confidence--${s.confidence}`}>
                        {t(`confidence.${s.confidence}`)}
                      </dd>
                    </dl>
                    {s.note && <p className="sources-list__note">{pick(s.note, lang)}</p>}
                    {href && (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {t('sources.open')}
                      </a>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
