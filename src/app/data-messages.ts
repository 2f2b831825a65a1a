import { defineCatalogue } from '../i18n';

/**
 * Strings of the notice about broken data at the top of the dashboard or an embed: loaded
 * with its code, so a first screen whose data is whole does not carry them.
 */
export const dataMessages = defineCatalogue(
  {
    'data.error.cascade': '依赖的“{value}”（{target}）已被略去',
    'data.notice.title': '部分数据无法使用',
    'data.notice.unreadable': '无法读取 {file}。',
    'data.notice.views': '无法显示：{views}。',
    'data.notice.missing': '其他数据文件引用的条目在 {file} 中不存在：{values}。',
    'data.notice.likely': '很可能是 {file} 被修改过：某个条目被改名或删除。',
    'data.notice.likelyOwn': '引用它们的是你载入的文件（{files}）：很可能需要修改的是那个文件。',
    'data.notice.leftOut': '引用这些条目的记录已略去，其余照常显示（{list}）。',
    'data.notice.leftOutItem': '{file} 略去 {count} 条',
    'data.notice.unusable': '略去这些记录后，以下文件无法使用：{files}。',
  },
  {
    'data.error.cascade': 'depends on “{value}” ({target}), which was left out',
    'data.notice.title': 'Some data could not be used',
    'data.notice.unreadable': '{file} could not be read.',
    'data.notice.views': 'Not shown: {views}.',
    'data.notice.missing':
      'Entries that other data files refer to are missing from {file}: {values}.',
    'data.notice.likely': 'Most likely {file} was changed: an entry was renamed or removed.',
    'data.notice.likelyOwn':
      'They are referred to by the file you loaded ({files}): most likely that file needs correcting.',
    'data.notice.leftOut':
      'The records that refer to them were left out, and the rest is shown ({list}).',
    'data.notice.leftOutItem': '{file}: {count} left out',
    'data.notice.unusable': 'Without those records, these files cannot be used: {files}.',
  },
);
