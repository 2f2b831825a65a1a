import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, translator } from '../../../src/i18n';
import { en as enCore } from '../../../src/i18n/en';
import { zh as zhCore } from '../../../src/i18n/zh';
import { describeDatasetError } from '../../../src/i18n/describe';
import { hubEn, hubZh } from '../../../src/i18n/views/hub';
import { radarEn, radarZh } from '../../../src/i18n/views/radar';
import { timelineEn, timelineZh } from '../../../src/i18n/views/timeline';
import { trendEn, trendZh } from '../../../src/i18n/views/trend';

// The shell's catalogue plus those the lazily loaded views bring with them.
const zh: Record<string, string> = { ...zhCore, ...trendZh, ...timelineZh, ...radarZh, ...hubZh };
const en: Record<string, string> = { ...enCore, ...trendEn, ...timelineEn, ...radarEn, ...hubEn };

/** Every .ts/.tsx file under src/, with its text. */
function sourceTexts(dir = join(import.meta.dirname, '../../../src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceTexts(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [readFileSync(join(dir, e.name), 'utf8')]
        : [],
  );
}

describe('i18n', () => {
  it('uses every key it translates (written out, or built from a template such as `x.${id}`)', () => {
    // The catalogues themselves name every key: leave them out.
    const code = sourceTexts()
      .filter((text) => !/^export const (zh|en|\w+(Zh|En)) = \{/m.test(text))
      .join('\n');
    const written = new Set(
      [...code.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]),
    );
    const prefixes = [...code.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(zh).filter(
      (key) => !written.has(key) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('has the same keys and no empty strings in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const v of [...Object.values(en), ...Object.values(zh)]) expect(v.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh)) {
      expect(slots(en[key]!), key).toEqual(slots(zh[key]!));
    }
  });

  it('serves a view’s strings once its catalogue has been added, and never crashes on a missing one', () => {
    expect(translator('en')('radar.all')).toBe(radarEn['radar.all']);
    expect(translator('zh-CN')('hub.matrix')).toBe(hubZh['hub.matrix']);
    expect(translator('en')('no.such.key' as never)).toBe('no.such.key');
  });

  it('fills placeholders', () => {
    expect(translator('en')('sources.count', { count: 3 })).toBe('3 sources');
    expect(translator('zh-CN')('sources.count', { count: 3 })).toBe('共 3 条来源');
  });

  it('picks the browser language, else Chinese', () => {
    expect(detectLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLang(['zh-TW'])).toBe('zh-CN');
    expect(detectLang(['fr-FR'])).toBe('zh-CN');
    expect(detectLang([])).toBe('zh-CN');
  });

  it('names file, record and field of a dataset error in each language', () => {
    const e = {
      file: 'data/gdp.json',
      record: '110000/2003',
      field: 'value',
      reason: { code: 'type', expected: 'number' },
    } as const;
    expect(describeDatasetError(e, translator('en'))).toBe(
      'file data/gdp.json, record 110000/2003, field value: should be a number',
    );
    expect(describeDatasetError(e, translator('zh-CN'))).toBe(
      '文件 data/gdp.json，记录 110000/2003，字段 value: 应为数字',
    );
  });
});
