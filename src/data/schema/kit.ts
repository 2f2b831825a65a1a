/**
 * A tiny schema kit: each schema parses `unknown` into a typed value (or reports issues with a
 * path) and describes itself as JSON Schema. One definition gives the TypeScript type
 * (`Infer<typeof schema>`), the run-time check and the published JSON Schema.
 *
 * Why not a library: validation must run under a strict CSP (no eval/new Function, which
 * JIT-compiling validators use) and the issues must carry structured reasons we can localise.
 */

/** Why a value was rejected; rendered into the reader's language by the i18n layer. */
export type Reason =
  | { code: 'type'; expected: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' }
  | { code: 'required' }
  | { code: 'enum'; allowed: readonly string[] }
  | { code: 'range'; min?: number; max?: number }
  | { code: 'pattern'; format: string }
  | { code: 'too-long'; max: number }
  | { code: 'count'; min?: number; max?: number }
  | { code: 'duplicate'; value: string }
  | { code: 'unknown-ref'; value: string; target: string }
  | { code: 'invalid-json'; detail: string }
  | { code: 'http'; status: number }
  | { code: 'network'; detail: string }
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'inconsistent'; detail: string }
  /** Map geometry: a polygon ring whose last position is not its first. */
  | { code: 'ring-open' }
  /** Map geometry: more positions in the file than the map can draw. */
  | { code: 'too-many-positions'; max: number }
  /** Cross-file rules on sourcing (src/data/cross-check.ts). */
  | { code: 'required-when'; when: string }
  | { code: 'not-cited'; value: string }
  | { code: 'after-source'; year: number; source: string; sourceYear: number }
  | { code: 'above-sources'; confidence: string; best: string };

/** A path into a JSON document: object keys and array indices. */
export type Path = readonly (string | number)[];

export interface Issue {
  path: Path;
  reason: Reason;
}

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { [key: string]: unknown };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface Schema<T> {
  /** Returns the typed value, or pushes issues and returns undefined. */
  check(value: unknown, path: Path, issues: Issue[]): T | undefined;
  /** The same rule as JSON Schema, for dataset authors. */
  json(): JsonSchema;
  /** Set by `optional()`: the key may be absent from its object. */
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Stops collecting after this many issues: a broken file is reported, not listed in full. */
const MAX_ISSUES = 50;

export function parse<T>(schema: Schema<T>, value: unknown): ParseResult<T> {
  const issues: Issue[] = [];
  const out = schema.check(value, [], issues);
  if (issues.length > 0 || out === undefined) {
    return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  }
  return { ok: true, value: out };
}

function fail(issues: Issue[], path: Path, reason: Reason): undefined {
  if (issues.length < MAX_ISSUES) issues.push({ path, reason });
  return undefined;
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** The number of characters of `v` as JSON Schema counts them (code points, not UTF-16 units). */
function characters(v: string, atMost: number): number {
  // Code points never outnumber UTF-16 units, nor are they fewer than half of them: only a
  // string between the two needs counting, and only until it is over.
  if (v.length <= atMost || v.length > 2 * atMost) return v.length;
  let n = 0;
  for (const _ of v) if (++n > atMost) break;
  return n;
}

/**
 * "At least `n` characters from the first to the last non-space one": a blank string ("", " ",
 * "\u3000") has none. One regular expression for both the run-time check and the published
 * JSON Schema (`pattern`, ECMA-262 with the u flag as JSON Schema's), so the two cannot disagree.
 */
export const nonBlankPattern = (n: number) => (n <= 1 ? '\\S' : `\\S[\\s\\S]{${n - 2},}\\S`);

/**
 * Strings are bounded: a multi-megabyte string in a dataset is an error, not a label. Lengths
 * are counted in characters (code points), as JSON Schema counts them; `minLength` does not
 * count the spaces around the text, and `pattern` is read with the u flag, as JSON Schema's are.
 */
export function string(
  opts: { maxLength?: number; pattern?: RegExp; format?: string; minLength?: number } = {},
): Schema<string> {
  const maxLength = opts.maxLength ?? 4000;
  const minLength = opts.minLength ?? 0;
  const filled = minLength > 0 ? new RegExp(nonBlankPattern(minLength), 'u') : null;
  const pattern = opts.pattern ? new RegExp(opts.pattern.source, 'u') : null;
  return {
    check(v, path, issues) {
      if (typeof v !== 'string') return fail(issues, path, { code: 'type', expected: 'string' });
      if (characters(v, maxLength) > maxLength) {
        return fail(issues, path, { code: 'too-long', max: maxLength });
      }
      if (filled && !filled.test(v)) return fail(issues, path, { code: 'required' });
      if (pattern && !pattern.test(v)) {
        return fail(issues, path, { code: 'pattern', format: opts.format ?? pattern.source });
      }
      return v;
    },
    json() {
      const patterns = [filled?.source, pattern?.source].filter((p) => p !== undefined);
      return {
        type: 'string',
        maxLength,
        ...(minLength ? { minLength } : {}),
        ...(patterns.length === 1 ? { pattern: patterns[0] } : {}),
        ...(patterns.length > 1 ? { allOf: patterns.map((p) => ({ pattern: p })) } : {}),
      };
    },
  };
}

/** Finite numbers only (no NaN, no Infinity), optionally integers within a range. */
export function number(
  opts: { min?: number; max?: number; integer?: boolean } = {},
): Schema<number> {
  return {
    check(v, path, issues) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        return fail(issues, path, { code: 'type', expected: opts.integer ? 'integer' : 'number' });
      }
      if (opts.integer && !Number.isInteger(v)) {
        return fail(issues, path, { code: 'type', expected: 'integer' });
      }
      if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
        return fail(issues, path, { code: 'range', min: opts.min, max: opts.max });
      }
      return v;
    },
    json: () => ({
      type: opts.integer ? 'integer' : 'number',
      ...(opts.min !== undefined ? { minimum: opts.min } : {}),
      ...(opts.max !== undefined ? { maximum: opts.max } : {}),
    }),
  };
}

