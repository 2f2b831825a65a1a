import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startFirstScreen } from './ui/first-screen';
import { startUrlSync } from './state/url-sync';
import { VIEWS } from './app/views';
import './app/app.css';

startUrlSync();
// Every dashboard panel after the first waits for the first screen.
startFirstScreen(VIEWS.slice(1).map((v) => v.id));
// Datasets are fetched by the views that need them (ensureDatasets), relative to the page, so
// the atlas works from any sub-path and the first screen pays only for its own files.

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
