#!/usr/bin/env node
// Writes data/gdp.json from the research table data/tools/inputs/gdp_by_province.csv (31
// provinces × 2000–2024, 亿元 at current prices). Each value is attributed to its original
// publisher (国家统计局 or the provincial bureau's bulletin) with the vintage and the
// confidence the research assigned; where the values were obtained through a secondary copy,
// the source's note says so. Nothing is interpolated: a missing value would stay null.
// Run: node data/tools/build-gdp.mjs (reads only files in the repository)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const csv = readFileSync(join(import.meta.dirname, 'inputs', 'gdp_by_province.csv'), 'utf8').trim().split('\n');
function parseLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
const head = parseLine(csv[0]);
const rows = csv.slice(1).map((l) => Object.fromEntries(parseLine(l).map((v, i) => [head[i], v])));

// The research's confidence words, mapped onto the atlas's scale.
const CONFIDENCE = { high: 'high', 'medium-high': 'medium-high', medium: 'medium', 'low-medium': 'medium-low', 'medium-low': 'medium-low', low: 'low' };

function sourceFor(year, adcode) {
  if (year <= 2020) return 'nbs-provincial-annual-rev2018';
  if (year <= 2023) return `nbs-provincial-gdp-${year}-first-release`;
  if (adcode === '210000' || adcode === '460000') return 'provincial-bulletins-2024-secondary';
  return 'provincial-bulletins-2024';
}
const vintageFor = (year) => (year <= 2020 ? 'rev-2018-census' : year <= 2023 ? 'first-release' : 'base-2023-census');

const values = rows
  .map((r) => {
    const year = Number(r.year);
    const v = r.gdp_100m_yuan.trim();
    return {
      adcode: r.adcode,
      year,
      value: v === '' ? null : Number(v),
      vintage: vintageFor(year),
      confidence: CONFIDENCE[r.confidence],
      sourceId: sourceFor(year, r.adcode),
    };
  })
  .sort((a, b) => a.year - b.year || a.adcode.localeCompare(b.adcode));

const PAPER = 'paper-gao-guo-2025';
const gdp = {
  unit: '100m-yuan',
  firstYear: 2000,
  lastYear: 2024,
  vintages: [
    { id: 'rev-2018-census', label: { zh: '第四次全国经济普查（2018）后修订数', en: 'Revised after the 4th economic census (2018)' } },
    { id: 'first-release', label: { zh: '初步核算/首次发布数（第五次经济普查前口径）', en: 'First release (before the 5th economic census revision)' } },
    { id: 'base-2023-census', label: { zh: '2024年初步核算数（第五次全国经济普查修订后口径）', en: '2024 first release on the base revised after the 5th economic census (2023)' } },
  ],
  baseChanges: [
    {
      fromYear: 2023,
      toYear: 2024,
      note: {
        zh: '2024年数值以第五次全国经济普查（2023）修订后的口径发布，2023年为修订前首发数；两年之间的变化混合了口径调整与实际增长，不宜据此计算增速。',
        en: '2024 values are on the base revised after the 5th economic census (2023), 2023 values are first releases before that revision: the step between them mixes revision and real growth, so no growth rate should be read across it.',
      },
      sourceIds: ['provincial-bulletins-2024', 'nbs-provincial-gdp-2023-first-release'],
    },
  ],
  values,
  claims: [
    {
      id: 'west-east-early-2000s',
      quote: {
        zh: '21世纪初期,我国西部地区GDP总量约为东部地区的1/3。',
        en: 'In the early 21st century, the total GDP of China’s western region was about one third of the eastern region’s.',
        locator: '二、(一) ¶1',
        sourceId: PAPER,
      },
      metric: 'west-east-ratio',
      years: [2000, 2004],
      value: 0.3333,
      tolerance: 0.03,
    },
    {
      id: 'west-east-2023',
      quote: {
        zh: '到2023年,我国西部地区GDP总量约为东部地区的 40% 左右,区域间发展分化的挑战仍然存在。',
        en: 'By 2023, the total GDP of the western region was around 40% of the eastern region’s; the challenge of regional divergence remains.',
        locator: '二、(一) ¶1',
        sourceId: PAPER,
      },
      metric: 'west-east-ratio',
      years: [2023, 2023],
      value: 0.4,
      tolerance: 0.02,
    },
  ],
};
writeFileSync(join(root, 'data/gdp.json'), `${JSON.stringify(gdp)}\n`);
console.log(`data/gdp.json: ${values.length} values`);
