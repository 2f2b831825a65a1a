import { detectLang, type Lang } from '../i18n';
import { useAtlas } from './store';
import { applyUrlState, takeHistoryMode, urlStateOf, type HistoryMode } from './actions';
import { decode, DEFAULT_LANG, encode } from './url-codec';

/** Marks the history entry the reader arrived on (see `continuous` in actions.ts). */
const LANDING = { atlas: 'landing' } as const;
const isLanding = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { atlas?: unknown }).atlas === 'landing';

/**
 * Keeps the address bar and the store in step: reads the URL once on start (reporting ignored
 * parameters), writes every change back (push for discrete selections, replace for the later
 * steps of a continuous one) and restores state on back/forward. No change made in the atlas
 * replaces the entry the reader arrived on, so Back never leaves it for one. Returns a function
 * that stops syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const browserLang = (): Lang => detectLang(win.navigator.languages ?? [win.navigator.language]);
  // A file opened from a disk has no address parameters: an offline embed names its state in
  // a meta element instead (modes/embed/offline.ts).
  const start =
    win.location.search ||
    win.document.querySelector('meta[name="atlas-start"]')?.getAttribute('content') ||
    '';
  const { state, ignored } = decode(start);
  // A browser language other than the default is named in the URL from the start, as before.
  if (state.lang === null && browserLang() !== DEFAULT_LANG) state.lang = browserLang();
  applyUrlState(state, browserLang());
  if (ignored.length > 0) useAtlas.setState({ urlNotice: ignored });
  writeUrl(win, encode(state), 'replace', LANDING);
  takeHistoryMode();

  const unsubscribe = useAtlas.subscribe((s, prev) => {
    const mode = takeHistoryMode();
    const next = encode(urlStateOf(s));
    if (next === encode(urlStateOf(prev))) return;
    if (next !== win.location.search) writeUrl(win, next, historyWrite(mode, win.history.state));
  });

  const onPop = () => {
    const decoded = decode(win.location.search);
    applyUrlState(decoded.state, browserLang());
    takeHistoryMode();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}

/** How a change is written: a continuous one replaces, except on the landing entry. */
function historyWrite(mode: HistoryMode, entry: unknown): 'push' | 'replace' {
  if (mode === 'continuous') return isLanding(entry) ? 'push' : 'replace';
  return mode;
}

function writeUrl(win: Window, search: string, mode: 'push' | 'replace', entry: unknown = null) {
  const url = `${win.location.pathname}${search}${win.location.hash}`;
  try {
    // A replace keeps the entry's mark (the landing entry stays the landing entry).
    if (mode === 'push') win.history.pushState(entry, '', url);
    else win.history.replaceState(entry ?? win.history.state, '', url);
  } catch {
    // Some hosts (sandboxed frames, odd file:// setups) refuse history writes: state still works.
  }
}
