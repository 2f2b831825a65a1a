import { useEffect, useRef, useState } from 'react';
import type { ViewId } from '../data/schema/story';
import { useUrlState } from '../state/use-url-state';
import { useT } from '../ui/use-t';
import { HEIGHT_SCRIPT, iframeSnippet } from './embed-snippet';

/** Generates the embed snippet for one view in the current state. */
export function EmbedDialog({
  view,
  title,
  onClose,
}: {
  view: ViewId;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const state = useUrlState();
  const [withScript, setWithScript] = useState(true);
  const [copied, setCopied] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const page = `${window.location.origin}${window.location.pathname}`;
  const snippet =
    iframeSnippet(page, view, state, title) + (withScript ? `\n${HEIGHT_SCRIPT}` : '');

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="drawer-backdrop drawer-backdrop--center" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`embed-${view}-title`}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="drawer__head">
          <h2 id={`embed-${view}-title`}>
            {t('embed.dialog')}: {title}
          </h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            {t('sources.close')}
          </button>
        </div>
        <label className="dialog__check">
          <input
            type="checkbox"
            checked={withScript}
            onChange={(e) => setWithScript(e.target.checked)}
          />{' '}
          {t('embed.withScript')}
        </label>
        <textarea
          className="dialog__code"
          readOnly
          value={snippet}
          rows={withScript ? 12 : 4}
          aria-label={t('embed.snippet')}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(snippet);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t('embed.copy')}
        </button>
        {copied && <span role="status"> {t('header.share.copied')}</span>}
      </div>
    </div>
  );
}
