import { MODEL_IDS, type ModelId } from '../../data/schema/common';
import { MAP_INK, MODEL_STYLE, REGION_FILL } from '../../lib/colours';
import { formatInteger, formatYuan100m } from '../../lib/format';
import { toggleModel } from '../../state/actions';
import { arcWidth } from './build-map-option';
import { dashArray, type LegendInput } from './legend';
import { METRIC_RAMP, NO_DATA_FILL } from './shading';

type Props = LegendInput & {
  /** Selected models (store); empty = all. */
  models: readonly ModelId[];
  /**
   * Absent, the panel's legend. 'embed': the models as plain keys (no filter buttons) and the
   * fill, without the arc-width row, so it takes two short lines. 'slide': one row, the shown
   * models and the fill, no titles, nothing to press.
   */
  variant?: 'embed' | 'slide';
};

/**
 * The map's legend in HTML: model colour + dash (buttons that filter by model), what arc
 * width means, and the fill (regions, or the metric ramp with "no data").
 */
export function MapLegend(props: Props) {
  const { t, lang } = props;
  const fmt = (v: number) =>
    props.shadeBy === 'gdp' && v !== 0 ? formatYuan100m(v, lang) : formatInteger(v, lang);
  const sw = props.projector ? 4 : 3;
  const key = (m: ModelId) => (
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
  );
  if (props.variant === 'slide') {
    const shown = props.models.length ? props.models : MODEL_IDS;
    return (
      <div className="map-legend__row" aria-label={t('map.legend.title')} role="group">
        {shown.map((m) => (
          <span key={m} className="map-legend__item">
            {key(m)}
            {t(`model.${m}`)}
          </span>
        ))}
        {(['east', 'central', 'west', 'northeast'] as const).map((r) => (
          <span key={r} className="map-legend__item">
            <span className="map-legend__swatch" style={{ background: REGION_FILL[r] }} />
            {t(`region.${r}`)}
          </span>
        ))}
      </div>
    );
  }
  const compact = props.variant === 'embed';
  return (
    <div
      className={`map-legend${compact ? ' map-legend--compact' : ''}`}
      aria-label={t('map.legend.title')}
      role="group"
    >
      <div className="map-legend__row">
        {!compact && <span className="map-legend__title">{t('map.legend.models')}</span>}
        {MODEL_IDS.map((m) =>
          compact ? (
            <span key={m} className="map-legend__item">
              {key(m)}
              {t(`model.${m}`)}
            </span>
          ) : (
            <button
              key={m}
              type="button"
              className="map-legend__model"
              aria-pressed={props.models.includes(m)}
              title={t('map.legend.toggleModel', { model: t(`model.${m}`) })}
              onClick={() => toggleModel(m)}
            >
              {key(m)}
              {t(`model.${m}`)}
            </button>
          ),
        )}
      </div>
      {!compact && (
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
                stroke={MAP_INK.widthKey}
                strokeWidth={arcWidth(props.minWeight, props.maxWeight, props.projector)}
              />
              <line
                x1="2"
                y1="15"
                x2="78"
                y2="15"
                stroke={MAP_INK.widthKey}
                strokeWidth={arcWidth(props.maxWeight, props.maxWeight, props.projector)}
              />
            </svg>
          )}
          <span className="map-legend__note">{t('map.legend.arrow')}</span>
        </div>
      )}
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
