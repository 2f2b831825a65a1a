import { defineCatalogue } from '../i18n';

/** Strings of the report of "Load your own data", loaded with the dialog. */
export const ownMessages = defineCatalogue(
  {
    'own.report': '每个文件的处理结果',
    'own.summary': '已使用：{used} · 未采用：{refused} · 已忽略：{ignored}',
    'own.file.used': '已使用：替换内置的 {file}',
    'own.file.usedLeftOut':
      '已使用：替换内置的 {file}；其中 {count} 条记录引用了不存在的条目，已略去',
    'own.file.refused': '未采用，没有替换任何数据（{file} 保持原样）：{why}',
    'own.file.unknown': '已忽略：不是数据文件的名称（例如 pairings.json）',
    'own.file.duplicate': '已忽略：同一数据集已选择了 {by}，使用的是那个文件',
    'own.why.too-large': '文件过大（{size}，上限 {max}）',
    'own.why.json': '不是有效的 JSON',
    'own.why.format': '不符合 {file} 的格式',
    'own.why.cross': '其中的记录与其他数据文件对不上',
    'own.elsewhere': '其他文件中有记录引用了你的文件里没有的条目，已略去：{list}。',
    'own.elsewhereItem': '{file} 略去 {count} 条',
    'own.unusable': '以下文件与你的文件无法一起使用：{files}。',
  },
  {
    'own.report': 'What became of each file',
    'own.summary': 'Used: {used} · refused: {refused} · ignored: {ignored}',
    'own.file.used': 'used: replaces the bundled {file}',
    'own.file.usedLeftOut': {
      one: 'used: replaces the bundled {file}; {count} of its records refers to an entry that is missing and was left out',
      other:
        'used: replaces the bundled {file}; {count} of its records refer to entries that are missing and were left out',
    },
    'own.file.refused': 'refused, nothing replaced ({file} stays as it was): {why}',
    'own.file.unknown': 'ignored: not the name of a dataset file (such as pairings.json)',
    'own.file.duplicate': 'ignored: {by} was picked for the same dataset and is the one used',
    'own.why.too-large': 'the file is too large ({size}; at most {max})',
    'own.why.json': 'it is not valid JSON',
    'own.why.format': 'it does not follow the format of {file}',
    'own.why.cross': 'its records do not fit together with the other data files',
    'own.elsewhere':
      'Records of other files refer to entries your files do not have, and were left out: {list}.',
    'own.elsewhereItem': '{file}: {count} left out',
    'own.unusable': 'These files cannot be used together with yours: {files}.',
  },
);
