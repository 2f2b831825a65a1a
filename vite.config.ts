/// <reference types="vitest/config" />
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
        filter: (src) => !src.includes(`${'data'}/tools`) && !src.endsWith('.md'),
      });
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any sub-path of a static host with no rewrites.
  base: './',
  plugins: [react(), contentSecurityPolicy(), copyDatasets()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
