import { lazyRetry } from '../ui/lazy-retry';

/*
 * Parts of the dashboard nobody needs for the first screen — the dialogs' content (their frame
 * is `ui/Dialog`, which shows at once) — load when first opened; a failed load is tried again by
 * the part's "Reload this part". (The presenter and speaker layouts, which contain panels, are
 * App's.)
 */
export const ShareContent = lazyRetry(() => import('./ShareDialog').then((m) => m.ShareContent));
export const OwnDataContent = lazyRetry(() =>
  import('./OwnDataDialog').then((m) => m.OwnDataContent),
);
export const EmbedContent = lazyRetry(() => import('./EmbedDialog').then((m) => m.EmbedContent));
export const SourcesContent = lazyRetry(() =>
  import('./SourcesDrawer').then((m) => m.SourcesContent),
);
/** The notice about broken data: only loaded when some data is broken. */
export const DataNotice = lazyRetry(() => import('./DataNotice').then((m) => m.DataNotice));
/** The reader's own talk (My talk). */
export const TalkContent = lazyRetry(() => import('./TalkEditor').then((m) => m.TalkEditor));
