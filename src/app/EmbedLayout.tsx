import { useMemo } from 'react';
import type { ViewId } from '../data/schema/story';
import { encode } from '../state/url-codec';
import { useUrlState } from '../state/use-url-state';
import { useT } from '../ui/use-t';
import { useEmbedMessaging } from '../modes/embed/use-embed-messaging';
import { DataNoticeSlot } from './DataNoticeSlot';
import { Panel } from './Panel';
import { UrlNotice } from './UrlNotice';
import { viewById } from './views';

/** One view, no chrome: for an <iframe> in courseware. */
export function EmbedLayout({ view }: { view: ViewId }) {
  const t = useT();
  useEmbedMessaging(view);
  const fullAtlasSearch = encode({ ...useUrlState(), embed: null, present: null });
  const def = viewById(view);
  const files = useMemo(() => [...def.needs, ...def.uses], [def]);
  return (
    <main className="embed" id="main">
      <UrlNotice />
      <DataNoticeSlot only={files} />
      <Panel view={def} headingLevel={1} />
      <p className="embed__credit">
        {t('app.title')} · {t('embed.creditLine')} ·{' '}
        <a href={`${window.location.pathname}${fullAtlasSearch}`} target="_blank" rel="noopener">
          {t('embed.full')}
        </a>
      </p>
    </main>
  );
}
