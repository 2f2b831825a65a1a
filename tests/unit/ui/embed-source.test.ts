import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/schema/sources';
import { sourcePublishers } from '../../../src/ui/DataAndSources';

const source = (id: string, zh: string, en: string) =>
  ({ id, publisher: { zh, en }, title: { zh: 't', en: 't' } }) as unknown as Source;

const sources = [
  source('nbs', '国家统计局', 'National Bureau of Statistics of China'),
  source(
    'nbs-prov',
    '国家统计局；各省统计局',
    'National Bureau of Statistics of China; provincial bureaus',
  ),
  source('moe', '教育部', 'Ministry of Education'),
  source('xinhua', '新华社', 'Xinhua'),
  source('xinhua-2', '新华社', 'Xinhua'),
];

describe('an embed’s source line', () => {
  it('names each publisher once, in the order first cited, split where a field names several', () => {
    expect(sourcePublishers(['nbs-prov', 'nbs', 'moe'], sources, 'en')).toEqual({
      names: [
        'National Bureau of Statistics of China',
        'provincial bureaus',
        'Ministry of Education',
      ],
      more: 0,
    });
    expect(sourcePublishers(['nbs-prov'], sources, 'zh-CN').names).toEqual([
      '国家统计局',
      '各省统计局',
    ]);
  });

  it('names at most three and counts the rest', () => {
    expect(sourcePublishers(['xinhua', 'xinhua-2', 'moe', 'nbs-prov'], sources, 'en')).toEqual({
      names: ['Xinhua', 'Ministry of Education', 'National Bureau of Statistics of China'],
      more: 1,
    });
  });

  it('leaves out ids the bibliography does not have', () => {
    expect(sourcePublishers(['missing', 'moe'], sources, 'en')).toEqual({
      names: ['Ministry of Education'],
      more: 0,
    });
  });
});
