/** Pure helpers for the per-view exports: CSV/JSON of the rows drawn and self-describing file names. */

/** A file name that says what it is: atlas-map-2016-zh-CN.csv */
export function exportFileName(view: string, year: number, lang: string, ext: string) {
  return `east-west-vet-atlas-${view}-${year}-${lang}.${ext}`;
}

// Spreadsheet apps execute cells starting with these; a leading apostrophe keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A value in an exported data file: numbers stay numbers, a missing value is null. */
export type FieldValue = string | number | boolean | null;

/**
 * One column of a view's data file (CSV and JSON): a stable machine `key`, a `header` in the
 * reader's language, and the row's value as data (a number, an ISO 8601 date, a code, or the
 * label in the chosen language beside its code), never formatted text.
 */
export interface ExportField<Row> {
  key: string;
  header: string;
  value: (row: Row) => FieldValue;
}

function csvCell(value: FieldValue): string {
  // Numbers as written by JavaScript (no grouping, a point for decimals): a spreadsheet reads
  // them as numbers. Only text can be mistaken for a formula.
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row; a BOM so spreadsheet apps read the Chinese text as UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly FieldValue[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A view's rows as CSV: one column per field, headed in the reader's language. */
export function fieldsCsv<Row>(fields: readonly ExportField<Row>[], rows: readonly Row[]): string {
  return toCsv(
    fields.map((f) => f.header),
    rows.map((r) => fields.map((f) => f.value(r))),
  );
}

/**
 * A view's rows as JSON: what the file is (view, year, language, sources), its fields with their
 * headers, and the rows as objects keyed by field, values typed. No BOM: JSON forbids one.
 */
export function fieldsJson<Row>(
  about: { view: string; title: string; year: number; lang: string; sourceIds: readonly string[] },
  fields: readonly ExportField<Row>[],
  rows: readonly Row[],
): string {
  return `${JSON.stringify(
    {
      ...about,
      fields: fields.map((f) => ({ key: f.key, header: f.header })),
      rows: rows.map((r) => Object.fromEntries(fields.map((f) => [f.key, f.value(r)]))),
    },
    null,
    2,
  )}\n`;
}

/** Saves a blob under a file name (the browser's download). */
export function download(data: Blob | string, name: string) {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}
