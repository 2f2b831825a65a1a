import * as echarts from 'echarts/core';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { DatasetMap } from '../../data/datasets';
import { parseDatasetText } from '../../data/load';
import { translator } from '../../i18n';
import { pageColours } from '../../lib/theme';
import { DEFAULT_URL_STATE } from '../../state/url-codec';
import { buildMapBase, buildMapFlows } from './build-map-option';
import { chinaCollection, mapName, parseChinaGeo } from './geo';
import { mapMessages } from './messages';
import { mapModel } from './model';

/*
 * The picture a shared link shows in chat apps and social sites (Open Graph / Twitter card):
 * the default map, as the atlas first draws it, at 1200 × 630. Made when the site is built
 * (vite.config.ts), in Node, with ECharts' server-side SVG renderer and the map's own model
 * and option builders; nothing here runs in the page. No text: the card's title and
 * description are the page's, and the picture must not depend on the fonts of the machine
 * that builds it.
 */

echarts.use([LinesChart, ScatterChart, GeoComponent, TooltipComponent, SVGRenderer]);

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What the picture shows, for those who cannot see it (og:image:alt). */
export const SOCIAL_IMAGE_ALT = `Map of China with arrows from eastern to western provinces: the East–West vocational-education collaboration relationships of ${DEFAULT_URL_STATE.year}`;

/** The default map (the URL's defaults: year, every model, regions) as an SVG document. */
export function socialImageSvg(
  data: Pick<DatasetMap, 'provinces' | 'pairings'>,
  chinaJson: unknown,
): string {
  const parsed = parseChinaGeo(chinaJson);
  if (!parsed.ok) throw new Error(`data/geo/china.json: ${JSON.stringify(parsed.issues[0])}`);
  echarts.registerMap(mapName(null), chinaCollection(parsed.geo) as never);
  const d = DEFAULT_URL_STATE;
  const model = mapModel(
    { ...data, china: { status: 'ready', geo: parsed.geo }, prefectures: null },
    {
      year: d.year,
      models: d.models,
      programme: null,
      province: null,
      pairing: null,
      shade: d.shade,
      hub: false,
      drill: null,
    },
    {
      // No text is drawn; the language only has to be one of the atlas's.
      lang: 'zh-CN',
      t: translator('zh-CN', mapMessages),
      projector: false,
      width: SOCIAL_IMAGE.width,
      motion: false,
      hover: null,
      room: null,
    },
  );
  if (!model.layers) throw new Error('the map model has no layers');
  const base = buildMapBase(model.layers.base, () => '');
  // The place names have a layer of their own on screen ('apart'): left out.
  const flows = buildMapFlows(model.layers.flows, 'apart');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...SOCIAL_IMAGE });
  try {
    // The builders' options are typed loosely (strings for ECharts' enums), as the page's
    // chart wrapper takes them.
    chart.setOption({
      ...flows,
      animation: false,
      tooltip: undefined,
      backgroundColor: pageColours('default').bg,
      geo: base.geo,
      series: [...base.series, ...flows.series],
    } as echarts.EChartsCoreOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The same from the files' texts (data/provinces.json, data/pairings.json, data/geo/china.json). */
export function socialImageFromFiles(text: (path: string) => string): string {
  const dataset = <K extends 'provinces' | 'pairings'>(name: K) => {
    const read = parseDatasetText(name, text(`data/${name}.json`));
    if (!read.ok) throw new Error(`data/${name}.json does not validate`);
    return read.data;
  };
  return socialImageSvg(
    { provinces: dataset('provinces'), pairings: dataset('pairings') },
    JSON.parse(text('data/geo/china.json')),
  );
}
