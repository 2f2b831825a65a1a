/**
 * A JSON Schema (draft 2020-12) evaluator for the keywords the schema kit writes, to hold the
 * published schemas to the run-time check in tests. It follows the specification: lengths in
 * code points, `pattern` as an unanchored ECMA-262 expression with the u flag, `integer` any
 * number with no fraction. A keyword it does not know fails loudly, so the kit cannot start
 * writing one this file would silently ignore.
 */
import type { JsonSchema } from '../../../src/data/schema/kit';

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  // An annotation: it explains, it does not constrain.
  'description',
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'anyOf',
  'allOf',
]);

const typeOk = (type: unknown, v: unknown) => {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      throw new Error(`unknown type ${String(type)}`);
  }
};

const regexps = new Map<string, RegExp>();
const regexp = (source: string) => {
  let r = regexps.get(source);
  if (!r) regexps.set(source, (r = new RegExp(source, 'u')));
  return r;
};
const codePoints = (v: string) => {
  let n = 0;
  for (const _ of v) n++;
  return n;
};

/** Whether `v` is valid against `schema`. */
export function validates(schema: JsonSchema, v: unknown): boolean {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`the evaluator does not know "${key}"`);
  }
  const s = schema as Record<string, unknown>;
  if ('type' in s && !typeOk(s.type, v)) return false;
  if ('enum' in s && !(s.enum as unknown[]).some((e) => e === v)) return false;
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) return false;
    if (typeof s.maximum === 'number' && v > s.maximum) return false;
  }
  if (typeof v === 'string') {
    const length = codePoints(v);
    if (typeof s.minLength === 'number' && length < s.minLength) return false;
    if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
    if (typeof s.pattern === 'string' && !regexp(s.pattern).test(v)) return false;
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) return false;
    const prefix = (s.prefixItems as JsonSchema[] | undefined) ?? [];
    for (let i = 0; i < v.length; i++) {
      const item = i < prefix.length ? prefix[i] : (s.items as JsonSchema | undefined);
      if (item && !validates(item, v[i])) return false;
    }
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (!Object.prototype.hasOwnProperty.call(o, key)) return false;
    }
    for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
      if (Object.prototype.hasOwnProperty.call(o, key) && !validates(sub, o[key])) return false;
    }
  }
  if ('anyOf' in s && !(s.anyOf as JsonSchema[]).some((sub) => validates(sub, v))) return false;
  if ('allOf' in s && !(s.allOf as JsonSchema[]).every((sub) => validates(sub, v))) return false;
  return true;
}
