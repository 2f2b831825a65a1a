import { defineCatalogue, type CoreKey, type KeyOf, type Translate } from '../../i18n';

/**
 * Strings of the timeline view. Keys start with "timeline.";
 * English must have every key (a type error otherwise).
 */
export const timelineMessages = defineCatalogue(
  {
    'timeline.lane.central': '中央',
    'timeline.lane.ministry': '部委',
    'timeline.lane.local': '省市',
    'timeline.level.central': '中央',
    'timeline.level.ministry': '部委',
    'timeline.level.provincial': '省级',
    'timeline.level.municipal': '市级',
    'timeline.docs': '政策文件：←/→ 切换，Home/End 到首末，Enter 选择',
    'timeline.doc.option': '{date}，{title}，{issuer}',
    'timeline.slider': '年份游标',
    'timeline.slider.value': '{year} 年',
    'timeline.play': '播放',
    'timeline.pause': '暂停',
    'timeline.replay': '从 {year} 年重新播放',
    'timeline.speed': '播放速度',
    'timeline.controls': '年份与播放',
    'timeline.year.now': '当前年份：{year} 年',
    'timeline.detail.none':
      '选择一份文件（点击，或用 ←/→ 和 Enter）查看标题、发文机关、文号、日期、要点与来源。',
    'timeline.detail.issuer': '发文机关',
    'timeline.detail.number': '文号',
    'timeline.detail.date': '日期',
    'timeline.detail.gist': '要点',
    'timeline.detail.sources': '来源',
    'timeline.detail.phase': '所属阶段',
    'timeline.detail.level': '层级',
    'timeline.detail.noNumber': '无文号',
    'timeline.detail.close': '取消选择',
    'timeline.phase.none': '未归入阶段',
    'timeline.col.date': '日期',
    'timeline.col.title': '标题',
    'timeline.col.issuer': '发文机关',
    'timeline.col.number': '文号',
    'timeline.col.level': '层级',
    'timeline.col.phase': '阶段',
    'timeline.chart':
      '政策时间线：{count} 份文件，{from}–{to} 年，按层级分行，背景为三种模式的阶段',
    'timeline.scroll': '左右滑动查看全部年份',
  },
  {
    'timeline.lane.central': 'Central',
    'timeline.lane.ministry': 'Ministries',
    'timeline.lane.local': 'Local',
    'timeline.level.central': 'Central',
    'timeline.level.ministry': 'Ministry',
    'timeline.level.provincial': 'Provincial',
    'timeline.level.municipal': 'Municipal',
    'timeline.docs': 'Policy documents: ←/→ to move, Home/End for first/last, Enter to select',
    'timeline.doc.option': '{date}, {title}, {issuer}',
    'timeline.slider': 'Year cursor',
    'timeline.slider.value': '{year}',
    'timeline.play': 'Play',
    'timeline.pause': 'Pause',
    'timeline.replay': 'Replay from {year}',
    'timeline.speed': 'Playback speed',
    'timeline.controls': 'Year and playback',
    'timeline.year.now': 'Current year: {year}',
    'timeline.detail.none':
      'Select a document (click, or ←/→ and Enter) to see its title, issuer, number, date, gist and sources.',
    'timeline.detail.issuer': 'Issuer',
    'timeline.detail.number': 'Document number',
    'timeline.detail.date': 'Date',
    'timeline.detail.gist': 'Gist',
    'timeline.detail.sources': 'Sources',
    'timeline.detail.phase': 'Phase',
    'timeline.detail.level': 'Level',
    'timeline.detail.noNumber': 'no document number',
    'timeline.detail.close': 'Clear selection',
    'timeline.phase.none': 'no phase',
    'timeline.col.date': 'Date',
    'timeline.col.title': 'Title',
    'timeline.col.issuer': 'Issuer',
    'timeline.col.number': 'Number',
    'timeline.col.level': 'Level',
    'timeline.col.phase': 'Phase',
    'timeline.chart': {
      one: 'Policy timeline: {count} document, {from}–{to}, in lanes by level, over the phases of the three models',
      other:
        'Policy timeline: {count} documents, {from}–{to}, in lanes by level, over the phases of the three models',
    },
    'timeline.scroll': 'Scroll sideways to see every year',
  },
);

export type TimelineKey = KeyOf<typeof timelineMessages>;
/** The translator the timeline view's builders and components take: the shell's strings and its own. */
export type TimelineT = Translate<CoreKey | TimelineKey>;
