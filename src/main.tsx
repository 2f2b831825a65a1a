import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadDatasets } from './state/load-datasets';
import { startUrlSync } from './state/url-sync';
import './app/app.css';

startUrlSync();
// Datasets are fetched relative to the page, so the atlas works from any sub-path.
void loadDatasets(document.baseURI);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
