import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASET_SCHEMAS } from '../../../src/data/datasets';
import { datasetJsonSchema } from '../../../src/data/schema/json-schema';
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
  type Issue,
  type Schema,
} from '../../../src/data/schema/kit';
import { allDatasets } from '../../fixtures/datasets';
import { validates } from './json-schema-eval';

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

describe('the published JSON Schema and the run-time check', () => {
  /** Whether the check and the published schema agree on each value. */
  const agree = (schema: Schema<unknown>, values: unknown[]) =>
    values.map((v) => ({
      value: v,
      check: parse(schema, v).ok,
      schema: validates(schema.json(), v),
    }));
  const disagreements = (schema: Schema<unknown>, values: unknown[]) =>
    agree(schema, values).filter((r) => r.check !== r.schema);

  it('refuse a blank text alike (" " passed the schema and failed in the app)', () => {
    const text = string({ minLength: 1 });
    expect(agree(text, [' '])).toEqual([{ value: ' ', check: false, schema: false }]);
    const blanks = ['', ' ', '   ', '\t\n', '\u3000', '\u00a0'];
    expect(disagreements(text, [...blanks, 'a', ' a ', '中', '😀'])).toEqual([]);
    expect(
      disagreements(string({ minLength: 2 }), ['a', ' a ', 'ab', ' a b ', 'a  b', '😀😀']),
    ).toEqual([]);
    // With a pattern of its own, both rules hold in the schema too.
    expect(
      disagreements(string({ minLength: 1, pattern: /^[a-z ]*$/ }), [' ', '', 'ab', ' ab', 'AB']),
    ).toEqual([]);
  });

  it('count characters alike: code points, not UTF-16 units', () => {
    const three = string({ maxLength: 3 });
    expect(parse(three, '😀😀😀').ok).toBe(true);
    expect(
      disagreements(three, ['abc', 'abcd', '😀😀😀', '😀😀😀😀', '中文字', '中文字符']),
    ).toEqual([]);
  });

  it('agree on every dataset file and on thousands of damaged copies of one', () => {
    const all = allDatasets();
    let compared = 0;
    for (const name of DATASET_NAMES) {
      const schema = DATASET_SCHEMAS[name] as Schema<unknown>;
      const json = datasetJsonSchema(name);
      const differing: string[] = [];
      for (const [where, damaged] of damages(all[name])) {
        compared++;
        if (parse(schema, damaged).ok !== validates(json, damaged)) differing.push(where);
      }
      expect(differing, name).toEqual([]);
    }
    expect(compared).toBeGreaterThan(2000);
  }, 60_000);
});

describe('arrays', () => {
  it('never keep a failed item as undefined, even an optional one', () => {
    const issues: Issue[] = [];
    const list = array(optional(number()));
    expect(list.check([1, 'x', 3], [], issues)).toBeUndefined();
    expect(issues).toEqual([{ path: [1], reason: { code: 'type', expected: 'number' } }]);
    expect(list.check([1, 3], [], [])).toEqual([1, 3]);
  });
});

/** The value itself, then copies with one thing damaged, each named by where. */
function* damages(value: unknown, path = ''): Generator<[string, unknown]> {
  yield [path || '(whole)', value];
  const replacements: unknown[] = [
    null,
    '',
    ' ',
    '\u3000',
    'x',
    '😀'.repeat(41),
    'UPPER-case id',
    '2024-13',
    -1,
    1.5,
    2024,
    true,
    [],
    {},
  ];
  for (const [key, child] of Object.entries(value as object)) {
    const at = `${path}/${key}`;
    const set = (v: unknown) => {
      const copy = Array.isArray(value) ? [...value] : { ...(value as object) };
      (copy as Record<string, unknown>)[key] = v;
      return copy;
    };
    for (const r of replacements) yield [`${at} = ${JSON.stringify(r).slice(0, 20)}`, set(r)];
    if (!Array.isArray(value)) {
      const { [key]: _gone, ...rest } = value as Record<string, unknown>;
      yield [`${at} removed`, rest];
    }
    if (child && typeof child === 'object') {
      for (const [where, damaged] of damages(child, at)) {
        if (where !== at) yield [where, set(damaged)];
      }
    }
  }
  if (Array.isArray(value)) {
    yield [`${path} emptied`, []];
    yield [`${path} doubled`, [...value, ...value]];
  }
}
