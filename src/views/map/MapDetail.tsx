import { useMemo } from 'react';
import { shownFrom, type Pairing, type PairingsFile, type Party } from '../../data/schema/pairings';
import type { DescriptionsFile } from '../../data/schema/descriptions';
import type { Province } from '../../data/schema/provinces';
import type { Source } from '../../data/schema/sources';
import { pick, type Lang } from '../../i18n';
import { MODEL_STYLE } from '../../lib/colours';
import { safeHref } from '../../lib/escape';
import { formatYuan100m } from '../../lib/format';
import { selectPairing, selectProvince } from '../../state/actions';
import { isActive, passesFilters, yearsText, type ArcFilters } from './flows';
import type { YearOverview } from './takeaway';
import type { MapT } from './messages';

const LIST_LIMIT = 60;
const LOW_CONFIDENCE = new Set(['medium-low', 'low']);

interface Props {
  pairings: PairingsFile;
  /** The relationships' texts; undefined until descriptions.json has arrived. */
  descriptions?: DescriptionsFile;
  provinces: readonly Province[];
  sources: readonly Source[];
  gdp: Map<string, number | null>;
  filters: ArcFilters;
  province: string | null;
  pairing: string | null;
  t: MapT;
  lang: Lang;
  /** Heading level of the panel's title: 3 under the dashboard's h2, 2 under an embed's h1. */
  level: 2 | 3;
  /** The year at a glance, shown while nothing is selected. */
  overview: YearOverview;
}

/** How many western provinces and programmes the overview lists. */
const OVERVIEW_TOP = 6;

/**
 * The detail panel of the selection: a selected pairing with the other pairings on its arc, or
 * every pairing of a selected province (active ones first), each with years, programme, model,
 * resources, exemplars, confidence, interpretation and sources.
 */
