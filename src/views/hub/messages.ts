import { defineCatalogue, type CoreKey, type KeyOf, type Translate } from '../../i18n';

/**
 * Strings of the hub view. Keys start with "hub.";
 * English must have every key (a type error otherwise).
 */
export const hubMessages = defineCatalogue(
  {
    'hub.intro':
      '论文的论证：背景与机遇 → 四个瓶颈 → 四条路径。论文没有把路径逐一对应到瓶颈；矩阵是本图谱的解读：实心格表示本图谱认为某条路径的论文原文回应某个瓶颈，附所据原文。',
    'hub.context.count': '背景与机遇（{count} 段原文）',
    'hub.takeaway':
      '按本图谱的解读，论文的{paths}回应{bottlenecks}共 {pairs}；“{path}”回应的瓶颈最多（{count} 个）',
    'hub.takeaway.none': '论文列出{bottlenecks}与{paths}，本图谱未读出二者的对应',
    'hub.takeaway.sep': '”“',
    'hub.count.bottlenecks': ' {count} 个瓶颈',
    'hub.count.paths': ' {count} 条路径',
    'hub.count.pairs': '{count} 处',
    'hub.chains': '“四链”',
    'hub.matrix': '瓶颈 × 路径：本图谱解读的对应（论文没有逐一对应）',
    'hub.matrix.corner': '瓶颈 ＼ 路径',
    'hub.cell.linked': '{bottleneck} → {path}：本图谱读作有对应（{count} 处原文）',
    'hub.cell.none': '{bottleneck} → {path}：本图谱未读出对应',
    'hub.cell.noneMark': '—',
    'hub.legend.linked': '● 本图谱读作该路径回应该瓶颈（点击查看所据原文）',
    'hub.legend.none': '— 本图谱未读出对应',
    'hub.legend.linkedStill': '● 本图谱读作该路径回应该瓶颈',
    'hub.detail': '所选内容',
    'hub.detail.hint': '点击瓶颈、路径、“四链”或矩阵中的实心格，查看论文原文、位置与措施。',
    'hub.detail.close': '取消选择',
    'hub.detail.measures': '措施（{count} 条）',
    'hub.detail.linksTo': '对应的路径',
    'hub.detail.linksFrom': '回应的瓶颈',
    'hub.detail.noLinks': '本图谱没有把它与其他项目对应。',
    'hub.detail.link': '{bottleneck} → {path}',
    'hub.detail.original': '原文',
    'hub.detail.kindName': '{kind}：{name}',
    'hub.kind.bottleneck': '瓶颈',
    'hub.kind.path': '路径',
    'hub.kind.chain': '“四链”之一',
    'hub.kind.link': '对应关系',
    'hub.places': '地点（地图上标出）',
    'hub.place.hub': '区域职教中心',
    'hub.place.exemplar': '示范',
    'hub.locator': '位置：{locator}',
    'hub.translation': '（英文为本图谱的翻译）',
    'hub.col.bottleneck': '瓶颈',
    'hub.col.path': '路径',
    'hub.col.quote': '论文原文',
    'hub.col.quoteZh': '论文原文（中文原文）',
    'hub.col.locator': '位置',
    'hub.summary': '{bottlenecks} 个瓶颈、{paths} 条路径，本图谱读出 {links} 处对应。',
  },
  {
    'hub.intro':
      'The paper’s argument: context and opportunities → four bottlenecks → four paths. The paper does not map paths to bottlenecks one by one; the matrix is the atlas’s reading: a filled cell means the atlas reads that path’s passage as answering that bottleneck, with the passage it rests on.',
    'hub.takeaway':
      'In the atlas’s reading, the paper’s {paths} answer its {bottlenecks} in {pairs}; “{path}” answers the most bottlenecks ({count})',
    'hub.takeaway.none':
      'The paper names {bottlenecks} and {paths}; the atlas reads no link between them',
    'hub.takeaway.sep': '”, “',
    'hub.count.bottlenecks': { one: '{count} bottleneck', other: '{count} bottlenecks' },
    'hub.count.paths': { one: '{count} path', other: '{count} paths' },
    'hub.count.pairs': { one: '{count} pair', other: '{count} pairs' },
    'hub.context.count': {
      one: 'Context and opportunities ({count} passage)',
      other: 'Context and opportunities ({count} passages)',
    },
    'hub.chains': 'The “four chains”',
    'hub.matrix': 'Bottlenecks × paths as the atlas reads them (the paper maps none one by one)',
    'hub.matrix.corner': 'Bottleneck \\ path',
    'hub.cell.linked': {
      one: '{bottleneck} → {path}: read as linked by the atlas ({count} passage)',
      other: '{bottleneck} → {path}: read as linked by the atlas ({count} passages)',
    },
    'hub.cell.none': '{bottleneck} → {path}: no link read by the atlas',
    'hub.cell.noneMark': '—',
    'hub.legend.linked':
      '● the atlas reads this path as answering this bottleneck (click for the passage)',
    'hub.legend.none': '— no link read by the atlas',
    'hub.legend.linkedStill': '● the atlas reads this path as answering this bottleneck',
    'hub.detail': 'Selected',
    'hub.detail.hint':
      'Click a bottleneck, a path, one of the four chains or a filled cell to see the paper’s words, locator and measures.',
    'hub.detail.close': 'Clear selection',
    'hub.detail.measures': 'Measures ({count})',
    'hub.detail.linksTo': 'Paths that answer it',
    'hub.detail.linksFrom': 'Bottlenecks it answers',
    'hub.detail.noLinks': 'The atlas ties it to nothing else.',
    'hub.detail.link': '{bottleneck} → {path}',
    'hub.detail.original': 'Original',
    'hub.detail.kindName': '{kind}: {name}',
    'hub.kind.bottleneck': 'Bottleneck',
    'hub.kind.path': 'Path',
    'hub.kind.chain': 'One of the four chains',
    'hub.kind.link': 'Link',
    'hub.places': 'Places (marked on the map)',
    'hub.place.hub': 'Regional vocational-education centre',
    'hub.place.exemplar': 'Exemplar',
    'hub.locator': 'Locator: {locator}',
    'hub.translation': '(English: our translation)',
    'hub.col.bottleneck': 'Bottleneck',
    'hub.col.path': 'Path',
    'hub.col.quote': 'The paper’s words',
    'hub.col.quoteZh': 'The paper’s words (Chinese original)',
    'hub.col.locator': 'Locator',
    'hub.summary': '{bottlenecks} bottlenecks, {paths} paths, {links} links read by the atlas.',
  },
);

export type HubKey = KeyOf<typeof hubMessages>;
/** The translator the hub view's builders and components take: the shell's strings and its own. */
export type HubT = Translate<CoreKey | HubKey>;
