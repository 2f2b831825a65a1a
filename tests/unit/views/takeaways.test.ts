import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import { ratioSeries } from '../../../src/data/queries/regions';
import { mapMessages } from '../../../src/views/map/messages';
import { mapTakeaway, mostPartnered, yearOverview } from '../../../src/views/map/takeaway';
import { trendMessages } from '../../../src/views/trend/messages';
import { trendTakeaway } from '../../../src/views/trend/takeaway';
import { timelineMessages } from '../../../src/views/timeline/messages';
import { phaseOf, timelineTakeaway } from '../../../src/views/timeline/takeaway';
import { radarMessages } from '../../../src/views/radar/messages';
import { radarTakeaway } from '../../../src/views/radar/takeaway';
import { hubMessages } from '../../../src/views/hub/messages';
import { hubTakeaway } from '../../../src/views/hub/takeaway';
import {
  fullHub,
  gdp,
  pairing,
  pairings,
  phasedModels,
  policies,
  provinces,
  scoredModels,
} from '../../fixtures/datasets';

const all = { year: 2024, models: [], programme: null };

describe('map takeaway', () => {
  const data = {
    provinces: provinces(),
    pairings: pairings([
      pairing({ id: 'a', east: { adcode: '310000', place: null, institution: null } }),
      pairing({ id: 'b', east: { adcode: '440000', place: null, institution: null } }),
      pairing({
        id: 'c',
        west: { adcode: '520000', place: null, institution: null },
        model: 'industry-education',
      }),
      pairing({ id: 'late', startYear: 2030 }),
    ]),
  };

  it('names the year, the relationships and the western province with most eastern partners', () => {
    expect(mapTakeaway(data, all, translator('en', mapMessages), 'en')).toBe(
      '2024: 3 relationships; Yunnan has the most eastern partners (2)',
    );
    expect(mapTakeaway(data, all, translator('zh-CN', mapMessages), 'zh-CN')).toBe(
      '2024 年：3 条协作关系；云南的东部合作省份最多（2 个）',
    );
  });

  it('follows the state: one relationship, singular, under a model filter', () => {
    const one = { ...all, models: ['industry-education' as const] };
    expect(mapTakeaway(data, one, translator('en', mapMessages), 'en')).toBe(
      '2024: 1 relationship; Guizhou has the most eastern partners (1)',
    );
  });

  it('says when the year shows nothing', () => {
    expect(mapTakeaway(data, { ...all, year: 1990 }, translator('en', mapMessages), 'en')).toBe(
      '1990: no relationships under the current filters',
    );
  });

  it('names every province tied for most partners', () => {
    const arcs = [
      { east: '310000', westProvince: '530000' },
      { east: '310000', westProvince: '520000' },
    ];
    expect(mostPartnered(arcs)).toEqual({ provinces: ['520000', '530000'], partners: 1 });
    expect(mostPartnered([])).toBeNull();
  });

  it('sums the year up by model, western province and programme for the detail pane', () => {
    const o = yearOverview([
      { east: 'e1', westProvince: 'w1', model: 'policy-driven', programmes: ['p1'] },
      { east: 'e2', westProvince: 'w1', model: 'policy-driven', programmes: ['p1', 'p2'] },
      { east: 'e1', westProvince: 'w2', model: 'industry-education', programmes: ['p2'] },
    ]);
    expect(o.byModel).toEqual([
      { model: 'policy-driven', relationships: 2 },
      { model: 'industry-education', relationships: 1 },
    ]);
    expect(o.west).toEqual([
      { adcode: 'w1', partners: 2 },
      { adcode: 'w2', partners: 1 },
    ]);
    expect(o.programmes).toEqual([
      { id: 'p1', relationships: 2 },
      { id: 'p2', relationships: 2 },
    ]);
  });
});