export function MapDetail({
  level,
  pairings,
  descriptions,
  provinces,
  sources,
  gdp,
  filters,
  province,
  pairing,
  t,
  lang,
  overview,
}: Props) {
  const byCode = useMemo(() => new Map(provinces.map((p) => [p.adcode, p])), [provinces]);
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const textById = useMemo(
    () => new Map((descriptions?.pairings ?? []).map((d) => [d.id, d])),
    [descriptions],
  );
  const programmeById = useMemo(
    () => new Map(pairings.programmes.map((p) => [p.id, p])),
    [pairings.programmes],
  );
  const selectedPairing = pairing ? pairings.pairings.find((p) => p.id === pairing) : undefined;

  const list = useMemo((): { title: string; items: Pairing[]; total: number } | null => {
    if (selectedPairing) {
      const sameArc = pairings.pairings.filter(
        (p) =>
          p.id !== selectedPairing.id &&
          p.east.adcode === selectedPairing.east.adcode &&
          p.west.adcode === selectedPairing.west.adcode &&
          p.model === selectedPairing.model &&
          isActive(p, filters),
      );
      const items = [selectedPairing, ...sameArc];
      return { title: t('map.detail.arc', { count: items.length }), items, total: items.length };
    }
    if (!province) return null;
    const mine = pairings.pairings.filter(
      (p) =>
        (p.east.adcode === province || p.west.adcode === province) && passesFilters(p, filters),
    );
    const active = mine.filter((p) => isActive(p, filters));
    const rest = mine.filter((p) => !isActive(p, filters));
    return {
      title: t('map.detail.count', { count: mine.length, year: filters.year }),
      items: [...active, ...rest],
      total: mine.length,
    };
  }, [selectedPairing, province, pairings.pairings, filters, t]);

  const name = (code: string) => {
    const p = byCode.get(code);
    return p ? (lang === 'en' ? p.name.en : p.name.zh) : code;
  };
  const party = (x: Party) =>
    [
      name(x.adcode),
      x.place ? pick(x.place.name, lang) : null,
      x.institution ? pick(x.institution, lang) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const heading = (() => {
    if (selectedPairing)
      return `${name(selectedPairing.east.adcode)} → ${name(selectedPairing.west.adcode)}`;
    if (province) {
      const p = byCode.get(province);
      return p
        ? t('map.detail.province', { name: name(province), region: t(`region.${p.region}`) })
        : province;
    }
    return null;
  })();

  const Title = level === 2 ? 'h2' : 'h3';
  const ItemTitle = level === 2 ? 'h3' : 'h4';
  return (
    <section className="map-detail" aria-labelledby="map-detail-title" data-testid="map-detail">
      <div className="map-detail__head">
        <Title id="map-detail-title">
          {heading ?? t('map.overview.title', { year: filters.year })}
        </Title>
        {(province || pairing) && (
          <button
            type="button"
            onClick={() => {
              selectProvince(null);
            }}
          >
            {t('map.detail.clear')}
          </button>
        )}
      </div>
      {!list && (
        <Overview
          overview={overview}
          name={name}
          programme={(id) => {
            const p = programmeById.get(id);
            return p ? pick(p.name, lang) : id;
          }}
          t={t}
        />
      )}
      {province && !selectedPairing && byCode.has(province) && (
        <p>
          {t('map.detail.gdp', {
            year: filters.year,
            value:
              gdp.get(province) != null
                ? formatYuan100m(gdp.get(province) ?? null, lang)
                : t('missing.value'),
          })}
        </p>
      )}
      {list && (
        <>
          <p className="map-detail__count">{list.title}</p>
          {list.items.length === 0 && <p>{t('map.detail.noPairings')}</p>}
          <ol className="map-detail__list">
            {list.items.slice(0, LIST_LIMIT).map((p) => {
              const active = isActive(p, filters);
              const programme = programmeById.get(p.programme);
              return (
                <li
                  key={p.id}
                  className={`map-pairing${active ? '' : ' map-pairing--inactive'}${
                    p.id === pairing ? ' map-pairing--selected' : ''
                  }`}
                >
                  <ItemTitle className="map-pairing__title">
                    {party(p.east)} → {party(p.west)}
                  </ItemTitle>
                  {!active && (
                    <p className="map-flag">{t('map.detail.inactive', { year: filters.year })}</p>
                  )}
                  {textById.has(p.id) && (
                    <p className="map-pairing__desc">
                      {pick(textById.get(p.id)!.description, lang)}
                    </p>
                  )}
                  <dl className="map-pairing__facts">
                    <dt>{t('map.detail.years')}</dt>
                    <dd>
                      {yearsText(shownFrom(p), p.endYear, t, p.startYear !== null)}
                      {p.startNote && (
                        <span className="map-start-note" data-testid="start-note">
                          {pick(p.startNote, lang)}
                        </span>
                      )}
                    </dd>
                    <dt>{t('map.detail.firstDocumented')}</dt>
                    <dd>
                      {t('map.detail.firstDocumented.value', {
                        year: p.firstDocumented.year,
                        source: (() => {
                          const s = sourceById.get(p.firstDocumented.sourceId);
                          return s
                            ? `${pick(s.publisher, lang)}, ${s.date}`
                            : p.firstDocumented.sourceId;
                        })(),
                      })}
                    </dd>
                    <dt>{t('map.detail.programme')}</dt>
                    <dd>{programme ? pick(programme.name, lang) : p.programme}</dd>
                    <dt>{t('map.detail.model')}</dt>
                    <dd>
                      <ModelLine model={p.model} /> {t(`model.${p.model}`)}
                    </dd>
                    <dt>{t('map.detail.resources')}</dt>
                    <dd>
                      {p.resources.length
                        ? p.resources
                            .map((r) => t(`map.resource.${r}`))
                            .join(lang === 'en' ? ', ' : '、')
                        : t('missing.value')}
                    </dd>
                    {(textById.get(p.id)?.exemplars.length ?? 0) > 0 && (
                      <>
                        <dt>{t('map.detail.exemplars')}</dt>
                        <dd>
                          {textById
                            .get(p.id)!
                            .exemplars.map((e) => pick(e, lang))
                            .join(lang === 'en' ? '; ' : '；')}
                        </dd>
                      </>
                    )}
                    <dt>{t('map.detail.confidence')}</dt>
                    <dd>
                      <span className={`confidence confidence--${p.confidence}`}>
                        {t(`confidence.${p.confidence}`)}
                      </span>
                      {LOW_CONFIDENCE.has(p.confidence) && (
                        <span className="map-flag"> ⚠ {t('map.detail.lowConfidence')}</span>
                      )}
                    </dd>
                  </dl>
                  {p.interpretation && (
                    <p className="map-interpretation">
                      <span className="map-flag">{t('map.detail.interpretation')}</span>{' '}
                      {pick(p.interpretation, lang)}
                    </p>
                  )}
                  {p.modelByRule && programme?.modelRule && (
                    <p className="map-interpretation" data-testid="map-model-rule">
                      <span className="map-flag">{t('map.detail.modelByRule')}</span>{' '}
                      {pick(programme.modelRule, lang)}
                    </p>
                  )}
                  <p className="map-pairing__sources">
                    {t('map.detail.sources')}:{' '}
                    {p.sourceIds.map((id, i) => {
                      const s = sourceById.get(id);
                      const href = safeHref(s?.url);
                      const text = s
                        ? `${pick(s.publisher, lang)}. ${pick(s.title, lang)}. ${s.date}`
                        : t('map.detail.unknownSource', { id });
                      return (
                        <span key={id}>
                          {i > 0 && '; '}
                          {href ? (
                            <a href={href} target="_blank" rel="noopener noreferrer">
                              {text}
                            </a>
                          ) : (
                            text
                          )}
                        </span>
                      );
                    })}
                  </p>
                  {p.id !== pairing && (
                    <button
                      type="button"
                      className="map-pairing__select"
                      onClick={() => selectPairing(p.id)}
                    >
                      {t('map.detail.select')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {list.total > LIST_LIMIT && (
            <p>{t('map.detail.more', { count: list.total - LIST_LIMIT })}</p>
          )}
        </>
      )}
    </section>
  );
}

/** A model's line as the map draws it: colour and dash. */
function ModelLine({ model }: { model: Pairing['model'] }) {
  const style = MODEL_STYLE[model];
  return (
    <svg className="map-swatch" width="26" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="25"
        y2="5"
        stroke={style.colour}
        strokeWidth="3"
        strokeDasharray={
          style.dash === 'dashed' ? '6 3' : style.dash === 'dotted' ? '2 3' : undefined
        }
      />
    </svg>
  );
}

/** The year at a glance: relationships by model, the most-partnered west, the programmes. */
function Overview({
  overview,
  name,
  programme,
  t,
}: {
  overview: YearOverview;
  name: (adcode: string) => string;
  programme: (id: string) => string;
  t: MapT;
}) {
  if (overview.byModel.length === 0) {
    return <p className="map-detail__none">{t('map.detail.none')}</p>;
  }
  return (
    <div className="map-overview" data-testid="map-overview">
      <ul className="map-overview__models">
        {overview.byModel.map((m) => (
          <li key={m.model}>
            <ModelLine model={m.model} /> {t(`model.${m.model}`)}:{' '}
            <strong>{t('map.count.relationships', { count: m.relationships })}</strong>
          </li>
        ))}
      </ul>
      <p className="map-overview__h">{t('map.overview.west')}</p>
      <ol className="map-overview__west">
        {overview.west.slice(0, OVERVIEW_TOP).map((w) => (
          <li key={w.adcode}>
            <button
              type="button"
              className="map-linkbutton"
              onClick={() => selectProvince(w.adcode)}
            >
              {name(w.adcode)}
            </button>{' '}
            <span className="map-overview__n">
              {t('map.overview.partners', { count: w.partners })}
            </span>
          </li>
        ))}
      </ol>
      <p className="map-overview__h">{t('map.overview.programmes')}</p>
      <ol className="map-overview__programmes">
        {overview.programmes.slice(0, OVERVIEW_TOP).map((p) => (
          <li key={p.id}>
            {programme(p.id)}{' '}
            <span className="map-overview__n">
              {t('map.count.relationships', { count: p.relationships })}
            </span>
          </li>
        ))}
      </ol>
      {overview.programmes.length > OVERVIEW_TOP && (
        <p className="map-overview__n">
          {t('map.overview.morePrograms', { count: overview.programmes.length - OVERVIEW_TOP })}
        </p>
      )}
      <p className="map-detail__none">{t('map.overview.hint')}</p>
    </div>
  );
}
