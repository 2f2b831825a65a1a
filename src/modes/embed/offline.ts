import { escapeHtml } from '../../lib/escape';
import { zipStore } from '../../lib/zip';

/**
 * Offline embeds, for course platforms without internet in the classroom: the atlas's single
 * self-contained file (`npm run build:single`, published beside the site) opening on one view in
 * one state, and the same file as a SCORM 1.2 package. Loaded only when asked.
 */

/** Where the site publishes the single file (next to its index.html). */
export const SINGLE_FILE = 'east-west-vet-atlas.html';

/** The name a meta element gives the state a file opens in when its address has none. */
export const START_META = 'atlas-start';

/**
 * The single file set to open in the state `search` (`?embed=map&year=2016&lang=en`): a file
 * opened from a disk has no address parameters, so the state travels in a meta element the
 * page reads on start (url-sync). The title names the view.
 */
export function offlineHtml(single: string, search: string, title: string): string {
  if (!/<head>/i.test(single)) throw new Error('not the atlas single file');
  return single
    .replace(/<title>[^<]*<\/title>/i, () => `<title>${escapeHtml(title)}</title>`)
    .replace(
      /<head>/i,
      (h) => `${h}\n    <meta name="${START_META}" content="${escapeHtml(search)}" />`,
    );
}

/** SCORM 1.2's manifest for one web page: one organisation, one item, one launchable asset. */
export function scormManifest(opts: { id: string; title: string; file: string; lang: string }) {
  const e = escapeHtml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${e(opts.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${e(opts.id)}-org">
    <organization identifier="${e(opts.id)}-org">
      <title>${e(opts.title)}</title>
      <item identifier="${e(opts.id)}-item" identifierref="${e(opts.id)}-page" isvisible="true">
        <title>${e(opts.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${e(opts.id)}-page" type="webcontent" adlcp:scormtype="asset" href="${e(opts.file)}" xml:lang="${e(opts.lang)}">
      <file href="${e(opts.file)}"/>
    </resource>
  </resources>
</manifest>
`;
}

/**
 * A SCORM 1.2 package: imsmanifest.xml at the root and the page it launches. The page is an
 * asset (it reports no score or completion: a figure to read, not a test).
 */
export function scormPackage(opts: {
  id: string;
  title: string;
  file: string;
  lang: string;
  html: string;
}): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  return zipStore([
    { name: 'imsmanifest.xml', data: enc.encode(scormManifest(opts)) },
    { name: opts.file, data: enc.encode(opts.html) },
  ]);
}
