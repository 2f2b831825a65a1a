import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  fieldsCsv,
  fieldsJson,
  toCsv,
  type ExportField,
} from '../../../src/ui/export';

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

  it('writes numbers as numbers, a missing value as an empty cell, and never quotes a negative number as text', () => {
    expect(toCsv(['n', 'x', 'b', 's'], [[-0.5, null, true, '-0.5']])).toBe(
      "\uFEFFn,x,b,s\r\n-0.5,,true,'-0.5\r\n",
    );
    expect(toCsv(['big'], [[52400000]])).toBe('\uFEFFbig\r\n52400000\r\n');
  });

  type Row = { code: string; name: string; value: number | null; date: string };
  const fields: ExportField<Row>[] = [
    { key: 'province_code', header: '省份（代码）', value: (r) => r.code },
    { key: 'province', header: '省份', value: (r) => r.name },
    { key: 'gdp', header: '地区生产总值（亿元）', value: (r) => r.value },
    { key: 'date', header: '日期', value: (r) => r.date },
  ];
  const rows: Row[] = [
    { code: '520000', name: '贵州', value: 20164.58, date: '2005-10-28' },
    { code: '650000', name: '新疆', value: null, date: '2016-06' },
  ];

  it('makes a CSV of one column per field, headed in the reader’s language, codes beside labels', () => {
    expect(fieldsCsv(fields, rows)).toBe(
      '\uFEFF省份（代码）,省份,地区生产总值（亿元）,日期\r\n' +
        '520000,贵州,20164.58,2005-10-28\r\n' +
        '650000,新疆,,2016-06\r\n',
    );
  });

  it('makes JSON of typed values keyed by field, saying what it is, without a BOM', () => {
    const text = fieldsJson(
      { view: 'map', title: '地图', year: 2016, lang: 'zh-CN', sourceIds: ['nbs'] },
      fields,
      rows,
    );
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({ view: 'map', year: 2016, lang: 'zh-CN', sourceIds: ['nbs'] });
    expect(json.fields).toEqual(fields.map((f) => ({ key: f.key, header: f.header })));
    expect(json.rows).toEqual([
      { province_code: '520000', province: '贵州', gdp: 20164.58, date: '2005-10-28' },
      { province_code: '650000', province: '新疆', gdp: null, date: '2016-06' },
    ]);
  });
});
