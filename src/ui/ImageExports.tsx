import { useAtlas } from '../state/store';
import { download, exportFileName } from './export';
import type { FrameText } from './image-frame';
import type { Drawing } from './svg-export';
import { useT } from './use-t';

/**
 * PNG (2×) and SVG exports of a view that draws itself as SVG or HTML (the timeline, the hub),
 * framed like the charts' exports: title, caption (year and filters) above; source and the
 * atlas's licence line below.
 */
export function ImageExports({
  view,
  meta,
  draw,
}: {
  /** View id, for file names. */
  view: string;
  meta: FrameText;
  /** The drawing at the moment of export. */
  draw: () => Drawing | null | Promise<Drawing | null>;
}) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const framed = () => ({ ...meta, credit: `${t('app.title')} · ${t('embed.licence')}` });
  const exporter = () => import('./svg-export');
  return (
    <div className="chart-export" role="group" aria-label={t('export.group')}>
      <button
        type="button"
        onClick={async () => {
          const [d, x] = await Promise.all([draw(), exporter()]);
          if (d) download(await x.drawingPng(d, framed()), exportFileName(view, year, lang, 'png'));
        }}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        onClick={async () => {
          const [d, x] = await Promise.all([draw(), exporter()]);
          if (!d) return;
          const svg = new Blob([x.framedDrawing(d, framed())], { type: 'image/svg+xml' });
          download(svg, exportFileName(view, year, lang, 'svg'));
        }}
      >
        {t('export.svg')}
      </button>
    </div>
  );
}
