/** What the map's legend says, for the HTML legend beside the map and for exported images. Pure. */
import { MODEL_IDS, type ModelId } from '../../data/schema/common';
import type { Lang } from '../../i18n';
import type { MapT } from './messages';
import { MAP_INK, MODEL_STYLE, REGION_FILL } from '../../lib/colours';
import { formatInteger, formatYuan100m } from '../../lib/format';
import type { Shade } from '../../state/url-codec';
import type { LegendRow } from '../../ui/export-legend';
import { arcWidth } from './build-map-option';
import { METRIC_RAMP, NO_DATA_FILL } from './shading';

/** The SVG dash pattern of a model's arcs. */
export const dashArray = (m: ModelId) =>
  MODEL_STYLE[m].dash === 'dashed' ? '7 4' : MODEL_STYLE[m].dash === 'dotted' ? '2 4' : undefined;

export interface LegendInput {
  shadeBy: Shade;
  /** Range of the metric shading; null by region or without values. */
  domain: [number, number] | null;
  year: number;
  minWeight: number;
  maxWeight: number;
  projector: boolean;
  t: MapT;
  lang: Lang;
}

/**
 * The same legend for exported images (PNG, SVG, slide), which hold only the chart: model
 * colour + dash, what arc width means, and the fill.
 */
export function mapExportLegend(props: LegendInput): LegendRow[] {
  const { t, lang } = props;
  const fmt = (v: number) =>
    props.shadeBy === 'gdp' && v !== 0 ? formatYuan100m(v, lang) : formatInteger(v, lang);
  const sw = props.projector ? 4 : 3;
  const dash = (m: ModelId) => dashArray(m)?.split(' ').map(Number);
  const width = (w: number) => arcWidth(w, props.maxWeight, props.projector);
  return [
    {
      title: t('map.legend.models'),
      keys: MODEL_IDS.map((m) => ({
        label: t(`model.${m}`),
        line: { colour: MODEL_STYLE[m].colour, width: sw, dash: dash(m) },
      })),
    },
    {
      title:
        props.maxWeight > 0
          ? t('map.legend.width', { min: props.minWeight, max: props.maxWeight })
          : t('map.legend.width.none'),
      keys: [
        ...(props.maxWeight > 0
          ? [
              {
                label: String(props.minWeight),
                line: { colour: MAP_INK.widthKey, width: width(props.minWeight) },
              },
              {
                label: String(props.maxWeight),
                line: { colour: MAP_INK.widthKey, width: width(props.maxWeight) },
              },
            ]
          : []),
        { label: t('map.legend.arrow') },
      ],
    },
    props.shadeBy === 'region'
      ? {
          title: t('map.legend.regions'),
          keys: (['east', 'central', 'west', 'northeast', 'none'] as const).map((r) => ({
            label: t(`region.${r}`),
            fill: REGION_FILL[r],
          })),
        }
      : {
          title: t('map.legend.metric', {
            metric: t(`map.shade.${props.shadeBy}`, { year: props.year }),
          }),
          keys: [
            ...(props.domain
              ? [
                  {
                    label: '',
                    ramp: {
                      colours: METRIC_RAMP,
                      from: fmt(props.domain[0]),
                      to: fmt(props.domain[1]),
                    },
                  },
                ]
              : []),
            { label: t('map.legend.noData'), fill: NO_DATA_FILL },
          ],
        },
  ];
}
