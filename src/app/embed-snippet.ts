import type { ViewId } from '../data/schema/story';
import type { Lang } from '../i18n';
import { embedBodyReserve } from '../modes/embed/layout';
import { DEFAULT_LANG, encode, type UrlState } from '../state/url-codec';

/** The embed's own address: this view, this state, chart-only unless `state.controls`. */
export function embedUrl(pageUrl: string, view: ViewId, state: UrlState): string {
  return `${pageUrl}${encode({ ...state, embed: view, present: null })}`;
}

/**
 * Height of an embed's title and footer (licence and link back) beside its body, in CSS px at a
 * 640 px frame (measured in Chromium: English wraps the footer onto a second line).
 */
const SHELL: Record<Lang, number> = { 'zh-CN': 80, en: 100 };

/**
 * A frame's height before any message arrives: what the view takes in a 640 px frame, so a
 * course page without the script still shows the whole view at a common width.
 */
export const initialHeight = (view: ViewId, lang: Lang) =>
  embedBodyReserve(view, 640, lang) + SHELL[lang];

/** The <iframe> an educator pastes into courseware: this view, this state, a title, a height. */
export function iframeSnippet(
  pageUrl: string,
  view: ViewId,
  state: UrlState,
  title: string,
): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const src = embedUrl(pageUrl, view, state);
  const height = initialHeight(view, state.lang ?? DEFAULT_LANG);
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * The responsive snippet's script (well under 1 KB): each frame of the page takes the height
 * its embed reports (`atlas:height`), so it fits at any width with no scrollbar.
 */
export const HEIGHT_SCRIPT =
  '<script>addEventListener("message",function(e){var d=e.data;' +
  'if(!d||d.type!=="atlas:height"||typeof d.height!=="number"||!(d.height>0))return;' +
  'document.querySelectorAll("iframe").forEach(function(f){' +
  'if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>';

/** The frame and the script, for pages that allow scripts. */
export const responsiveSnippet = (...args: Parameters<typeof iframeSnippet>) =>
  `${iframeSnippet(...args)}\n${HEIGHT_SCRIPT}`;
