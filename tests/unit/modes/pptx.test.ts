import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../../src/lib/zip';
import { readZip as unzip } from '../../fixtures/read-zip';
import { buildPptx, xmlText, type Deck } from '../../../src/modes/presenter/pptx';

// A 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgKNoEAAGaASV50pT6AAAAAElFTkSuQmCC',
    'base64',
  ),
);

const deck = (): Deck => ({
  lang: 'en',
  title: 'East–West VET Atlas',
  subtitle: 'A talk in 2 steps',
  slides: [
    {
      title: 'Step <one> & more',
      caption: 'The West at about a third of the East',
      source: 'Source: Education and Vocation (journal) 《Evolving models》',
      notes: 'First line\nSecond line',
      image: { png: PNG, width: 1600, height: 900, alt: 'Trend chart' },
    },
    { title: 'Step two', caption: 'Caption two', source: 'Source: B', notes: '', image: null },
  ],
  references: { heading: 'References', lines: ['A. Title[J]. 2025.', 'B. Title[Z]. 2016.'] },
});

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('stores entries that read back byte for byte, in order', () => {
    const a = new TextEncoder().encode('hello 东西部');
    const files = unzip(
      zipStore([
        { name: 'a/中文.txt', data: a },
        { name: 'b', data: PNG },
      ]),
    );
    expect([...files.keys()]).toEqual(['a/中文.txt', 'b']);
    expect(files.get('a/中文.txt')).toEqual(a);
    expect(files.get('b')).toEqual(PNG);
  });
});

describe('pptx', () => {
  const text = (files: Map<string, Uint8Array>, name: string) =>
    new TextDecoder().decode(files.get(name));

  it('writes a title slide, one slide per step and a references slide, with every part they name', () => {
    const bytes = buildPptx(deck());
    const files = unzip(bytes);
    expect([...files.keys()][0]).toBe('[Content_Types].xml');
    const types = text(files, '[Content_Types].xml');
    const pres = text(files, 'ppt/presentation.xml');
    expect(pres.match(/<p:sldId /g)).toHaveLength(4);
    for (let k = 1; k <= 4; k++) {
      expect(files.has(`ppt/slides/slide${k}.xml`)).toBe(true);
      expect(types).toContain(`/ppt/slides/slide${k}.xml`);
      expect(files.has(`ppt/notesSlides/notesSlide${k}.xml`)).toBe(true);
    }
    // Every relationship points at a part in the package.
    for (const [name] of files) {
      if (!name.endsWith('.rels')) continue;
      const base = name.replace(/_rels\/[^/]*\.rels$/, '');
      for (const m of text(files, name).matchAll(/Target="([^"]+)"/g)) {
        const parts = `${base}${m[1]}`.split('/');
        const path: string[] = [];
        for (const p of parts)
          if (p === '..') path.pop();
          else if (p) path.push(p);
        expect(files.has(path.join('/')), `${name} → ${m[1]}`).toBe(true);
      }
    }
    // Every XML part is well formed enough to parse.
    for (const [name, data] of files)
      if (/\.(xml|rels)$/.test(name))
        expect(() => parseXml(new TextDecoder().decode(data)), name).not.toThrow();
    mkdirSync(resolve(process.cwd(), 'test-results'), { recursive: true });
    writeFileSync(resolve(process.cwd(), 'test-results/sample-talk.pptx'), bytes);
  });

  it('keeps the step text editable, escaped, the notes in the notes pane and the image embedded', () => {
    const files = unzip(buildPptx(deck()));
    const slide = text(files, 'ppt/slides/slide2.xml');
    expect(slide).toContain('<a:t>Step &lt;one&gt; &amp; more</a:t>');
    expect(slide).toContain(
      '<a:t>Source: Education and Vocation (journal) 《Evolving models》</a:t>',
    );
    expect(slide).toContain('descr="Trend chart"');
    expect(text(files, 'ppt/slides/_rels/slide2.xml.rels')).toContain('../media/image2.png');
    expect(files.get('ppt/media/image2.png')).toEqual(PNG);
    const notes = text(files, 'ppt/notesSlides/notesSlide2.xml');
    expect(notes).toContain('<a:t>First line</a:t>');
    expect(notes).toContain('<a:t>Second line</a:t>');
    // A step without an image has no picture and no media part.
    expect(text(files, 'ppt/slides/slide3.xml')).not.toContain('<p:pic>');
    expect(files.has('ppt/media/image3.png')).toBe(false);
    expect(text(files, 'ppt/slides/slide4.xml')).toContain('<a:t>B. Title[Z]. 2016.</a:t>');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('<a href="x">&\u0001</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

/** A strict little check: tags balance and attributes are quoted (no DOM parser in node). */
function parseXml(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([\w:]+)((?:\s+[\w:]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') throw new Error(`stray ${m[0]} at ${m.index}`);
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> unbalanced at ${m.index}`);
    } else stack.push(name!);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('> <')}>`);
}
