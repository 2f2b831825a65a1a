import type { Catalogue, Message } from './catalogue';
import { en } from './en';
import { zh, type CoreKey } from './zh';

export type { CoreKey };
export { defineCatalogue, type Catalogue, type KeyOf, type Message } from './catalogue';
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Placeholder values substituted into `{name}` slots; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number | undefined>;
/** A translator bound to one language; builders receive it so they stay pure. */
export type Translate<K extends string = CoreKey> = (key: K, params?: MessageParams) => string;

/** The shell's own strings, which every translator carries. */
export const CORE: Catalogue<CoreKey> = { 'zh-CN': zh, en };

/**
 * The plural category of `n` (CLDR's rule for each language): Chinese has one form; English
 * says "one" for exactly 1. Written out rather than with Intl.PluralRules, whose first use
 * loads locale data on the main thread while the first screen is drawing.
 */
export function pluralCategory(lang: Lang, n: number): 'one' | 'other' {
  return lang === 'en' && n === 1 ? 'one' : 'other';
}

/** The template for a message and the count it is used with. */
function template(message: Message, lang: Lang, count: unknown): string {
  if (typeof message === 'string') return message;
  const form = typeof count === 'number' ? pluralCategory(lang, count) : 'other';
  return message[form] ?? message.other;
}

/** A translator for the shell's strings and, when given, one view's catalogue. */
export function translator<K extends string = never>(
  lang: Lang,
  catalogue?: Catalogue<K>,
): Translate<CoreKey | K> {
  const messages: Readonly<Record<string, Message>> = catalogue
    ? { ...CORE[lang], ...catalogue[lang] }
    : CORE[lang];
  return (key, params) => {
    const message = messages[key];
    // Unreachable through the types; a key cast past them shows as itself, never as a crash.
    if (message === undefined) return key;
    const text = template(message, lang, params?.count);
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params[name];
      return v === undefined ? '–' : String(v);
    });
  };
}

/** Picks zh or en from a bilingual data field. */
export const pick = (text: { zh: string; en: string }, lang: Lang) =>
  lang === 'en' ? text.en : text.zh;

/**
 * Picks the reader's language, or the other where a reader's own talk has only that one: the
 * text, the language it is in, and whether that is the other one (to be marked so).
 */
export function pickOr(text: { zh: string; en: string }, lang: Lang) {
  const mine = pick(text, lang);
  if (mine.trim()) return { text: mine, lang, fallback: false };
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return { text: pick(text, other), lang: other, fallback: true };
}

/** The browser's preference, when the URL does not say: English for en-*, else Chinese. */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
