import { lazy } from 'react';

/*
 * Parts of the dashboard nobody needs for the first screen — dialogs and the sources drawer —
 * load when first opened. (The presenter and speaker layouts, which contain panels, are App's.)
 */
export const ShareDialog = lazy(() =>
  import('./ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
export const OwnDataDialog = lazy(() =>
  import('./OwnDataDialog').then((m) => ({ default: m.OwnDataDialog })),
);
export const EmbedDialog = lazy(() =>
  import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })),
);
export const SourcesDrawer = lazy(() =>
  import('./SourcesDrawer').then((m) => ({ default: m.SourcesDrawer })),
);
/** The notice about broken data: only loaded when some data is broken. */
export const DataNotice = lazy(() =>
  import('./DataNotice').then((m) => ({ default: m.DataNotice })),
);
