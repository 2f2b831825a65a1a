import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from '../../../src/ui/export';

describe('exports', () => {
  it('names files after view, year and language', () => {
    expect(exportFileName('map', 2016, 'zh-CN', 'csv')).toBe(
      'east-west-vet-atlas-map-2016-zh-CN.csv',
    );
  });

  it('writes CSV with quoting, a BOM and CRLF', () => {
    expect(toCsv(['a', 'b'], [['上海, 云南', 'say "hi"']])).toBe(
      '\uFEFFa,b\r\n"上海, 云南","say ""hi"""\r\n',
    );
  });

  it('keeps formula-like and script-like strings as inert text', () => {
    const csv = toCsv(
      ['x'],
      [['=HYPERLINK("http://evil")'], ['<img src=x onerror=alert(1)>'], ['-1+1']],
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('<img src=x onerror=alert(1)>');
    expect(csv).toContain("'-1+1");
  });
});
