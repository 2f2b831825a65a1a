import type { ViewId } from '../data/schema/story';
import { encode, type UrlState } from '../state/url-codec';

/** The <iframe> an educator pastes into courseware: this view, this state. */
export function iframeSnippet(
  pageUrl: string,
  view: ViewId,
  state: UrlState,
  title: string,
): string {
  const search = encode({ ...state, embed: view, present: null });
  const src = `${pageUrl}${search}`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The optional few lines that let the iframe take its content's height. */
export const HEIGHT_SCRIPT = `<script>
addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.type !== 'atlas:height' || typeof d.height !== 'number') return;
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = d.height + 'px';
  });
});
</script>`;
