#!/usr/bin/env node
// Writes data/papers/<sourceId>.json from the two seed papers' converted texts in
// data/tools/inputs/seeds/: the text cut into blocks (title, front matter, headings,
// paragraphs, table captions, page furniture), each paragraph with the locator the atlas's
// quotes use ("二、(一) ¶2"). Every character of the input except line breaks is kept, in
// order (page furniture that interrupts a paragraph is moved to just after it);
// tests/data/papers.test.ts checks that. The app loads these files only when a reader opens
// a quote in context. Run: node data/tools/build-papers.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(import.meta.dirname, '..');
const inputs = join(import.meta.dirname, 'inputs', 'seeds');

const SECTION = /^([一二三四五六七八九十]+)、/;
const SUBSECTION = /^[（(]([一二三四五六七八九十]+)[）)]/;
const CAPTION = /^表\d/;

/** The papers' own running heads and the converter's page notes: not part of the argument. */
const FURNITURE = [/^本文为全文原貌/, /^原版页码/, /^区域职业教育中心建设实践探究$/, /^———以郑州市为例$/];

/**
 * Cuts lines into blocks. `oneLinePerParagraph`: the first paper's conversion puts each
 * paragraph on one line; the second wraps at the column width, so a paragraph ends at a line
 * that ends a sentence and stops short of the column (the next paragraph's first line is
 * indented, so a short line alone would not do).
 */
function blocksOf(lines, { front, oneLinePerParagraph, columnEnd }) {
  const blocks = [];
  let section = null;
  let sub = null;
  let n = 0;
  let para = null;
  let held = [];
  const locator = () => `${section ? `${section}${sub ? `(${sub})` : ''}` : '引言'} ¶${n}`;
  const flush = () => {
    if (para !== null) blocks.push({ kind: 'paragraph', locator: locator(), text: para });
    para = null;
    blocks.push(...held);
    held = [];
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const bare = line.trim();
    if (bare === '') return;
    if (i < front.length) {
      blocks.push({ kind: front[i], text: line });
      return;
    }
    if (FURNITURE.some((re) => re.test(bare))) {
      const block = { kind: 'furniture', text: line };
      if (para === null) blocks.push(block);
      else held.push(block);
      return;
    }
    if (CAPTION.test(bare)) {
      flush();
      blocks.push({ kind: 'caption', text: line });
      return;
    }
    const s = SECTION.exec(bare);
    const ss = SUBSECTION.exec(bare);
    if (s || ss) {
      flush();
      if (s) {
        section = `${s[1]}、`;
        sub = null;
      } else sub = ss[1];
      n = 0;
      blocks.push({ kind: 'heading', text: line });
      return;
    }
    if (para === null) {
      n += 1;
      para = line;
    } else para += line;
    const endsSentence = /[。！？][”」]?(\[\d+\])?$/.test(bare) || /[。！？](\[\d+\])?[”」]?$/.test(bare);
    if (oneLinePerParagraph || (endsSentence && [...bare].length < columnEnd)) flush();
  });
  flush();
  return blocks;
}

const PAPERS = [
  {
    sourceId: 'paper-gao-guo-2025',
    file: '000_045eaff75617f36d.txt',
    front: ['title', 'front', 'front', 'front', 'front'],
    oneLinePerParagraph: true,
  },
  {
    sourceId: 'paper-zhengzhou-hub',
    file: '001_3df17bb9141945c0.txt',
    front: ['abstract', 'abstract'],
    oneLinePerParagraph: false,
    columnEnd: 23,
  },
];

mkdirSync(join(dataDir, 'papers'), { recursive: true });
for (const p of PAPERS) {
  const raw = readFileSync(join(inputs, p.file), 'utf8');
  const blocks = blocksOf(raw.split('\n'), p);
  // The abstract of the second paper wraps over its first two lines: one block.
  const merged = [];
  for (const b of blocks) {
    const last = merged.at(-1);
    if (last && b.kind === 'abstract' && last.kind === 'abstract') last.text += b.text;
    else merged.push({ ...b });
  }
  const out = {
    sourceId: p.sourceId,
    input: `data/tools/inputs/seeds/${p.file}`,
    sha256: createHash('sha256').update(raw).digest('hex'),
    blocks: merged,
  };
  writeFileSync(join(dataDir, 'papers', `${p.sourceId}.json`), `${JSON.stringify(out, null, 1)}\n`);
  const count = (k) => merged.filter((b) => b.kind === k).length;
  console.log(`data/papers/${p.sourceId}.json: ${count('paragraph')} paragraphs, ${count('heading')} headings, ${count('furniture')} furniture`);
}
