import { useEffect } from 'react';
import { setHistoryMode } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { contentHeight } from './layout';
import {
  createSetCoalescer,
  heightMessage,
  nextFrame,
  parseSetMessage,
  setPatchChanges,
  type SetPatch,
} from './messages';

/**
 * In embed mode: tells the parent page the content height whenever it changes, and applies
 * valid `atlas:set` messages from the parent — at most one update per frame, and none when
 * nothing would change. Only runs inside a frame.
 */
export function useEmbedMessaging(view: string) {
  useEffect(() => {
    if (window.parent === window) return;
    // The content's own height: the document's scroll height never falls below the frame's.
    let last = -1;
    const post = () => {
      const height = contentHeight(document.body);
      if (height === last) return;
      last = height;
      window.parent.postMessage(heightMessage(height, view), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    const coalescer = createSetCoalescer(applySetPatch, nextFrame);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const patch = parseSetMessage(e.data);
      if (patch) coalescer.push(patch);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      coalescer.dispose();
      window.removeEventListener('message', onMessage);
    };
  }, [view]);
}

let applied = 0;

/**
 * Applies what a host set, if it changes anything. The host drives the state, so its updates
 * replace the frame's history entry rather than adding one per message to the host's back
 * button. One mark, `atlas-embed-set`, counts the updates applied so far in its `detail` (for
 * the browser tests; replaced each time, so a long session does not pile up entries).
 */
function applySetPatch(patch: SetPatch) {
  const changes = setPatchChanges(patch, useAtlas.getState());
  if (!changes) return;
  setHistoryMode('replace');
  // A language the host page sets is named in the frame's URL, as a reader's choice is.
  useAtlas.setState(changes.lang ? { ...changes, langInUrl: true } : changes);
  applied += 1;
  performance.clearMarks('atlas-embed-set');
  performance.mark('atlas-embed-set', { detail: applied });
}
