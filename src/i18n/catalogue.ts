/**
 * A message whose words depend on a number: `other` always, `one` where the language says
 * "1 source" but "2 sources". The number is the `count` parameter.
 */
export interface PluralMessage {
  one?: string;
  other: string;
}
/** One message: a template with `{name}` slots, or its plural forms. */
export type Message = string | PluralMessage;

/**
 * The strings of one part of the atlas (the shell, or a view) in both languages. A view owns
 * its catalogue and hands it to `useT`/`translator`, so its strings come with its code and a
 * key outside the catalogues given is a type error, not a raw key on screen.
 */
export interface Catalogue<K extends string> {
  readonly 'zh-CN': Readonly<Record<K, Message>>;
  readonly en: Readonly<Record<K, Message>>;
}

/** A view's catalogue: the Chinese strings name the keys; English must have every one of them. */
export function defineCatalogue<const Z extends Record<string, Message>>(
  zhMessages: Z,
  enMessages: Record<keyof Z, Message>,
): Catalogue<keyof Z & string> {
  return { 'zh-CN': zhMessages, en: enMessages };
}

/** The keys of a catalogue. */
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never;
