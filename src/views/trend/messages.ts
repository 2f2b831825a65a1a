import { defineCatalogue, type CoreKey, type KeyOf, type Translate } from '../../i18n';

/**
 * Strings of the trend view. Keys start with "trend.";
 * English must have every key (a type error otherwise).
 */
export const trendMessages = defineCatalogue(
  {
    'trend.line.westEast': '西部/东部',
    'trend.line.centralEast': '中部/东部',
    'trend.line.northeastEast': '东北/东部',
    'trend.line.westShare': '西部占31省合计比重',
    'trend.toggles': '可选曲线',
    'trend.axis.ratio': '比值',
    'trend.axis.policies': '政策',
    'trend.claims.title': '论文的两个判断，用数据核对',
    'trend.claim.paper': '论文 {value}',
    'trend.claim.data': '数据 {value}',
    'trend.claim.dataLong': '数据：{from}–{to} 年西部/东部比值均值为 {value}',
    'trend.claim.dataYear': '数据：{from} 年西部/东部比值为 {value}',
    'trend.claim.within': '在容差 ±{tolerance} 之内',
    'trend.claim.outside': '超出容差 ±{tolerance}',
    'trend.claim.missing': '数据不全，无法核对',
    'trend.claim.source': '来源：{source}，{locator}',
    'trend.claim.translation': '（英文为本图谱的翻译）',
    'trend.baseChange': '统计口径变化',
    'trend.tooltip.missing': '缺少：{names}',
    'trend.tooltip.sources': '来源：{list}',
    'trend.tooltip.vintage': '数据版本：{list}',
    'trend.tooltip.policies': '{year} 年的政策文件',
    'trend.tooltip.click': '点击设为当前年份',
    'trend.policy.click': '点击查看文件',
    'trend.chart':
      '西部/东部 GDP 比值折线图，{from}–{to} 年，由各省 GDP 计算；当前年份 {year}，比值 {value}',
    'trend.keys': '年份：←/→ 切换',
    'trend.col.year': '年份',
    'trend.col.ratio': '西部/东部',
    'trend.col.vintage': '数据版本说明',
    'trend.col.missing': '缺失省份：{names}',
    'trend.unit': '单位：亿元（当年价）',
    'trend.takeaway.up': '{year} 年：西部 GDP 是东部的 {ratio}，高于 {first} 年的 {firstRatio}',
    'trend.takeaway.down': '{year} 年：西部 GDP 是东部的 {ratio}，低于 {first} 年的 {firstRatio}',
    'trend.takeaway.same': '{year} 年：西部 GDP 是东部的 {ratio}，与 {first} 年相同',
    'trend.takeaway.first': '{year} 年：西部 GDP 是东部的 {ratio}',
    'trend.takeaway.missing': '{year} 年没有 GDP 数据；数据覆盖 {from}–{to} 年',
    'trend.takeaway.none': '没有可计算西部/东部比值的年份',
  },
  {
    'trend.line.westEast': 'West/East',
    'trend.line.centralEast': 'Central/East',
    'trend.line.northeastEast': 'Northeast/East',
    'trend.line.westShare': "West's share of the 31-province total",
    'trend.toggles': 'Optional lines',
    'trend.axis.ratio': 'Ratio',
    'trend.axis.policies': 'Policies',
    'trend.claims.title': "The paper's two claims, checked against the data",
    'trend.claim.paper': 'paper {value}',
    'trend.claim.data': 'data {value}',
    'trend.claim.dataLong': 'Data: mean West/East ratio {from}–{to} is {value}',
    'trend.claim.dataYear': 'Data: West/East ratio in {from} is {value}',
    'trend.claim.within': 'within ±{tolerance}',
    'trend.claim.outside': 'outside ±{tolerance}',
    'trend.claim.missing': 'data incomplete, cannot check',
    'trend.claim.source': 'Source: {source}, {locator}',
    'trend.claim.translation': '(English: our translation)',
    'trend.baseChange': 'Statistical base change',
    'trend.tooltip.missing': 'Missing: {names}',
    'trend.tooltip.sources': 'Sources: {list}',
    'trend.tooltip.vintage': 'Vintage: {list}',
    'trend.tooltip.policies': 'Policy documents of {year}',
    'trend.tooltip.click': 'Click to make this the current year',
    'trend.policy.click': 'Click to open the document',
    'trend.chart':
      'Line chart of the West/East GDP ratio, {from}–{to}, computed from province GDP; current year {year}, ratio {value}',
    'trend.keys': 'Year: ←/→ to change',
    'trend.col.year': 'Year',
    'trend.col.ratio': 'West/East',
    'trend.col.vintage': 'Vintage note',
    'trend.col.missing': 'missing provinces: {names}',
    'trend.unit': 'Unit: 100 million yuan (current prices)',
    'trend.takeaway.up':
      "{year}: the West's GDP is {ratio} of the East's, up from {firstRatio} in {first}",
    'trend.takeaway.down':
      "{year}: the West's GDP is {ratio} of the East's, down from {firstRatio} in {first}",
    'trend.takeaway.same': "{year}: the West's GDP is {ratio} of the East's, as in {first}",
    'trend.takeaway.first': "{year}: the West's GDP is {ratio} of the East's",
    'trend.takeaway.missing': 'No GDP data for {year}; the data cover {from}–{to}',
    'trend.takeaway.none': 'No year has the data for a West/East ratio',
  },
);

export type TrendKey = KeyOf<typeof trendMessages>;
/** The translator the trend view's builders and components take: the shell's strings and its own. */
export type TrendT = Translate<CoreKey | TrendKey>;
