import { useEffect, useRef } from 'react';
import { setSourcesOpen } from '../state/actions';
import { startPresenting } from '../state/story-actions';
import { useAtlas } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { keepReadingPlace } from '../ui/reading-anchor';
import { useT } from '../ui/use-t';
import { DataNoticeSlot } from './DataNoticeSlot';
import { Footer } from './Footer';
import { Header } from './Header';
import { Panel } from './Panel';
import { SourcesContent } from './lazy-parts';
import { UrlNotice } from './UrlNotice';
import { VIEWS } from './views';

/** The full atlas: header, notice, every view in a responsive grid. */
export function Dashboard() {
  const t = useT();
  const sourcesOpen = useAtlas((s) => s.sourcesOpen);
  const grid = useRef<HTMLElement>(null);
  // Panels below load as the reader comes near and grow by hundreds of pixels: whatever the
  // reader is looking at stays put.
  useEffect(() => {
    const el = grid.current;
    if (!el) return;
    return keepReadingPlace(el, [...el.querySelectorAll(':scope > section.panel')]);
  }, []);
  // P starts presenting, unless the key is typed into a control.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName ?? '';
      if (e.key.toLowerCase() !== 'p' || e.altKey || e.ctrlKey || e.metaKey) return;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) return;
      if (document.querySelector('dialog[open]')) return;
      startPresenting();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" className="grid" tabIndex={-1} ref={grid}>
        <h1 className="visually-hidden">{t('app.title')}</h1>
        <div className="grid__notice">
          <UrlNotice />
          <DataNoticeSlot />
        </div>
        {VIEWS.map((v, i) => (
          // The first panel loads at once; the others are released in page order after it.
          <Panel key={v.id} view={v} deferredOrder={i === 0 ? undefined : i - 1} />
        ))}
      </main>
      <Footer />
      {sourcesOpen && (
        <Dialog variant="drawer" title={t('sources.title')} onClose={() => setSourcesOpen(false)}>
          <SourcesContent />
        </Dialog>
      )}
    </div>
  );
}
