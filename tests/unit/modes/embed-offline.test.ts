// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  offlineHtml,
  scormManifest,
  scormPackage,
  START_META,
} from '../../../src/modes/embed/offline';
import { readZip } from '../../fixtures/read-zip';

const single =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><title>东西部职教协作图谱</title></head><body><div id="root"></div></body></html>';

describe('offline embeds', () => {
  it('sets the single file to open on one view in one state, its title the view’s', () => {
    const html = offlineHtml(single, '?embed=map&year=2016&lang=en', 'Map <"2016">');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector(`meta[name="${START_META}"]`)?.getAttribute('content')).toBe(
      '?embed=map&year=2016&lang=en',
    );
    expect(doc.title).toBe('Map <"2016">');
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(html).toContain('<div id="root"></div>');
    expect(() => offlineHtml('not found', '?embed=map', 'x')).toThrow();
  });

  it('writes a SCORM 1.2 manifest that parses and launches its file', () => {
    const xml = scormManifest({
      id: 'atlas-map-2016-en',
      title: 'A & B <map>',
      file: 'map.html',
      lang: 'en',
    });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).toBe('1.2');
    const item = doc.getElementsByTagName('item')[0]!;
    const resource = doc.getElementsByTagName('resource')[0]!;
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute('href')).toBe('map.html');
    expect(resource.getAttribute('adlcp:scormtype')).toBe('asset');
    expect(doc.getElementsByTagName('file')[0]?.getAttribute('href')).toBe('map.html');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('A & B <map>');
  });

  it('packs the manifest at the root and the page it names', () => {
    const html = offlineHtml(single, '?embed=hub', 'Hub');
    const zip = readZip(
      scormPackage({ id: 'atlas-hub', title: 'Hub', file: 'atlas-hub.html', lang: 'zh-CN', html }),
    );
    expect([...zip.keys()]).toEqual(['imsmanifest.xml', 'atlas-hub.html']);
    const manifest = new TextDecoder().decode(zip.get('imsmanifest.xml'));
    expect(manifest).toContain('href="atlas-hub.html"');
    expect(new TextDecoder().decode(zip.get('atlas-hub.html'))).toBe(html);
  });
});
