// The repository must build, test and rebuild its datasets from a clone with nothing beside it:
// no code, test, data script or CI step may read the research folders of the build machines.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const SKIP = new Set(['node_modules', 'dist', 'dist-single', '.git', 'test-results', 'inputs']);
const CODE = /\.(ts|tsx|mjs|js|cjs|json|sh)$|^run$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return CODE.test(name) ? [full] : [];
  });
}

describe('a clone with nothing beside it', () => {
  it('has no code, test, data script or CI step reading ../shared', () => {
    const outside =
      /\.\.[\\/]shared|\/work\/shared|['"]shared[\\/](research|seeds)|join\([^)]*['"]\.\.['"],\s*['"]shared['"]/;
    const self = relative(root, import.meta.filename);
    const hits = ['src', 'tests', 'data', '.ci']
      .flatMap((d) => files(join(root, d)))
      .filter((f) => relative(root, f) !== self)
      .filter((f) => outside.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(hits).toEqual([]);
  });
});
