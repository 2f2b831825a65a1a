import { useState } from 'react';
import type { ViewId } from '../data/schema/story';
import { useAtlas } from '../state/store';
import { useUrlState } from '../state/use-url-state';
import { useT } from '../ui/use-t';
import { HEIGHT_SCRIPT, iframeSnippet } from './embed-snippet';

/** The Embed dialog's content: the snippet for one view in the current state. */
export function EmbedContent({ view, title }: { view: ViewId; title: string }) {
  const t = useT();
  const state = useUrlState();
  const lang = useAtlas((s) => s.lang);
  const [withScript, setWithScript] = useState(true);
  const [copied, setCopied] = useState(false);
  const page = `${window.location.origin}${window.location.pathname}`;
  const snippet =
    iframeSnippet(page, view, { ...state, lang }, title) + (withScript ? `\n${HEIGHT_SCRIPT}` : '');

  return (
    <>
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
    </>
  );
}
