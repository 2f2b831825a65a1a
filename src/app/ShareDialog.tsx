import { lazy, Suspense, useState } from 'react';
import { useAtlas } from '../state/store';
import { encode } from '../state/url-codec';
import { useUrlState } from '../state/use-url-state';
import { useT } from '../ui/use-t';

const QrCode = lazy(() => import('./QrCode'));

/** The page's address without its query and fragment (works from file:// too). */
const pageAddress = () => window.location.href.replace(/[?#].*$/, '');

/**
 * The Share dialog's content: copy the link, the system share sheet where there is one, a QR
 * code, the link always naming the language shown. The frame (title, Close, Escape, focus) is
 * the shell's `Dialog`.
 */
export function ShareContent() {
  const t = useT();
  const state = useUrlState();
  const lang = useAtlas((s) => s.lang);
  // The link names the language shown, so a reader whose browser speaks another sees this.
  const url = `${pageAddress()}${encode({ ...state, lang })}`;
  const [status, setStatus] = useState<string | null>(null);
  const canShare = typeof navigator.share === 'function';
  return (
    <>
      <input
        className="dialog__code"
        readOnly
        value={url}
        aria-label={t('share.link')}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog__actions">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setStatus(t('header.share.copied'));
            } catch {
              setStatus(t('header.share.manual'));
            }
          }}
        >
          {t('share.copy')}
        </button>
        {canShare && (
          <button
            type="button"
            onClick={() =>
              void navigator.share({ title: t('app.title'), url }).catch(() => undefined)
            }
          >
            {t('share.system')}
          </button>
        )}
      </div>
      {status && <p role="status">{status}</p>}
      <Suspense fallback={null}>
        <QrCode text={url} label={t('share.qr')} />
      </Suspense>
    </>
  );
}
