import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../../src/data/load';
import { SOCIAL_IMAGE, socialImageSvg } from '../../../../src/views/map/social-image';

const DATA = join(import.meta.dirname, '../../../../data');

function dataset<K extends 'provinces' | 'pairings'>(name: K) {
  const read = parseDatasetText(name, readFileSync(join(DATA, `${name}.json`), 'utf8'));
  if (!read.ok) throw new Error(`data/${name}.json does not validate`);
  return read.data;
}

describe('the link preview picture', () => {
  const china = () => JSON.parse(readFileSync(join(DATA, 'geo/china.json'), 'utf8')) as unknown;

  it('draws the default map from the real data at 1200 × 630, without text', () => {
    const svg = socialImageSvg(
      { provinces: dataset('provinces'), pairings: dataset('pairings') },
      china(),
    );
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${SOCIAL_IMAGE.width}"`));
    expect(svg).toContain(`height="${SOCIAL_IMAGE.height}"`);
    // Provinces and arcs: hundreds of paths.
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThan(100);
    expect(svg).not.toContain('<text');
  });

  it('says which file is wrong rather than drawing an empty map', () => {
    expect(() =>
      socialImageSvg({ provinces: dataset('provinces'), pairings: dataset('pairings') }, {}),
    ).toThrow(/china\.json/);
  });
});
