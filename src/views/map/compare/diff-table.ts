/**
 * The change's table: each relationship that started or ended, with its years and the sources it
 * rests on, as plain text (the table on screen and the CSV are the same rows). Pure.
 */
import { shownFrom, type Pairing, type Programme } from '../../../data/schema/pairings';
import type { Province } from '../../../data/schema/provinces';
import type { Source } from '../../../data/schema/sources';
import { pick, type Lang } from '../../../i18n';
import { yearsText } from '../flows';
import type { YearDiff } from './diff';
import type { CompareT } from './messages';

export interface DiffRow {
  /** The pairing's id. */
  id: string;
  change: 'started' | 'ended';
  east: string;
  west: string;
  programme: string;
  years: string;
  /** Each source as "publisher, title (date)"; the id while the bibliography loads. */
  sources: string[];
}

export const DIFF_COLUMNS = ['change', 'east', 'west', 'programme', 'years', 'sources'] as const;
export type DiffColumn = (typeof DIFF_COLUMNS)[number];

export function diffRows(
  diff: YearDiff,
  ctx: {
    provinces: readonly Province[];
    programmes: readonly Programme[];
    /** Null while sources.json loads (or when it failed). */
    sources: readonly Source[] | null;
    t: CompareT;
    lang: Lang;
  },
): DiffRow[] {
  const { t, lang } = ctx;
  const byCode = new Map(ctx.provinces.map((p) => [p.adcode, p]));
  const sourceById = new Map((ctx.sources ?? []).map((s) => [s.id, s]));
  const sep = lang === 'en' ? ', ' : '，';
  const party = (adcode: string, place: Pairing['east']['place']) => {
    const p = byCode.get(adcode);
    const province = p ? (lang === 'en' ? p.name.en : p.name.zhShort) : adcode;
    return place ? `${province}${sep}${pick(place.name, lang)}` : province;
  };
  const source = (id: string) => {
    const s = sourceById.get(id);
    if (!s) return id;
    return lang === 'en'
      ? `${pick(s.publisher, lang)}, ${pick(s.title, lang)} (${s.date})`
      : `${pick(s.publisher, lang)}《${pick(s.title, lang)}》（${s.date}）`;
  };
  const row = (p: Pairing, change: DiffRow['change']): DiffRow => {
    const programme = ctx.programmes.find((x) => x.id === p.programme);
    return {
      id: p.id,
      change,
      east: party(p.east.adcode, p.east.place),
      west: party(p.west.adcode, p.west.place),
      programme: programme ? pick(programme.name, lang) : p.programme,
      years: yearsText(shownFrom(p), p.endYear, t, p.startYear !== null),
      sources: p.sourceIds.map(source),
    };
  };
  return [...diff.started.map((p) => row(p, 'started')), ...diff.ended.map((p) => row(p, 'ended'))];
}

/** The headers of the table and CSV, in DIFF_COLUMNS order. */
export const diffHeaders = (t: CompareT): string[] =>
  DIFF_COLUMNS.map((c) =>
    c === 'change'
      ? t('map.diff.col.change')
      : c === 'sources'
        ? t('map.diff.col.sources')
        : t(`map.col.${c}`),
  );

/** One row as CSV cells, in DIFF_COLUMNS order. */
export const diffCells = (r: DiffRow, t: CompareT, lang: Lang): string[] => [
  t(`map.diff.${r.change}`),
  r.east,
  r.west,
  r.programme,
  r.years,
  r.sources.join(lang === 'en' ? '; ' : '；'),
];
