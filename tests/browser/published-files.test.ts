import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlasUrl, browserMissing } from './harness';

const repo = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');

/** The dataset files data/README.md lists in its "Files" table: `sources.json`, … */
function filesPromised(): string[] {
  const table = repo('data/README.md').split('## Files')[1]!.split('\n## ')[0]!;
  return [...table.matchAll(/^\| `([a-z]+)\.json` \|/gm)].map((m) => m[1]!);
}

/** Served over HTTP from the build under test, as a static host would serve it. */
const served = (path: string) => fetch(new URL(path, atlasUrl));

describe.skipIf(browserMissing)('files published with the build', () => {
  it('serves the JSON Schema that data/README.md promises for every dataset file', async () => {
    const names = filesPromised();
    // The README's table and the schemas beside it must not drift apart unnoticed.
    expect(names).toEqual(
      expect.arrayContaining(['sources', 'provinces', 'gdp', 'pairings', 'story']),
    );
    for (const name of names) {
      const res = await served(`data/schema/${name}.schema.json`);
      expect(res.status, `data/schema/${name}.schema.json`).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(repo(`data/schema/${name}.schema.json`)));
    }
  });

  it('leaves the authoring fragments of sources.json out', async () => {
    expect((await served('data/sources.json')).status).toBe(200);
    for (const area of ['gdp', 'geo', 'pairings', 'papers', 'policies']) {
      expect((await served(`data/sources.${area}.json`)).status, area).toBe(404);
    }
  });
});
