import { detectLang } from '../i18n';
import { useAtlas } from './store';
import { applyUrlState, takeHistoryMode, urlStateOf } from './actions';
import { decode, encode } from './url-codec';

/**
 * Keeps the address bar and the store in step: reads the URL once on start (reporting ignored
 * parameters), writes every change back (push for discrete selections, replace for continuous
 * ones) and restores state on back/forward. Returns a function that stops syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const { state, ignored } = decode(win.location.search);
  const hasLang = new URLSearchParams(win.location.search).has('lang');
  if (!hasLang) state.lang = detectLang(win.navigator.languages ?? [win.navigator.language]);
  applyUrlState(state);
  if (ignored.length > 0) useAtlas.setState({ urlNotice: ignored });
  writeUrl(win, encode(state), 'replace');
  takeHistoryMode();

  const unsubscribe = useAtlas.subscribe((s, prev) => {
    const mode = takeHistoryMode();
    const next = encode(urlStateOf(s));
    if (next === encode(urlStateOf(prev))) return;
    if (next !== win.location.search) writeUrl(win, next, mode);
  });

  const onPop = () => {
    const decoded = decode(win.location.search);
    applyUrlState(decoded.state);
    takeHistoryMode();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}

function writeUrl(win: Window, search: string, mode: 'push' | 'replace') {
  const url = `${win.location.pathname}${search}${win.location.hash}`;
  try {
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  } catch {
    // Some hosts (sandboxed frames, odd file:// setups) refuse history writes: state still works.
  }
}
