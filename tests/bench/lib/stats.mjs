// Pure helpers of the benchmark: statistics, ratios, formatting, the Markdown table and the
// verdicts against the targets. No I/O; unit-tested in tests/unit/bench/.

/**
 * The p-th percentile (0–100) of a list of numbers, by linear interpolation between the
 * closest ranks (the method of NumPy's default and of most spreadsheets). Non-finite values
 * are ignored; null for an empty list.
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(values, p) {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const rank = (p / 100) * (xs.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo);
}

/**
 * @param {readonly number[]} values
 * @returns {number | null}
 */
export const median = (values) => percentile(values, 50);

/**
 * atlas / peer, or null when either is missing or the peer is zero.
 * @param {number | null | undefined} atlas
 * @param {number | null | undefined} peer
 * @returns {number | null}
 */
export function ratio(atlas, peer) {
  if (atlas == null || peer == null || !Number.isFinite(atlas) || !Number.isFinite(peer)) {
    return null;
  }
  if (peer === 0) return null;
  return atlas / peer;
}

/**
 * Bytes as KB (1 KB = 1024 bytes) under 1 MB, else MB, with one decimal.
 * @param {number | null | undefined} bytes
 */
export function formatBytes(bytes) {
  if (bytes == null || !Number.isFinite(bytes)) return '–';
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * Milliseconds, whole under 10 s (one decimal under 100 ms), else seconds.
 * @param {number | null | undefined} ms
 */
export function formatMs(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–';
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A ratio with two decimals and a multiplication sign, e.g. "0.27×".
 * @param {number | null | undefined} r
 */
export const formatRatio = (r) => (r == null || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`);

/**
 * Escapes the characters that would break a Markdown table cell.
 * @param {unknown} cell
 */
export const escapeCell = (cell) =>
  String(cell ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

/**
 * A GitHub-flavoured Markdown table.
 * @param {readonly string[]} header
 * @param {readonly (readonly unknown[])[]} rows
 * @returns {string}
 */
export function markdownTable(header, rows) {
  for (const r of rows) {
    if (r.length !== header.length) {
      throw new Error(`row has ${r.length} cells, header has ${header.length}`);
    }
  }
  const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The same rows as aligned plain text for the terminal.
 * @param {readonly string[]} header
 * @param {readonly (readonly unknown[])[]} rows
 * @returns {string}
 */
export function textTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const fmt = (r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ');
  return [fmt(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join(
    '\n',
  );
}

/**
 * A verdict against a target: met, missed, or unknown when the figure is missing.
 * @param {number | null | undefined} value
 * @param {'<=' | '>='} op
 * @param {number} limit
 * @returns {'met' | 'missed' | 'unknown'}
 */
export function verdict(value, op, limit) {
  if (value == null || !Number.isFinite(value)) return 'unknown';
  return (op === '<=' ? value <= limit : value >= limit) ? 'met' : 'missed';
}

/**
 * Combines several verdicts: missed if any is missed, else unknown if any is unknown.
 * @param {readonly ('met' | 'missed' | 'unknown')[]} verdicts
 * @returns {'met' | 'missed' | 'unknown'}
 */
export function allOf(verdicts) {
  if (verdicts.includes('missed')) return 'missed';
  if (verdicts.includes('unknown') || verdicts.length === 0) return 'unknown';
  return 'met';
}

/**
 * A summary of samples: count, median, p95, min, max (null when empty).
 * @param {readonly number[]} values
 */
export function summary(values) {
  const xs = values.filter((v) => Number.isFinite(v));
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
  };
}

/**
 * Growth factor between two sizes as a power-law exponent: how time or memory scales with the
 * number of records (1 = linear, 0 = flat). Null when a figure is missing or not positive.
 * @param {number} n1
 * @param {number | null} y1
 * @param {number} n2
 * @param {number | null} y2
 * @returns {number | null}
 */
export function growthExponent(n1, y1, n2, y2) {
  if (y1 == null || y2 == null || !(y1 > 0) || !(y2 > 0) || !(n1 > 0) || !(n2 > 0) || n1 === n2) {
    return null;
  }
  return Math.log(y2 / y1) / Math.log(n2 / n1);
}

/**
 * Deterministic sequence of years to jump to: every step changes the year, visits the whole
 * range and mixes short and long jumps. Never starts on `from`.
 * @param {number} count
 * @param {number} min
 * @param {number} max
 * @param {number} from the year shown before the first change
 * @returns {number[]}
 */
export function yearSequence(count, min, max, from) {
  const span = max - min + 1;
  if (span < 2) throw new RangeError('need at least two years');
  // A stride coprime with the span walks every year before repeating one.
  let stride = Math.max(1, Math.floor(span * 0.38));
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  while (gcd(stride, span) !== 1) stride += 1;
  const out = [];
  let i = (from - min + stride) % span;
  for (let k = 0; k < count; k++) {
    const year = min + (((i % span) + span) % span);
    out.push(year);
    i += stride;
  }
  return out;
}
