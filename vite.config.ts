/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { tokensCss } from './src/lib/theme.ts';

/**
 * The Content-Security-Policy of the built app. No 'unsafe-eval' and no inline scripts:
 * nothing in the app or its dependencies may need eval/new Function. Inline *styles* are
 * allowed because ECharts and React set element style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Serves the page's CSS custom properties (colours) as `virtual:atlas-tokens.css`, generated
 * from src/lib/theme.ts, the one place they are written; the charts read the same module.
 */
function designTokens(): Plugin {
  const id = 'virtual:atlas-tokens.css';
  return {
    name: 'atlas-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? tokensCss() : null),
  };
}

/** Adds the CSP meta tag to the built page only (Vite's dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Copies data/ (JSON datasets, geometry, JSON Schemas) into the build output so the app can
 * fetch them at run time and a host can swap a dataset without rebuilding. Authoring tools
 * under data/tools stay behind.
 */
function copyDatasets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-copy-datasets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const from = resolve(import.meta.dirname, 'data');
      if (!existsSync(from)) return;
      cpSync(from, resolve(outDir, 'data'), {
        recursive: true,
        filter: (src) => {
          const inData = relative(from, src).split('\\').join('/');
          const isTool = inData === 'tools' || inData.startsWith('tools/');
          return !isTool && !src.endsWith('.md') && !isSourcesFragment(inData);
        },
      });
    },
  };
}

/**
 * data/sources.<area>.json are authoring fragments merged into data/sources.json: not shipped.
 * `path` is relative to data/: only files directly in it are fragments, so the published
 * schema data/schema/sources.schema.json is not one.
 */
const isSourcesFragment = (path: string) => /^sources\.[^/]+\.json$/.test(path);

/** Every dataset and geometry file under data/ (not tools, schemas or fragments), as path → text. */
function readDataFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'tools' && entry.name !== 'schema') walk(full);
      } else if (entry.name.endsWith('.json')) {
        const path = relative(root, full).split('\\').join('/');
        if (!isSourcesFragment(path.slice('data/'.length))) out[path] = readFileSync(full, 'utf8');
      }
    }
  };
  walk(join(root, 'data'));
  return out;
}

// Inside an inline <script>, "</script" and "<!--" would end or confuse the element.
const scriptSafe = (s: string) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * `vite build --mode single`: one self-contained HTML file (script, styles, datasets and
 * geometry inlined) that opens from file:// with no network. Its CSP allows exactly the one
 * inline script by hash, still without 'unsafe-eval' or 'unsafe-inline' for scripts.
 */
function singleFile(): Plugin {
  let outDir = 'dist-single';
  return {
    name: 'atlas-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === 'single',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const htmlPath = join(outDir, 'index.html');
      let html = readFileSync(htmlPath, 'utf8');
      const asset = (href: string) => readFileSync(join(outDir, href.replace(/^\.\//, '')), 'utf8');
      let scriptHash = '';
      html = html.replace(
        /<script type="module" crossorigin src="([^"]+)"><\/script>/,
        (_m, src: string) => {
          const code = scriptSafe(asset(src));
          scriptHash = createHash('sha256').update(code).digest('base64');
          return `<script type="module">${code}</script>`;
        },
      );
      html = html.replace(
        /<link rel="stylesheet" crossorigin href="([^"]+)">/g,
        (_m, href: string) => `<style>${asset(href)}</style>`,
      );
      const data = JSON.stringify(readDataFiles(import.meta.dirname)).replace(/</g, '\\u003c');
      // Function replacements: the inlined code and data may contain "$&"-like sequences.
      html = html.replace(
        '</body>',
        () => `<script type="application/json" id="atlas-embedded-data">${data}</script>\n</body>`,
      );
      // Vite writes the meta content with &#39; for quotes.
      html = html.replace(
        /script-src (?:'|&#39;)self(?:'|&#39;)/,
        () => `script-src &#39;sha256-${scriptHash}&#39;`,
      );
      html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'east-west-vet-atlas.html'), html);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative base: the build works from any sub-path of a static host with no rewrites.
  base: './',
  plugins: [
    react(),
    designTokens(),
    contentSecurityPolicy(),
    mode === 'single' ? singleFile() : copyDatasets(),
  ],
  resolve: {
    // ECharts exports its renderers only together; these two names let the app import the
    // canvas renderer up front and the SVG renderer (exports only) on demand.
    alias: {
      'echarts-canvas-renderer': resolve(
        import.meta.dirname,
        'node_modules/echarts/lib/renderer/installCanvasRenderer.js',
      ),
      'echarts-svg-renderer': resolve(
        import.meta.dirname,
        'node_modules/echarts/lib/renderer/installSVGRenderer.js',
      ),
      // Scatter without the grid its installer adds (src/ui/echarts-scatter.ts).
      'echarts-scatter-series': resolve(
        import.meta.dirname,
        'node_modules/echarts/lib/chart/scatter/ScatterSeries.js',
      ),
      'echarts-scatter-view': resolve(
        import.meta.dirname,
        'node_modules/echarts/lib/chart/scatter/ScatterView.js',
      ),
      'echarts-points-layout': resolve(
        import.meta.dirname,
        'node_modules/echarts/lib/layout/points.js',
      ),
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    // The single file cannot load chunks: everything goes into one script.
    ...(mode === 'single' ? { rolldownOptions: { output: { codeSplitting: false } } } : {}),
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
}));
