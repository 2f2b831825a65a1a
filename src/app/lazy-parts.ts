import { lazy } from 'react';

/*
 * Parts of the shell nobody needs for the first screen — dialogs, the sources drawer, the
 * presenter and speaker layouts — load when first opened.
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
export const PresenterLayout = lazy(() =>
  import('./PresenterLayout').then((m) => ({ default: m.PresenterLayout })),
);
export const SpeakerLayout = lazy(() =>
  import('./SpeakerLayout').then((m) => ({ default: m.SpeakerLayout })),
);
