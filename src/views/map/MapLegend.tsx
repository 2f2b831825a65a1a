import { MODEL_IDS, type ModelId } from '../../data/schema/common';
import type { Lang } from '../../i18n';
import { MODEL_STYLE, REGION_FILL } from '../../lib/colours';
import { formatInteger, formatYuan100m } from '../../lib/format';
import { toggleModel } from '../../state/actions';
import { arcWidth } from './build-map-option';
import type { Shade } from '../../state/url-codec';
import { METRIC_RAMP, NO_DATA_FILL } from './shading';
import type { LegendRow } from '../../ui/export-legend';
import type { MapT } from './messages';

const dashArray = (m: ModelId) =>
  MODEL_STYLE[m].dash === 'dashed' ? '7 4' : MODEL_STYLE[m].dash === 'dotted' ? '2 4' : undefined;

interface Props {
  shadeBy: Shade;
  /** Range of the metric shading; null by region or without values. */
  domain: [number, number] | null;
  year: number;
  /** Selected models (store); empty = all. */
  models: readonly ModelId[];
  minWeight: number;
  maxWeight: number;
  projector: boolean;
  t: MapT;
  lang: Lang;
}

/**
 * The map's legend in HTML: model colour + dash (buttons that filter by model), what arc
 * width means, and the fill (regions, or the metric ramp with "no data").
 */
export function MapLegend(props: Props) {
  const { t, lang } = props;
  const fmt = (v: number) =>
    props.shadeBy === 'gdp' && v !== 0 ? formatYuan100m(v, lang) : formatInteger(v, lang);
  const sw = props.projector ? 4 : 3;
  return (
    <div className="map-legend" aria-label={t('map.legend.title')} role="group">
      <div className="map-legend__row">
        <span className="map-legend__title">{t('map.legend.models')}</span>
        {MODEL_IDS.map((m) => (
          <button
            key={m}
            type="button"
            className="map-legend__model"
            aria-pressed={props.models.includes(m)}
            title={t('map.legend.toggleModel', { model: t(`model.${m}`) })}
            onClick={() => toggleModel(m)}
          >
            <svg width="34" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="32"
                y2="6"
                stroke={MODEL_STYLE[m].colour}
                strokeWidth={sw}
                strokeDasharray={dashArray(m)}
              />
            </svg>
            {t(`model.${m}`)}
          </button>
        ))}
      </div>
      <div className="map-legend__row">
        <span className="map-legend__title">
          {props.maxWeight > 0
            ? t('map.legend.width', { min: props.minWeight, max: props.maxWeight })
            : t('map.legend.width.none')}
        </span>
        {props.maxWeight > 0 && (
          <svg width="80" height="22" aria-hidden="true">
            <line
              x1="2"
              y1="5"
              x2="78"
              y2="5"
              stroke="#444"
              strokeWidth={arcWidth(props.minWeight, props.maxWeight, props.projector)}
            />
            <line
              x1="2"
              y1="15"
              x2="78"
              y2="15"
              stroke="#444"
              strokeWidth={arcWidth(props.maxWeight, props.maxWeight, props.projector)}
            />
          </svg>
        )}
        <span className="map-legend__note">{t('map.legend.arrow')}</span>
      </div>
      <div className="map-legend__row">
        {props.shadeBy === 'region' ? (
          <>
            <span className="map-legend__title">{t('map.legend.regions')}</span>
            {(['east', 'central', 'west', 'northeast', 'none'] as const).map((r) => (
              <span key={r} className="map-legend__item">
                <span className="map-legend__swatch" style={{ background: REGION_FILL[r] }} />
                {t(`region.${r}`)}
              </span>
            ))}
          </>
        ) : (
          <>
            <span className="map-legend__title">
              {t('map.legend.metric', {
                metric: t(`map.shade.${props.shadeBy}`, { year: props.year }),
              })}
            </span>
            {props.domain && (
              <span className="map-legend__item">
                {fmt(props.domain[0])}
                <span
                  className="map-legend__ramp"
                  style={{
                    background: `linear-gradient(to right, ${METRIC_RAMP[0]}, ${METRIC_RAMP[1]})`,
                  }}
                />
                {fmt(props.domain[1])}
              </span>
            )}
            <span className="map-legend__item">
              <span
                className="map-legend__swatch map-legend__swatch--nodata"
                style={{ background: NO_DATA_FILL }}
              />
              {t('map.legend.noData')}
            </span>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * The same legend for exported images (PNG, SVG, slide), which hold only the chart: model
 * colour + dash, what arc width means, and the fill.
 */
export function mapExportLegend(props: Omit<Props, 'models'>): LegendRow[] {
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
                line: { colour: '#444444', width: width(props.minWeight) },
              },
              {
                label: String(props.maxWeight),
                line: { colour: '#444444', width: width(props.maxWeight) },
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
