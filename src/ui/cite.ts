import type { Source } from '../data/schema/sources';
import { pick, type Lang } from '../i18n';

/** What a citation of one view of the atlas needs. */
export interface ViewCitation {
  /** The view's title in the reader's language. */
  viewTitle: string;
  /** The atlas title in the reader's language. */
  atlasTitle: string;
  /** The exact URL of the state cited. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
}

/** GB/T 7714-2015 style for an online resource: 题名[EB/OL]. (引用日期). URL. */
export function citeGbt7714(c: ViewCitation): string {
  return `${c.atlasTitle}：${c.viewTitle}[EB/OL]. (${c.accessed})[${c.accessed}]. ${c.url}.`;
}

/** APA 7 style for a web page without an author: Title. (n.d.). Retrieved date, from URL */
export function citeApa(c: ViewCitation): string {
  return `${c.atlasTitle}: ${c.viewTitle}. (n.d.). Retrieved ${c.accessed}, from ${c.url}`;
}

/** A source in GB/T 7714 style, for the sources list under a view. */
export function citeSourceGbt(s: Source, lang: Lang): string {
  const kind =
    s.kind === 'paper'
      ? 'J'
      : s.kind === 'statistics' || s.kind === 'dataset'
        ? 'DB'
        : s.kind === 'policy'
          ? 'Z'
          : 'N';
  const online = s.url ? '/OL' : '';
  return `${pick(s.publisher, lang)}. ${pick(s.title, lang)}[${kind}${online}]. ${s.date}. ${s.locator}`;
}
