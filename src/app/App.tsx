import { Suspense, useEffect } from 'react';
import { useAtlas } from '../state/store';
import { PartBoundary } from '../ui/ErrorBoundary';
import { lazyRetry } from '../ui/lazy-retry';
import { Dashboard } from './Dashboard';
// The embed's layout is small and stays in the main chunk: loaded lazily, its imports shared
// with the dashboard were split into more chunks, which cost the first screen 1.1 KB gzip more.
import { EmbedLayout } from './EmbedLayout';
import { previewOffset } from './slide-preview';
import { viewById } from './views';

// Loaded when presenting; they hold panels, so they are not in lazy-parts (which Panel uses).
const PresenterLayout = lazyRetry(() => import('./PresenterLayout').then((m) => m.PresenterLayout));
const SpeakerLayout = lazyRetry(() => import('./SpeakerLayout').then((m) => m.SpeakerLayout));

/** Chooses the layout for the mode, and keeps <html lang> and the theme class in step. */
export function App() {
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const mode = useAtlas((s) => s.mode);
  const embedView = useAtlas((s) => s.embedView);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.mode = mode;
  }, [theme, mode]);

  if (mode === 'embed' && embedView) {
    // The view's code starts loading now, not after the first paint as a panel's does.
    viewById(embedView).preload();
    return <EmbedLayout view={embedView} />;
  }
  if (mode === 'present') {
    return (
      <PartBoundary>
        <Suspense fallback={<p role="status">…</p>}>
          {window.location.hash === '#speaker' ? (
            <SpeakerLayout />
          ) : (
            <PresenterLayout preview={previewOffset(window.location.hash)} />
          )}
        </Suspense>
      </PartBoundary>
    );
  }
  return <Dashboard />;
}
