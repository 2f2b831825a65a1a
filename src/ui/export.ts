/** Pure helpers for the per-view exports: CSV/JSON of the rows drawn and self-describing file names. */

/** A file name that says what it is: atlas-map-2016-zh-CN.csv */
export function exportFileName(view: string, year: number, lang: string, ext: string) {
  return `east-west-vet-atlas-${view}-${year}-${lang}.${ext}`;
}

// Spreadsheet apps execute cells starting with these; a leading apostrophe keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row; a BOM so spreadsheet apps read the Chinese text as UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
