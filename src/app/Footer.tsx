import { useAtlas } from '../state/store';
import { setSourcesOpen } from '../state/actions';
import { useT } from '../ui/use-t';
import type { Source } from '../data/schema/sources';

/** The newest date among the sources ("2025-11"): how recent the data are. Null without any. */
export function newestSourceDate(sources: readonly Pick<Source, 'date'>[]): string | null {
  let newest: string | null = null;
  // ISO dates of any precision ("2025", "2025-11", "2025-11-03") sort as text.
  for (const s of sources) if (newest === null || s.date > newest) newest = s.date;
  return newest;
}

/**
 * The dashboard's footer: the promise about sources, the credit, the licences, the version and
 * how recent the data are (from the bibliography, once some view has loaded it: the footer
 * fetches nothing itself).
 */
export function Footer() {
  const t = useT();
  const sources = useAtlas((s) => s.datasets.sources);
  const dataDate = sources.status === 'ready' ? newestSourceDate(sources.data.sources) : null;
  return (
    <footer className="footer">
      <p className="footer__note">{t('footer.note')}</p>
      <p className="footer__meta">
        <span>{t('footer.credit')}</span>
        <span>{t('footer.licence')}</span>
        <span>{t('footer.version', { version: __ATLAS_VERSION__ })}</span>
        {dataDate && (
          <span data-testid="footer-data-date">{t('footer.dataDate', { date: dataDate })}</span>
        )}
        <span>
          <button type="button" className="footer__sources" onClick={() => setSourcesOpen(true)}>
            {t('footer.sources')}
          </button>
        </span>
      </p>
    </footer>
  );
}