export function boolean(): Schema<boolean> {
  return {
    check: (v, path, issues) =>
      typeof v === 'boolean' ? v : fail(issues, path, { code: 'type', expected: 'boolean' }),
    json: () => ({ type: 'boolean' }),
  };
}

/** One of a fixed set of strings. */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return {
    check(v, path, issues) {
      if (typeof v !== 'string') return fail(issues, path, { code: 'type', expected: 'string' });
      return (values as readonly string[]).includes(v)
        ? (v as T[number])
        : fail(issues, path, { code: 'enum', allowed: values });
    },
    json: () => ({ enum: [...values] }),
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    check: (v, path, issues) => (v === null ? null : inner.check(v, path, issues)),
    json: () => ({ anyOf: [inner.json(), { type: 'null' }] }),
  };
}

/** Marks an object key as optional; absent keys stay absent. */
export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return {
    optional: true,
    check: (v, path, issues) => (v === undefined ? undefined : inner.check(v, path, issues)),
    json: () => inner.json(),
  };
}

export function array<T>(item: Schema<T>, opts: { min?: number; max?: number } = {}): Schema<T[]> {
  const max = opts.max ?? 100_000;
  return {
    check(v, path, issues) {
      if (!Array.isArray(v)) return fail(issues, path, { code: 'type', expected: 'array' });
      if ((opts.min !== undefined && v.length < opts.min) || v.length > max) {
        return fail(issues, path, { code: 'count', min: opts.min, max });
      }
      const out: T[] = [];
      let bad = false;
      v.forEach((el, i) => {
        const r = item.check(el, [...path, i], issues);
        // A failed item fails the array, optional or not: it is never kept as undefined.
        if (r === undefined) bad = true;
        else out.push(r);
      });
      return bad ? undefined : out;
    },
    json: () => ({
      type: 'array',
      items: item.json(),
      ...(opts.min !== undefined ? { minItems: opts.min } : {}),
      maxItems: max,
    }),
  };
}

/** A fixed-length array such as a [lon, lat] pair. */
export function tuple<A, B>(a: Schema<A>, b: Schema<B>): Schema<[A, B]> {
  return {
    check(v, path, issues) {
      if (!Array.isArray(v)) return fail(issues, path, { code: 'type', expected: 'array' });
      if (v.length !== 2) return fail(issues, path, { code: 'count', min: 2, max: 2 });
      const x = a.check(v[0], [...path, 0], issues);
      const y = b.check(v[1], [...path, 1], issues);
      return x === undefined || y === undefined ? undefined : [x, y];
    },
    json: () => ({
      type: 'array',
      prefixItems: [a.json(), b.json()],
      minItems: 2,
      maxItems: 2,
    }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : undefined extends Infer<S[K]> ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>;
} & { [K in OptionalKeys<S>]?: Infer<S[K]> };
type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * An object with known keys. Unknown keys are dropped (forward compatible); missing required
 * keys are reported.
 */
export function object<S extends Shape>(shape: S): Schema<Flatten<ObjectOf<S>>> {
  return {
    check(v, path, issues) {
      if (typeOf(v) !== 'object') return fail(issues, path, { code: 'type', expected: 'object' });
      const src = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let bad = false;
      for (const [key, schema] of Object.entries(shape)) {
        const has = Object.prototype.hasOwnProperty.call(src, key);
        if (!has) {
          if (schema.optional) continue;
          fail(issues, [...path, key], { code: 'required' });
          bad = true;
          continue;
        }
        const r = schema.check(src[key], [...path, key], issues);
        if (r === undefined && src[key] !== undefined) bad = true;
        else if (r !== undefined || src[key] === null) out[key] = r;
      }
      return bad ? undefined : (out as Flatten<ObjectOf<S>>);
    },
    json: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.json()])),
      required: Object.entries(shape)
        .filter(([, s]) => !s.optional)
        .map(([k]) => k),
    }),
  };
}
