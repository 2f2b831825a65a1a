import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDatasetJsonSchemas } from '../../../src/data/schema/json-schema';

const dir = resolve(process.cwd(), 'data/schema');

describe('published JSON Schemas', () => {
  // `npm run schemas` rewrites them; the test fails when a schema changed without republishing.
  it('match the schemas the app validates with', () => {
    const schemas = allDatasetJsonSchemas();
    if (process.env.UPDATE_SCHEMAS) {
      mkdirSync(dir, { recursive: true });
      for (const [name, schema] of Object.entries(schemas)) {
        writeFileSync(resolve(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
      }
    }
    for (const [name, schema] of Object.entries(schemas)) {
      const file = resolve(dir, `${name}.schema.json`);
      expect(existsSync(file), `${file} missing: run npm run schemas`).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
    }
  });
});
