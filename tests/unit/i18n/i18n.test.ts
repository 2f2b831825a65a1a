import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORE,
  detectLang,
  pluralCategory,
  translator,
  type Catalogue,
  type Message,
} from '../../../src/i18n';
import { describeDatasetError } from '../../../src/i18n/describe';
import { dataMessages } from '../../../src/app/data-messages';
import { ownMessages } from '../../../src/app/own-messages';
import { hubMessages } from '../../../src/views/hub/messages';
import { mapMessages } from '../../../src/views/map/messages';
import { radarMessages } from '../../../src/views/radar/messages';
import { timelineMessages } from '../../../src/views/timeline/messages';
import { trendMessages } from '../../../src/views/trend/messages';

const CATALOGUES: Record<string, Catalogue<string>> = {
  core: CORE,
  map: mapMessages,
  trend: trendMessages,
  timeline: timelineMessages,
  radar: radarMessages,
  hub: hubMessages,
  data: dataMessages,
  own: ownMessages,
};
const all = (lang: 'zh-CN' | 'en'): Record<string, Message> =>
  Object.assign({}, ...Object.values(CATALOGUES).map((c) => c[lang]));
const zh = all('zh-CN');
const en = all('en');
/** Every form of a message: the template, or each plural form. */
const forms = (m: Message): string[] =>
  typeof m === 'string' ? [m] : [m.other, ...(m.one === undefined ? [] : [m.one])];
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Every .ts/.tsx file under src/, with its path and text. */
function sourceFiles(dir = join(import.meta.dirname, '../../../src')): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): [string, string][] =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [[join(dir, e.name), readFileSync(join(dir, e.name), 'utf8')]]
        : [],
  );
}

describe('i18n', () => {
  it('uses every key it translates (written out, or built from a template such as `x.${id}`)', () => {
    // The catalogues themselves name every key: leave them out.
    const code = sourceFiles()
      .filter(([path]) => !/(\/i18n\/(zh|en)|\/messages)\.ts$/.test(path))
      .map(([, text]) => text)
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

  it('gives each view its own keys, none shared with the shell or another view', () => {
    const seen = new Map<string, string>();
    for (const [name, c] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(c['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
        if (name !== 'core') expect(key.startsWith(`${name}.`), key).toBe(true);
      }
    }
  });

  it('has the same keys and no empty strings in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const m of [...Object.values(en), ...Object.values(zh)])
      for (const f of forms(m)) expect(f.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages, and no other in a plural form', () => {
    const union = (m: Message) => [...new Set(forms(m).flatMap(slots))].sort();
    for (const key of Object.keys(zh)) {
      expect(union(en[key]!), key).toEqual(union(zh[key]!));
      for (const f of forms(en[key]!)) {
        for (const s of slots(f)) expect(union(zh[key]!), key).toContain(s);
      }
    }
  });

  it('has a singular for every English message that names a counted thing', () => {
    // "{count} sources", "{count} more pairings …": such a message needs its "one" form.
    const counted = /\{count\} (more )?[a-z]+s\b/;
    for (const [key, m] of Object.entries(en)) {
      if (typeof m === 'string') expect(counted.test(m), `${key}: ${m}`).toBe(false);
      else {
        expect(m.one, key).toBeDefined();
        expect(slots(m.one!), key).toContain('count');
      }
    }
  });

  it('says "1 source" but "2 sources", and has one form in Chinese', () => {
    const t = translator('en');
    expect(t('sources.count', { count: 1 })).toBe('1 source');
    expect(t('sources.count', { count: 2 })).toBe('2 sources');
    expect(t('sources.count', { count: 0 })).toBe('0 sources');
    expect(translator('zh-CN')('sources.count', { count: 1 })).toBe('共 1 条来源');
    expect(translator('en', mapMessages)('map.count.pairings', { count: 1 })).toBe('1 pairing');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 1.5)).toBe('other');
    expect(pluralCategory('zh-CN', 1)).toBe('other');
  });

  it('agrees with the plural rules of the language (CLDR through Intl.PluralRules)', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (const n of [0, 1, 2, 3, 11, 21, 100, 101, 0.5, 1.5]) {
        expect(pluralCategory(lang, n), `${lang} ${n}`).toBe(rules.select(n));
      }
    }
  });

  it('serves a view’s strings from the catalogue it is given, and nothing registers on import', () => {
    expect(translator('en', radarMessages)('radar.all')).toBe(radarMessages.en['radar.all']);
    expect(translator('zh-CN', hubMessages)('hub.matrix')).toBe(hubMessages['zh-CN']['hub.matrix']);
    // The radar's and hub's catalogues are imported above, yet the shell's translator (and
    // another view's) does not know their keys: nothing was added as a side effect.
    expect(translator('en')('radar.all' as never)).toBe('radar.all');
    expect(translator('en', mapMessages)('hub.matrix' as never)).toBe('hub.matrix');
  });

  it('fills placeholders', () => {
    expect(translator('en')('data.table', { title: 'Map' })).toBe('Map: the data drawn');
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
