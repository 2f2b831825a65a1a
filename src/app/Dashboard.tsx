import { useT } from '../ui/use-t';
import { Header } from './Header';
import { Panel } from './Panel';
import { SourcesDrawer } from './SourcesDrawer';
import { UrlNotice } from './UrlNotice';
import { VIEWS } from './views';

/** The full atlas: header, notice, every view in a responsive grid. */
export function Dashboard() {
  const t = useT();
  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <UrlNotice />
      <main id="main" className="grid" tabIndex={-1}>
        <h1 className="visually-hidden">{t('app.title')}</h1>
        {VIEWS.map((v) => (
          <Panel key={v.id} view={v} />
        ))}
      </main>
      <footer className="footer">
        <p>{t('footer.note')}</p>
      </footer>
      <SourcesDrawer />
    </div>
  );
}
