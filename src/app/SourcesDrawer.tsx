import { useEffect } from 'react';
import { pick } from '../i18n';
import { safeHref } from '../lib/escape';
import { ensureDatasets } from '../state/load-datasets';
import { useAtlas } from '../state/store';
import { DatasetErrorPanel } from '../ui/DatasetErrorPanel';
import { useT } from '../ui/use-t';

/**
 * The bibliography: every source the atlas cites, in the reader's language. (The Sources
 * drawer's content; the frame is the shell's `Dialog`.)
 */
export function SourcesContent() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const sources = useAtlas((s) => s.datasets.sources);
  useEffect(() => void ensureDatasets(['sources']), []);

  return (
    <>
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
                    {pick(s.title, lang)} <span className="tag">{t(`sources.kind.${s.kind}`)}</span>
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
    </>
  );
}
