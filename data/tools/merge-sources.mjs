#!/usr/bin/env node
// Merges the bibliography fragments data/sources.*.json (one per area: geo, gdp, pairings,
// papers) into data/sources.json, sorted by id. Refuses duplicate ids with different content.
// Run: node data/tools/merge-sources.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..');
const fragments = readdirSync(dir).filter((f) => /^sources\..+\.json$/.test(f)).sort();
const byId = new Map();
for (const f of fragments) {
  const { sources } = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const s of sources) {
    const prev = byId.get(s.id);
    if (prev && JSON.stringify(prev.source) !== JSON.stringify(s)) {
      throw new Error(`source id "${s.id}" differs between ${prev.file} and ${f}`);
    }
    byId.set(s.id, { source: s, file: f });
  }
}
const sources = [...byId.values()].map((v) => v.source).sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(join(dir, 'sources.json'), `${JSON.stringify({ sources }, null, 2)}\n`);
console.log(`data/sources.json: ${sources.length} sources from ${fragments.join(', ')}`);
