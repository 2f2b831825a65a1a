/// <reference types="vitest/config" />
import { execFileSync } from 'node:child_process';
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
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
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

/** PNG of an SVG document, `width` px wide (resvg, as WebAssembly: no native binary to install). */
let resvgReady: Promise<void> | null = null;
async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  resvgReady ??= initWasm(
    readFileSync(resolve(import.meta.dirname, 'node_modules/@resvg/resvg-wasm/index_bg.wasm')),
  );
  await resvgReady;
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/** The site's address for absolute links in link previews (`ATLAS_SITE_URL`), with a final slash. */
const siteUrl = () => {
  const url = process.env.ATLAS_SITE_URL?.trim();
  return url ? url.replace(/\/?$/, '/') : '';
};

/**
 * What a shared link and an installed app show, made from the atlas when it is built:
 * social-preview.png (the default map at 1200 × 630, src/views/map/social-image.ts) and the app
 * icons (icon-192.png, icon-512.png, apple-touch-icon.png) drawn from public/favicon.svg; and
 * the Open Graph and Twitter card tags pointing at the preview, absolute when ATLAS_SITE_URL is
 * set. Data that cannot be read leaves the preview out with a warning; it never fails a build.
 */
function linkPreview(): Plugin {
  let outDir = 'dist';
  // The map's code, loaded through Vite's module runner when the site is built (not bundled
  // into this config, which would pull the app's modules into every run of Vite).
  type SocialImage = typeof import('./src/views/map/social-image.ts');
  let loaded: Promise<SocialImage> | null = null;
  const socialImage = () =>
    (loaded ??= runnerImport<SocialImage>('/src/views/map/social-image.ts', {
      root: import.meta.dirname,
      configFile: false,
      logLevel: 'error',
    }).then((r) => r.module));
  return {
    name: 'atlas-link-preview',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async transformIndexHtml() {
      const { SOCIAL_IMAGE, SOCIAL_IMAGE_ALT } = await socialImage();
      const image = `${siteUrl()}social-preview.png`;
      const meta = (attr: 'property' | 'name', key: string, content: string) => ({
        tag: 'meta',
        attrs: { [attr]: key, content },
        injectTo: 'head' as const,
      });
      return [
        // Drawn at build time (below), so not a file Vite could check in index.html.
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: 'apple-touch-icon.png' },
          injectTo: 'head' as const,
        },
        ...(siteUrl() ? [meta('property', 'og:url', siteUrl())] : []),
        meta('property', 'og:image', image),
        meta('property', 'og:image:width', String(SOCIAL_IMAGE.width)),
        meta('property', 'og:image:height', String(SOCIAL_IMAGE.height)),
        meta('property', 'og:image:alt', SOCIAL_IMAGE_ALT),
        meta('name', 'twitter:card', 'summary_large_image'),
        meta('name', 'twitter:image', image),
      ];
    },
    async closeBundle() {
      const root = import.meta.dirname;
      const icon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
      for (const [file, size] of [
        ['icon-192.png', 192],
        ['icon-512.png', 512],
        ['apple-touch-icon.png', 180],
      ] as const) {
        writeFileSync(join(outDir, file), await svgToPng(icon, size));
      }
      try {
        const { SOCIAL_IMAGE, socialImageFromFiles } = await socialImage();
        const svg = socialImageFromFiles((path) => readFileSync(resolve(root, path), 'utf8'));
        writeFileSync(join(outDir, 'social-preview.png'), await svgToPng(svg, SOCIAL_IMAGE.width));
      } catch (e) {
        this.warn(`social-preview.png left out: ${(e as Error).message}`);
      }
    },
  };
}

/**
 * `vite build --mode single`: one self-contained HTML file (script, styles, datasets and
 * geometry inlined) that opens from file:// with no network. Its CSP allows exactly the one
 * inline script by hash, still without 'unsafe-eval' or 'unsafe-inline' for scripts.
 */
function singleFile(): Plugin {
  let outDir = 'dist-single';
  let root = '.';
  return {
    name: 'atlas-single-file',
    apply: (_config, env) => env.command === 'build' && env.mode === 'single',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
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
      // The icon goes inside the file; the manifest and the touch icon are the site's.
      const icon = readFileSync(resolve(import.meta.dirname, 'public/favicon.svg'), 'base64');
      html = html.replace(
        /<link rel="icon"[^>]*>/,
        () => `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${icon}" />`,
      );
      html = html.replace(/<link rel="(manifest|apple-touch-icon)"[^>]*>\s*/g, '');
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'east-west-vet-atlas.html'), html);
      // Beside the site built before it (npm run build, then this), the Embed dialog offers the
      // file as an offline embed and a SCORM package of one view.
      const site = resolve(root, 'dist');
      if (existsSync(join(site, 'index.html'))) {
        writeFileSync(join(site, 'east-west-vet-atlas.html'), html);
      }
    },
  };
}

/**
 * The version the footer shows: package.json's, and the commit it was built from where the
 * build runs in a git clone (a source archive has none).
 */
function atlasVersion(): string {
  const { version } = JSON.parse(
    readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'),
  ) as { version: string };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: import.meta.dirname,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return /^[0-9a-f]{4,40}$/.test(commit) ? `${version} (${commit})` : version;
  } catch {
    return version;
  }
}

export default defineConfig(({ mode }) => ({
  define: { __ATLAS_VERSION__: JSON.stringify(atlasVersion()) },
  // Relative base: the build works from any sub-path of a static host with no rewrites.
  base: './',
  plugins: [
    react(),
    designTokens(),
    contentSecurityPolicy(),
    linkPreview(),
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
  // `npm start` serves the build here; PORT picks another port (.ci/run passes a free one).
  preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173, strictPort: true },
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
