import { describe, expect, it } from 'vitest';
import {
  array,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parse,
  string,
  tuple,
} from '../../../src/data/schema/kit';

const thing = object({
  id: string({ pattern: /^[a-z-]+$/, format: 'id' }),
  value: nullable(number({ min: 0 })),
  kind: oneOf(['a', 'b'] as const),
  tags: array(string(), { max: 3 }),
  point: tuple(number(), number()),
  note: optional(string()),
});

describe('schema kit', () => {
  it('returns the typed value for valid input and drops unknown keys', () => {
    const r = parse(thing, { id: 'x', value: null, kind: 'a', tags: [], point: [1, 2], extra: 1 });
    expect(r).toEqual({
      ok: true,
      value: { id: 'x', value: null, kind: 'a', tags: [], point: [1, 2] },
    });
  });

  it('reports each problem with its path and reason', () => {
    const r = parse(thing, { id: 'X!', value: -1, kind: 'c', tags: ['a', 3], point: [1] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: ['id'], reason: { code: 'pattern', format: 'id' } },
      { path: ['value'], reason: { code: 'range', min: 0, max: undefined } },
      { path: ['kind'], reason: { code: 'enum', allowed: ['a', 'b'] } },
      { path: ['tags', 1], reason: { code: 'type', expected: 'string' } },
      { path: ['point'], reason: { code: 'count', min: 2, max: 2 } },
    ]);
  });

  it('rejects NaN, Infinity and numbers given as strings', () => {
    for (const v of [NaN, Infinity, '3']) {
      expect(parse(number(), v).ok).toBe(false);
    }
  });

  it('rejects multi-megabyte strings instead of rendering them', () => {
    const r = parse(string(), 'x'.repeat(3_000_000));
    expect(r).toEqual({
      ok: false,
      issues: [{ path: [], reason: { code: 'too-long', max: 4000 } }],
    });
  });

  it('reports a missing required key and accepts a missing optional one', () => {
    const r = parse(object({ a: string(), b: optional(string()) }), {});
    expect(r).toEqual({ ok: false, issues: [{ path: ['a'], reason: { code: 'required' } }] });
  });

  it('stops listing after fifty issues', () => {
    const r = parse(
      array(number()),
      Array.from({ length: 500 }, () => 'x'),
    );
    expect(r.ok || r.issues.length).toBe(50);
  });

  it('describes itself as JSON Schema', () => {
    const js = thing.json();
    expect(js).toMatchObject({
      type: 'object',
      required: ['id', 'value', 'kind', 'tags', 'point'],
    });
    expect((js.properties as Record<string, unknown>).kind).toEqual({ enum: ['a', 'b'] });
  });
});
