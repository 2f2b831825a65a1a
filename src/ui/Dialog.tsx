import { Suspense, useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { PartBoundary } from './ErrorBoundary';
import { useT } from './use-t';

/** Props of the one modal the atlas uses (Share, Load data, Embed, the Sources drawer). */
export interface DialogProps {
  /** The heading, which also names the dialog. */
  title: ReactNode;
  /** Called on Close, Escape and a click on the backdrop; the caller unmounts the dialog. */
  onClose: () => void;
  /** Centred box, or a drawer along the end edge. */
  variant?: 'dialog' | 'drawer';
  /** May be lazily loaded: it shows "loading" meanwhile, and a failure stays inside. */
  children: ReactNode;
}

/**
 * A native modal `<dialog>` opened with showModal(): the browser makes the page behind it inert
 * (focus stays inside) and closes it on Escape; a click on the backdrop closes it too. When it
 * goes, focus returns to whatever opened it.
 */
export function Dialog({ title, onClose, variant = 'dialog', children }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  // A press that starts inside (selecting text) and ends on the backdrop does not close it.
  const pressed = useRef<EventTarget | null>(null);
  return (
    <dialog
      ref={ref}
      className={variant}
      aria-labelledby={titleId}
      // Escape fires `cancel` at once; the native `close` follows a task later. The caller is
      // told on `cancel`, so that a key pressed right after Escape (Enter on the opener, which
      // has focus back already) meets a closed dialog, not one about to close that swallows the
      // reopening. `close` still covers a close that skipped `cancel`. (A `close` queued by the
      // clean-up of StrictMode's rehearsal arrives when it is open again: not a close.)
      onCancel={() => close.current()}
      onClose={() => {
        if (ref.current && !ref.current.open) close.current();
      }}
      onPointerDown={(e) => (pressed.current = e.target)}
      onClick={(e) => {
        if (e.target === e.currentTarget && pressed.current === e.currentTarget) onClose();
      }}
    >
      <div className="dialog__body">
        <div className="drawer__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={onClose}>
            {t('sources.close')}
          </button>
        </div>
        <PartBoundary>
          <Suspense fallback={<p role="status">{t('view.loading')}</p>}>{children}</Suspense>
        </PartBoundary>
      </div>
    </dialog>
  );
}
