import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../ui/use-t';

const QrCode = lazy(() => import('./QrCode'));

/** Share the exact state: copy the link, the system share sheet where there is one, a QR code. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const url = window.location.href;
  const [status, setStatus] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const canShare = typeof navigator.share === 'function';
  return (
    <div className="drawer-backdrop drawer-backdrop--center" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="share-title"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="drawer__head">
          <h2 id="share-title">{t('header.share')}</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            {t('sources.close')}
          </button>
        </div>
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
      </div>
    </div>
  );
}
