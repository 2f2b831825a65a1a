/**
 * Builds the naive peer: the atlas's own src/ and build settings, with three swaps that undo its
 * size work — the whole `echarts` instead of `echarts/core` (src/ui/echarts-core.ts), every view
 * imported eagerly instead of React.lazy (src/app/views.ts), and one script with no code
 * splitting. The full-detail map geometry is put in place by tests/bench/run.mjs after the build.
 * Never shipped; output goes to tests/bench/.out/peer.
 *
 *   npx vite build --config tests/bench/peer/vite.config.ts
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import atlasConfig from '../../../vite.config';

const root = resolve(import.meta.dirname, '../../..');

/** Resolved module → the peer's replacement. */
const SWAPS: Record<string, string> = {
  [resolve(root, 'src/ui/echarts-core.ts')]: resolve(import.meta.dirname, 'echarts-full.ts'),
  [resolve(root, 'src/app/views.ts')]: resolve(import.meta.dirname, 'views-eager.ts'),
};

/** Import strings that may point at a swapped module (checked by their resolved path). */
const SWAPPED_NAME = /(^|\/)(echarts-core|views)(\.ts)?$/;

/**
 * Like `resolve.alias`, but on the resolved file rather than the import string, so every
 * relative spelling ('./views', '../app/views', '../../ui/echarts-core') is caught. Fails the
 * build if a swap never happened (a module moved): the peer would silently equal the atlas.
 */
function swapModules(): Plugin {
  const used = new Set<string>();
  return {
    name: 'bench-peer-swap',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || !SWAPPED_NAME.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && SWAPS[resolved.id.split('?')[0] ?? ''];
      // A replacement may import its original (views-eager.ts re-exports src/app/views.ts).
      if (!swap || importer === swap) return resolved;
      used.add(swap);
      return swap;
    },
    buildEnd(error) {
      const unused = Object.values(SWAPS).filter((s) => !used.has(s));
      if (!error && unused.length) {
        this.error(`peer build: nothing imports the module(s) replaced by ${unused.join(', ')}`);
      }
    },
  };
}

export default defineConfig((env) => {
  const base =
    typeof atlasConfig === 'function'
      ? (atlasConfig(env) as UserConfig)
      : (atlasConfig as UserConfig);
  // The atlas's config is reused (plugins, target, CSP, data copy); only the swaps differ.
  const { test: _test, ...atlas } = base as UserConfig & { test?: unknown };
  return mergeConfig(atlas, {
    root,
    plugins: [swapModules()],
    build: {
      outDir: resolve(import.meta.dirname, '../.out/peer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  } satisfies UserConfig);
});
