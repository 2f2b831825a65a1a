import { useEffect, useId, useRef, useState } from 'react';
import type { ViewId } from '../data/schema/story';
import type { Lang } from '../i18n';
import type { ThemeName } from '../lib/theme';
import { useAtlas } from '../state/store';
import { YEAR_MAX, YEAR_MIN } from '../state/url-codec';
import { useUrlState } from '../state/use-url-state';
import { download, exportFileName } from '../ui/export';
import { useT } from '../ui/use-t';
import { embedUrl, iframeSnippet, responsiveSnippet } from './embed-snippet';
import './embed-dialog.css';

/** Widths the preview offers: a phone, a course page's column, the dialog's whole width. */
const WIDTHS = [320, 640, 'full'] as const;
type PreviewWidth = (typeof WIDTHS)[number];

const LANGS: readonly { lang: Lang; name: string }[] = [
  { lang: 'zh-CN', name: '中文' },
  { lang: 'en', name: 'English' },
];
const THEMES: readonly ThemeName[] = ['default', 'projector'];

/**
 * The Embed dialog: options (language, year, controls, theme), a live preview of the embed at
 * 320 px, 640 px or the dialog's width, and three things to copy: the <iframe> (title, a
 * height that fits at 640 px), the responsive snippet (the frame and a script under 1 KB that
 * applies the height the embed reports), and the link.
 */
export function EmbedContent({ view, title }: { view: ViewId; title: string }) {
  const t = useT();
  const state = useUrlState();
  const pageLang = useAtlas((s) => s.lang);
  const [lang, setLang] = useState<Lang>(pageLang);
  const [year, setYear] = useState(state.year);
  const [controls, setControls] = useState(false);
  const [theme, setTheme] = useState<ThemeName>(state.theme);
  const [width, setWidth] = useState<PreviewWidth>(640);
  const page = `${window.location.origin}${window.location.pathname}`;
  const chosen = { ...state, lang, year, controls, theme };
  const codes = [
    { id: 'iframe', label: t('embed.iframe'), text: iframeSnippet(page, view, chosen, title) },
    {
      id: 'responsive',
      label: t('embed.responsive'),
      text: responsiveSnippet(page, view, chosen, title),
    },
    { id: 'link', label: t('embed.link'), text: embedUrl(page, view, chosen) },
  ];
  const name = useId();

  return (
    <div className="embed-dialog">
      <fieldset className="embed-dialog__options">
        <legend>{t('embed.options')}</legend>
        <label>
          {t('embed.lang')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l.lang} value={l.lang} lang={l.lang}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('embed.year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MAX - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('header.theme')}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`header.theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={controls}
            onChange={(e) => setControls(e.target.checked)}
          />{' '}
          {t('embed.controls')}
        </label>
      </fieldset>

      <fieldset className="embed-dialog__widths">
        <legend>{t('embed.preview')}</legend>
        {WIDTHS.map((w) => (
          <label key={w}>
            <input type="radio" name={name} checked={width === w} onChange={() => setWidth(w)} />{' '}
            {w === 'full' ? t('embed.widthFull') : `${w} px`}
          </label>
        ))}
      </fieldset>
      <Preview src={embedUrl(page, view, chosen)} title={title} width={width} />

      {codes.map((c) => (
        <Code key={c.id} id={c.id} label={c.label} text={c.text} />
      ))}
      <Offline
        view={view}
        title={title}
        search={embedUrl('', view, chosen)}
        lang={lang}
        year={year}
      />
    </div>
  );
}

/**
 * Offline embeds: the atlas's single file, set to open on this view in this state, as one HTML
 * file or inside a SCORM 1.2 package. The single file is fetched from beside the site only when
 * asked; a site that does not publish it says so.
 */
function Offline(props: { view: ViewId; title: string; search: string; lang: Lang; year: number }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const get = async (kind: 'html' | 'scorm') => {
    try {
      const x = await import('../modes/embed/offline');
      const res = await fetch(new URL(x.SINGLE_FILE, document.baseURI));
      if (!res.ok) throw new Error(String(res.status));
      const html = x.offlineHtml(await res.text(), props.search, props.title);
      const base = `${props.view}${kind === 'scorm' ? '-scorm' : ''}`;
      const name = exportFileName(base, props.year, props.lang, kind === 'scorm' ? 'zip' : 'html');
      const file = exportFileName(props.view, props.year, props.lang, 'html');
      const blob =
        kind === 'html'
          ? new Blob([html], { type: 'text/html;charset=utf-8' })
          : new Blob(
              [
                x.scormPackage({
                  id: name.replace(/\.zip$/, ''),
                  title: props.title,
                  file,
                  lang: props.lang,
                  html,
                }),
              ],
              { type: 'application/zip' },
            );
      setFailed(false);
      download(blob, name);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="embed-dialog__offline" aria-labelledby="embed-offline">
      <h3 id="embed-offline">{t('embed.offline')}</h3>
      <p>{t('embed.offline.note')}</p>
      <div className="dialog__actions">
        <button type="button" onClick={() => void get('html')}>
          {t('embed.offline.html')}
        </button>
        <button type="button" onClick={() => void get('scorm')}>
          {t('embed.offline.scorm')}
        </button>
      </div>
      {failed && <p role="status">{t('embed.offline.missing')}</p>}
    </section>
  );
}

/** The embed as a reader will see it, its height following what it reports. */
function Preview({ src, title, width }: { src: string; title: string; width: PreviewWidth }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { type?: unknown; height?: unknown } | null;
      if (e.source !== frame.current?.contentWindow || d?.type !== 'atlas:height') return;
      if (typeof d.height === 'number' && d.height > 0) setHeight(Math.ceil(d.height));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <div className="embed-dialog__preview" data-testid="embed-preview">
      {/* Out of the tab order: keys pressed inside a frame stay there, so Escape would no
          longer close the dialog; the snippets are the dialog's keyboard content. */}
      <iframe
        ref={frame}
        src={src}
        title={title}
        tabIndex={-1}
        style={{ width: width === 'full' ? '100%' : `${width}px`, height: height ?? 400 }}
        data-height={height ?? ''}
      />
    </div>
  );
}

/** A snippet to copy: its text, selectable, and a Copy button that says when it worked. */
function Code({ id, label, text }: { id: string; label: string; text: string }) {
  const t = useT();
  // What was copied: an option changed since, the status goes.
  const [copied, setCopied] = useState<string | null>(null);
  const textId = useId();
  return (
    <div className="embed-dialog__code" data-code={id}>
      <label htmlFor={textId}>{label}</label>
      <textarea
        id={textId}
        className="dialog__code"
        readOnly
        value={text}
        rows={Math.min(6, Math.ceil(text.length / 70) + 1)}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(text);
          } catch {
            setCopied(null);
          }
        }}
      >
        {t('embed.copy')}
      </button>
      {copied === text && <span role="status"> {t('header.share.copied')}</span>}
    </div>
  );
}
