import { useEffect } from 'react';
import { useAtlas } from '../../state/store';
import { heightMessage, parseSetMessage } from './messages';

/**
 * In embed mode: tells the parent page the content height whenever it changes, and applies
 * valid `atlas:set` messages from the parent. Only runs inside a frame.
 */
export function useEmbedMessaging(view: string) {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage(heightMessage(document.documentElement.scrollHeight, view), '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const patch = parseSetMessage(e.data);
      if (patch) useAtlas.setState(patch);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [view]);
}
