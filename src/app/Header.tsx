import { useId, useState, type KeyboardEvent } from 'react';
import { LANGS, type Lang } from '../i18n';
import { setLang, setSourcesOpen, setTheme } from '../state/actions';
import { startPresenting } from '../state/story-actions';
import { useAtlas } from '../state/store';
import { THEMES } from '../state/url-codec';
import { Dialog } from '../ui/Dialog';
import { useT } from '../ui/use-t';
import { OwnDataContent, ShareContent, TalkContent } from './lazy-parts';

const LANG_LABEL: Record<Lang, string> = { 'zh-CN': '中文', en: 'English' };

/**
 * Title and the global controls. The language stays in view; on phones (app.css) the other
 * controls fold behind one Menu button, so that the header takes one row and the map, not a
 * wall of buttons, is the first screen.
 */
export function Header() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const [shareOpen, setShareOpen] = useState(false);
  const [ownOpen, setOwnOpen] = useState(false);
  const [talkOpen, setTalkOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const closeOnEscape = (e: KeyboardEvent) => {
    // Escape in a dialog opened from the menu closes the dialog only (focus returns to its opener).
    if (e.key !== 'Escape' || !menuOpen || (e.target as Element).closest('dialog')) return;
    setMenuOpen(false);
    document.getElementById(`${menuId}-button`)?.focus();
  };

  return (
    <header className="header" onKeyDown={closeOnEscape}>
      <div className="header__titles">
        <p className="header__title">{t('app.title')}</p>
        <p className="header__subtitle">{t('app.subtitle')}</p>
      </div>
      <div role="group" aria-label={t('header.language')} className="segmented header__lang">
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={lang === l}
            onClick={() => setLang(l)}
          >
            {LANG_LABEL[l]}
          </button>
        ))}
      </div>
      <button
        type="button"
        id={`${menuId}-button`}
        className="header__menu"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen((o) => !o)}
      >
        <span aria-hidden="true">☰</span>{' '}
        <span className="header__menu-text">{t('header.menu')}</span>
      </button>
      <nav
        id={menuId}
        className="header__controls"
        data-open={menuOpen ? 'true' : 'false'}
        aria-label={t('app.title')}
      >
        <div role="group" aria-label={t('header.theme')} className="segmented">
          {THEMES.map((th) => (
            <button key={th} type="button" aria-pressed={theme === th} onClick={() => setTheme(th)}>
              {t(`header.theme.${th}`)}
            </button>
          ))}
        </div>
        <button type="button" aria-haspopup="dialog" onClick={() => setShareOpen(true)}>
          {t('header.share')}
        </button>
        <button type="button" onClick={() => startPresenting()}>
          {t('header.present')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setTalkOpen(true)}>
          {t('talk.open')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setSourcesOpen(true)}>
          {t('header.sources')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setOwnOpen(true)}>
          {t('own.open')}
        </button>
      </nav>
      {shareOpen && (
        <Dialog title={t('header.share')} onClose={() => setShareOpen(false)}>
          <ShareContent />
        </Dialog>
      )}
      {talkOpen && (
        <Dialog title={t('talk.title')} onClose={() => setTalkOpen(false)}>
          <TalkContent />
        </Dialog>
      )}
      {ownOpen && (
        <Dialog title={t('own.title')} onClose={() => setOwnOpen(false)}>
          <OwnDataContent />
        </Dialog>
      )}
    </header>
  );
}
