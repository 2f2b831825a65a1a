// A small static host for the benchmark: serves several builds under sub-paths of one
// 127.0.0.1 port, gzip-compressed like a real static host (so "bytes transferred" are gzip
// bytes), with no caching. Files are compressed once at start so compression does not run
// during a measurement.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * @typedef {{ body: Buffer; gzip: Buffer | null; type: string }} Entry
 * @typedef {{ root: string; overrides?: Record<string, string> }} Mount
 */

/**
 * Loads a mount: every file under `root`, then `overrides` (path inside the mount → file on
 * disk) replacing or adding files, e.g. a synthetic data/pairings.json over a copy of dist/.
 * @param {Mount} mount
 * @returns {Map<string, Entry>}
 */
function load(mount) {
  /** @type {Map<string, Entry>} */
  const files = new Map();
  const add = (path, file) => {
    const body = readFileSync(file);
    const ext = extname(file);
    files.set(path, {
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 6 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    });
  };
  for (const file of walk(mount.root)) add(relative(mount.root, file).split(sep).join('/'), file);
  for (const [path, file] of Object.entries(mount.overrides ?? {})) add(path, file);
  return files;
}

/**
 * Starts the server. `mounts` maps a name to a build: /<name>/ serves it.
 * @param {Record<string, Mount>} mounts
 * @returns {Promise<{ url: (name: string) => string; close: () => Promise<void>; size: (name: string, path: string) => { raw: number; gzip: number } | null }>}
 */
export async function serve(mounts) {
  /** @type {Map<string, Map<string, Entry>>} */
  const sites = new Map(Object.entries(mounts).map(([name, m]) => [name, load(m)]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, name, ...rest] = decodeURIComponent(url.pathname).split('/');
    const site = sites.get(name ?? '');
    if (!site) return void res.writeHead(404).end('not found');
    let path = rest.join('/');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const entry = site.get(path);
    if (!entry) return void res.writeHead(404).end('not found');
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}/`,
    size: (name, path) => {
      const e = sites.get(name)?.get(path);
      return e ? { raw: e.body.length, gzip: (e.gzip ?? e.body).length } : null;
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** @param {string} path */
export const isDirectory = (path) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
