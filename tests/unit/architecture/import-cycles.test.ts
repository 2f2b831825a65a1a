import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * ESLint's import-x/no-cycle skips type-only imports and does not follow `import()`; a cycle
 * through either still ties the modules together for a reader (and, for `import()`, for the
 * bundler's chunks). This walks every import of src/, static, type-only and dynamic.
 */
const SRC = resolve(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The relative modules a file imports, by any kind of import, resolved to files of src/. */
export function importsOf(file: string, text: string): string[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [
      `${base}.ts`,
      `${base}.tsx`,
      join(base, 'index.ts'),
      join(base, 'index.tsx'),
    ].find(existsSync);
    return found ? [found] : [];
  });
}

/** Every cycle's shortest loop, each as the list of files from its first to itself. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const reported = new Set<string>();
  for (const start of graph.keys()) {
    // Breadth first from `start`: the shortest way back to it, if any.
    const back = new Map<string, string>();
    const queue = [...(graph.get(start) ?? [])];
    for (const n of queue) back.set(n, start);
    while (queue.length) {
      const n = queue.shift()!;
      if (n === start) {
        const loop = [start];
        for (let at = back.get(start)!; at !== start; at = back.get(at)!) loop.unshift(at);
        loop.unshift(start);
        const key = [...loop.slice(1)].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          found.push(loop);
        }
        break;
      }
      for (const next of graph.get(n) ?? []) {
        if (!back.has(next)) {
          back.set(next, n);
          queue.push(next);
        }
      }
    }
  }
  return found;
}

describe('imports of src/', () => {
  it('form no cycle, counting type-only and dynamic imports', () => {
    const graph = new Map(files(SRC).map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
    const loops = cycles(graph).map((loop) => loop.map((f) => relative(SRC, f)).join(' → '));
    expect(loops).toEqual([]);
  });

  it('finds a cycle through a type-only or a dynamic import', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    const graph = new Map([
      [a, [b]],
      [b, [a]],
    ]);
    expect(cycles(graph)).toHaveLength(1);
    const text = "import type { X } from './i18n';\nconst P = lazy(() => import('./app/App'));\n";
    expect(importsOf(join(SRC, 'main.tsx'), text).map((f) => relative(SRC, f))).toEqual([
      'i18n/index.ts',
      'app/App.tsx',
    ]);
  });
});
