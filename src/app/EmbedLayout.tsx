import { useEffect, useMemo, useState } from 'react';
import type { ViewId } from '../data/schema/story';
import { embedBodyReserve } from '../modes/embed/layout';
import { useEmbedMessaging } from '../modes/embed/use-embed-messaging';
import { useAtlas } from '../state/store';
import { encode } from '../state/url-codec';
import { useUrlState } from '../state/use-url-state';
import { useT } from '../ui/use-t';
import { DataNoticeSlot } from './DataNoticeSlot';
import { Panel } from './Panel';
import { UrlNotice } from './UrlNotice';
import { viewById } from './views';
import './embed.css';

/** The frame's width, followed as the host page resizes it. */
function useFrameWidth() {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/**
 * One view for an <iframe> in courseware, chart-only: its title, then the view as an embed
 * presents itself (takeaway, chart, compact legend, source line; controls only with
 * `controls=1`), then the licence and a link to the full atlas at the same state. The view's
 * body is given, before its code arrives, the height it will take at this width, so the first
 * height reported to the host page is already the final one.
 */
export function EmbedLayout({ view }: { view: ViewId }) {
  const t = useT();
  const controls = useAtlas((s) => s.embedControls);
  const lang = useAtlas((s) => s.lang);
  const width = useFrameWidth();
  useEmbedMessaging(view);
  const fullAtlasSearch = encode({ ...useUrlState(), embed: null, controls: false, present: null });
  const def = viewById(view);
  const files = useMemo(() => [...def.needs, ...def.uses], [def]);
  return (
    <main className="embed" id="main" data-embed-view={view}>
      <UrlNotice />
      <DataNoticeSlot only={files} />
      <Panel
        view={def}
        headingLevel={1}
        presentation="embed"
        controls={controls}
        bodyMinHeight={embedBodyReserve(view, width, lang)}
      />
      <p className="embed__credit">
        {t('app.title')} · {t('embed.licence')} ·{' '}
        <a href={`${window.location.pathname}${fullAtlasSearch}`} target="_blank" rel="noopener">
          {t('embed.full')} <span aria-hidden="true">↗</span>
        </a>
      </p>
    </main>
  );
}
