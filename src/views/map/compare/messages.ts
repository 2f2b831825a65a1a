import { defineCatalogue, type CoreKey, type KeyOf, type Translate } from '../../../i18n';
import { mapMessages, type MapKey } from '../messages';

/**
 * Strings of the map's comparisons (loaded with them, not with the map). Merged with the map's
 * own, so the comparisons' builders can use the map's counts and column names.
 */
const own = defineCatalogue(
  {
    'map.grid.title': '{years} 并排比较',
    'map.grid.year': '{year} 年',
    'map.grid.open': '在完整地图中打开 {year} 年',
    'map.grid.early': '完整地图从 {min} 年起，{year} 年只在比较中显示',
    'map.grid.note':
      '各图投影与比例相同，筛选条件相同；线宽在各图中代表同样的结对项数（最宽 {max} 项）。悬停某省份，各图都会突出它。',
    'map.back': '返回单年地图',
    'map.diff.title': '{from} → {to} 年：哪些协作关系开始、结束、延续',
    'map.diff.chart': '{from} 年到 {to} 年东西部职教协作变化地图',
    'map.diff.started': '新开始',
    'map.diff.ended': '已结束',
    'map.diff.continued': '延续',
    'map.diff.legend.started': '新开始（{to} 年在、{from} 年不在）',
    'map.diff.legend.ended': '已结束（{from} 年在、{to} 年不在），虚线',
    'map.diff.legend.continued': '两年都在，细灰线',
    'map.diff.count': '{pairings}，{pairs}',
    'map.diff.rule':
      '按单年地图的规则比较两年：结对自起始年（起始年不详的，自来源最早记载之年）至结束年处于执行期。在两年之间开始又结束的结对不在任一年的地图上，这里也不列出。',
    'map.diff.unplaced': '另有 {count} 项结对在同一省份之内，不画连线，表中列出。',
    'map.diff.table': '{from} → {to} 年新开始和已结束的结对及其来源',
    'map.diff.col.change': '变化',
    'map.diff.col.sources': '来源',
    'map.diff.csv': '下载变化表（CSV）',
    'map.diff.none': '两年之间没有新开始或结束的结对。',
    'map.diff.sourcesLoading': '来源加载中',
  },
  {
    'map.grid.title': '{years} side by side',
    'map.grid.year': '{year}',
    'map.grid.open': 'Open {year} in the full map',
    'map.grid.early': 'The full map starts in {min}; {year} is shown in comparisons only',
    'map.grid.note':
      'Same projection, scale and filters in every map; a line’s width stands for the same number of pairings in each (the widest, {max}). Hover a province to light it in every map.',
    'map.back': 'Back to the single map',
    'map.diff.title': '{from} → {to}: relationships that started, ended and continued',
    'map.diff.chart': 'Map of the change in East–West vocational collaboration from {from} to {to}',
    'map.diff.started': 'Started',
    'map.diff.ended': 'Ended',
    'map.diff.continued': 'Continued',
    'map.diff.legend.started': 'Started (in {to}, not in {from})',
    'map.diff.legend.ended': 'Ended (in {from}, not in {to}), dashed',
    'map.diff.legend.continued': 'In both years, thin grey',
    'map.diff.count': '{pairings}, {pairs}',
    'map.diff.rule':
      'The two years are compared by the single map’s rule: a pairing is active from its start year (or, when its start is unknown, the year a source first documents it) to its end year. A pairing that started and ended between the two years is in neither year’s map and is not listed here.',
    'map.diff.unplaced': {
      one: '{count} more pairing lies within one province: not drawn as a line, listed in the table.',
      other:
        '{count} more pairings lie within one province: not drawn as lines, listed in the table.',
    },
    'map.diff.table': 'Pairings that started or ended, {from} → {to}, with their sources',
    'map.diff.col.change': 'Change',
    'map.diff.col.sources': 'Sources',
    'map.diff.csv': 'Download the change (CSV)',
    'map.diff.none': 'No pairing started or ended between the two years.',
    'map.diff.sourcesLoading': 'sources loading',
  },
);

export const compareMessages = {
  'zh-CN': { ...mapMessages['zh-CN'], ...own['zh-CN'] },
  en: { ...mapMessages.en, ...own.en },
};

export type CompareKey = KeyOf<typeof own> | MapKey;
/** The comparisons' translator: the shell's strings, the map's and their own. */
export type CompareT = Translate<CoreKey | CompareKey>;
