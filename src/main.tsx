import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './state/url-sync';
// The colours (generated from lib/theme.ts) before the stylesheet that uses them.
import 'virtual:atlas-tokens.css';
import './app/app.css';

startUrlSync();
// Each panel asks the load scheduler (ui/load-scheduler.ts) when to fetch its code and the
// datasets it needs (relative to the page, so the atlas works from any sub-path).

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