describe('trend takeaway', () => {
  // West = Guizhou + Yunnan, East = Shanghai + Guangdong.
  const file = gdp([
    ['310000', 2000, 100],
    ['440000', 2000, 100],
    ['520000', 2000, 30],
    ['530000', 2000, 30],
    ['310000', 2001, 100],
    ['440000', 2001, 100],
    ['520000', 2001, 40],
    ['530000', 2001, 40],
  ]);
  const points = ratioSeries(file, provinces().provinces);
  const en = translator('en', trendMessages);

  it('compares the year’s West/East ratio with the first year', () => {
    expect(trendTakeaway(points, { year: 2001 }, en, 'en')).toBe(
      "2001: the West's GDP is 0.40 of the East's, up from 0.30 in 2000",
    );
    expect(trendTakeaway(points, { year: 2001 }, translator('zh-CN', trendMessages), 'zh-CN')).toBe(
      '2001 年：西部 GDP 是东部的 0.40，高于 2000 年的 0.30',
    );
    expect(trendTakeaway(points, { year: 2000 }, en, 'en')).toBe(
      "2000: the West's GDP is 0.30 of the East's",
    );
  });

  it('says a year has no data rather than guessing one', () => {
    expect(trendTakeaway(points, { year: 2025 }, en, 'en')).toBe(
      'No GDP data for 2025; the data cover 2000–2001',
    );
  });
});

describe('timeline takeaway', () => {
  const data = { policies: policies(), models: phasedModels() };
  const en = translator('en', timelineMessages);

  it('counts the documents by the year and names the phase', () => {
    expect(timelineTakeaway(data, { year: 2016 }, en, 'en')).toBe(
      `By 2016: 1 policy document, 1 of them in 2016; phase: ${data.models.models[1]!.name.en}`,
    );
    expect(timelineTakeaway(data, { year: 2024 }, en, 'en')).toMatch(
      /^By 2024: 1 policy document, none of them in 2024; phase: /,
    );
  });

  it('says when no document exists yet', () => {
    expect(timelineTakeaway(data, { year: 2010 }, en, 'en')).toBe(
      'No documents by 2010; the first is from 2016',
    );
  });

  it('takes the latest phase to begin where phases overlap', () => {
    const m = data.models.models;
    expect(phaseOf(m, 2014)?.id).toBe(m[1]!.id);
    expect(phaseOf(m, 2000)?.id).toBe(m[0]!.id);
    expect(phaseOf(m, 1999)).toBeNull();
  });
});

describe('radar takeaway', () => {
  const file = scoredModels();
  const en = translator('en', radarMessages);

  it('names the model that leads on most dimensions', () => {
    // Industry–education leads on actors and depth; policy-driven on flow (tied) and reliance.
    expect(radarTakeaway(file, { models: ['industry-education'] }, en, 'en')).toBe(
      'Model 3 scores highest on Dim actors, Dim depth (5/5)',
    );
    expect(
      radarTakeaway(file, { models: ['resource-complementary', 'industry-education'] }, en, 'en'),
    ).toBe('Model 2 and Model 3 each score highest on 2 of 4 dimensions');
    // Of all three: policy-driven leads on flow (tied) and reliance, industry–education on
    // actors and depth.
    expect(radarTakeaway(file, { models: [] }, en, 'en')).toBe(
      'Model 1 and Model 3 each score highest on 2 of 4 dimensions',
    );
    file.scores.find((s) => s.model === 'industry-education' && s.dimension === 'flow')!.score = 4;
    expect(radarTakeaway(file, { models: [] }, en, 'en')).toBe(
      'Model 3 scores highest on 3 of 4 dimensions',
    );
  });
});

describe('hub takeaway', () => {
  it('counts the linked pairs and names the path answering most bottlenecks', () => {
    const hub = fullHub();
    hub.links.push({ bottleneck: 'b2', path: 'p1', quote: hub.links[0]!.quote });
    expect(hubTakeaway(hub, translator('en', hubMessages), 'en')).toBe(
      'In the atlas’s reading, the paper’s 4 paths answer its 4 bottlenecks in 5 pairs; “High-level planning” answers the most bottlenecks (2)',
    );
  });
});
