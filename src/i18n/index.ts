import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey };
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Placeholder values substituted into `{name}` slots. */
export type MessageParams = Record<string, string | number | undefined>;
/** A translator bound to one language; builders receive it so they stay pure. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Lang, Partial<Record<MessageKey, string>>> = {
  'zh-CN': { ...zh },
  en: { ...en },
};

/**
 * Adds a view's catalogue. Views below the first screen ship their strings with their own
 * lazily loaded code and register them when that code is evaluated.
 */
export function addMessages<K extends MessageKey>(
  zhMessages: Record<K, string>,
  enMessages: Record<K, string>,
) {
  Object.assign(catalogues['zh-CN'], zhMessages);
  Object.assign(catalogues.en, enMessages);
}

export function translator(lang: Lang): Translate {
  const messages = catalogues[lang];
  return (key, params) => {
    // A key whose catalogue has not arrived shows as the key, never as a crash.
    const template = messages[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params[name];
      return v === undefined ? '–' : String(v);
    });
  };
}

/** Picks zh or en from a bilingual data field. */
export const pick = (text: { zh: string; en: string }, lang: Lang) =>
  lang === 'en' ? text.en : text.zh;

/** The browser's preference, when the URL does not say: English for en-*, else Chinese. */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
