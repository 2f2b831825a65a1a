import type { Lang } from '../../i18n';
import type { Policy } from '../../data/schema/policies';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A document date at the precision the data gives: "2016年" / "2016年10月" / "2016年10月18日",
 * "2016" / "October 2016" / "18 October 2016". Never adds a month or a day the source lacks.
 * Written out rather than through Intl.DateTimeFormat, whose first use loads ICU's calendar
 * data (about 12 ms, 50 ms on a phone) in the middle of the timeline's first render; a test
 * holds it to what Intl writes (zh-CN, en-GB).
 */
export function formatPolicyDate(date: string, precision: Policy['precision'], lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const month = precision === 'year' ? undefined : m;
  const day = precision === 'day' ? d : undefined;
  if (lang === 'en') {
    const monthYear = month === undefined ? String(y) : `${MONTHS_EN[month - 1]} ${y}`;
    return day === undefined ? monthYear : `${day} ${monthYear}`;
  }
  return `${y}年${month === undefined ? '' : `${month}月`}${day === undefined ? '' : `${day}日`}`;
}
