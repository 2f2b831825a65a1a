import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every folder under `dir`, as repository paths ("src/views/map"). */
function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const full = join(dir, e.name);
      return [relative(ROOT, full).split('\\').join('/'), ...folders(full)];
    });
}

describe('README', () => {
  it('"What is where" names every folder of src/', () => {
    const table = README.slice(README.indexOf('### What is where'));
    const missing = folders(join(ROOT, 'src')).filter(
      (f) => !table.includes(`\`${f}\``) && !table.includes(`\`${f}/`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the two commands CI runs (.ci/run), with the Node version they need', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    for (const command of ['npm ci && npm start', 'npm test']) {
      expect(README).toContain(`\`\`\`sh\n${command}\n\`\`\``);
      expect(ci).toContain(command);
    }
    const engines = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    expect(README).toContain(`Node.js](https://nodejs.org/) ${engines.replace('>=', '')} or later`);
  });
});
