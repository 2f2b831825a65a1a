import type { Lang } from '../../i18n';
import type { Policy } from '../../data/schema/policies';

/**
 * A document date at the precision the data gives: "2016年" / "2016年10月" / "2016年10月18日",
 * "2016" / "October 2016" / "18 October 2016". Never adds a month or a day the source lacks.
 */
export function formatPolicyDate(date: string, precision: Policy['precision'], lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const month = precision === 'year' ? undefined : m;
  const day = precision === 'day' ? d : undefined;
  if (month === undefined) return lang === 'en' ? String(y) : `${y}年`;
  const when = new Date(Date.UTC(y, month - 1, day ?? 1));
  return dateFormat(lang, day !== undefined).format(when);
}

// One formatter per language and precision: the timeline formats every document on each render.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, withDay: boolean) {
  const key = `${lang}|${withDay}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}
