/**
 * The speaker window's previews are the presenter's own slides in frames: `#preview` shows the
 * audience's step, `#preview-next` the one after it. A preview follows the audience window and
 * never moves it.
 */
export type PreviewOffset = 0 | 1;

const HASHES: Record<string, PreviewOffset> = { '#preview': 0, '#preview-next': 1 };

/** The preview a page is, from its address's hash; undefined for the audience's own window. */
export function previewOffset(hash: string): PreviewOffset | undefined {
  return HASHES[hash];
}

/** The address of a preview `offset` steps after `step`, on the speaker window's own address. */
export function previewUrl(
  location: { pathname: string; search: string },
  step: number,
  offset: PreviewOffset,
): string {
  const params = new URLSearchParams(location.search);
  params.set('present', String(step + offset));
  return `${location.pathname}?${params}${offset ? '#preview-next' : '#preview'}`;
}
