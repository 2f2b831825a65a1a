import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { pick, type Lang } from '../../i18n';
import { MODEL_STYLE } from '../../lib/colours';
import type { ModelId } from '../../data/schema/common';
import type { Model } from '../../data/schema/models';
import { shownFrom, type Pairing, type PairingsFile } from '../../data/schema/pairings';
import type { PoliciesFile } from '../../data/schema/policies';
import type { Province } from '../../data/schema/provinces';
import { selectPolicy, setModels, setProgramme, showPairing } from '../../state/actions';
import { cardLinks, pairingLabel } from './model-cards';
import { ModelSwatch } from './ModelSwatch';
import { QuoteBlock } from './QuoteBlock';
import type { RadarT } from './messages';

interface Props {
  models: readonly Model[];
  pairings: PairingsFile;
  policies: PoliciesFile;
  provinces: readonly Province[];
  /** The card shown (view-local state of the radar component). */
  active: ModelId;
  onActivate: (id: ModelId) => void;
  /** The shared programme selection, to mark the pressed programme button. */
  programme: string | null;
  pairing: string | null;
  policy: string | null;
  t: RadarT;
  lang: Lang;
}

/**
 * The phase cards of the three models as tabs (compact on phones and on a projector): period,
 * definition, actors, flow, resources, depth, representative programmes ("show on the map"),
 * key policies ("show on the timeline") and the limits the paper names. Folded by default: open,
 * they are two to three thousand pixels of text, which would leave the rest of the dashboard
 * far below the chart they explain.
 */
export function ModelCards({
  models,
  pairings,
  policies,
  provinces,
  active,
  onActivate,
  programme,
  pairing,
  policy,
  t,
  lang,
}: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const model = models.find((m) => m.id === active) ?? models[0]!;
  const links = useMemo(() => cardLinks(model, pairings, policies), [model, pairings, policies]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = models.findIndex((m) => m.id === model.id);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % models.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + models.length) % models.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = models.length - 1;
    if (next < 0) return;
    e.preventDefault();
    e.stopPropagation();
    onActivate(models[next]!.id);
    tabs.current[next]?.focus();
  };

  const panelId = `radar-card-${model.id}`;
  return (
    <section
      className={`radar__cards${open ? ' is-open' : ''}`}
      aria-label={t('radar.cards')}
      data-testid="radar-cards"
    >
      <button
        type="button"
        className="radar__cards-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="radar__cards-chevron">
          ▸
        </span>{' '}
        {t('radar.cards.toggle')}
      </button>
      <div id={bodyId} hidden={!open}>
        <div className="radar__tabs" role="tablist" aria-label={t('radar.cards')} onKeyDown={onKey}>
          {models.map((m, i) => (
            <button
              key={m.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`radar-tab-${m.id}`}
              aria-selected={m.id === model.id}
              aria-controls={`radar-card-${m.id}`}
              tabIndex={m.id === model.id ? 0 : -1}
              className="radar__tab"
              style={{
                borderBottomColor: m.id === model.id ? MODEL_STYLE[m.id].colour : undefined,
              }}
              onClick={() => onActivate(m.id)}
            >
              <ModelSwatch model={m.id} size={0.7} />
              {pick(m.name, lang)}
            </button>
          ))}
        </div>
        <div
          id={panelId}
          role="tabpanel"
          aria-labelledby={`radar-tab-${model.id}`}
          className="radar__card"
          style={{ borderTopColor: MODEL_STYLE[model.id].colour }}
          data-model={model.id}
        >
          <p className="radar__period">
            <span className="radar__label">
              {t('radar.card.periodYears', {
                from: model.period.startYear,
                to: model.period.endYear ?? '',
              })}
            </span>{' '}
            {pick(model.period.label, lang)}
          </p>
          <div className="radar__card-grid">
            <div className="radar__card-main">
              <p className="radar__h">{t('radar.card.definition')}</p>
              <QuoteBlock quote={model.definition} t={t} lang={lang} />
              <dl className="radar__facts">
                <dt>{t('radar.card.actors')}</dt>
                <dd>{pick(model.actors, lang)}</dd>
                <dt>{t('radar.card.flow')}</dt>
                <dd>{pick(model.flow, lang)}</dd>
                <dt>{t('radar.card.resources')}</dt>
                <dd>
                  <ul className="radar__chips">
                    {model.resources.map((r) => (
                      <li key={r}>{t(`radar.resource.${r}`)}</li>
                    ))}
                  </ul>
                </dd>
                <dt>{t('radar.card.depth')}</dt>
                <dd>{pick(model.depth, lang)}</dd>
              </dl>
            </div>
            <div className="radar__card-side">
              <p className="radar__h">{t('radar.card.representatives')}</p>
              <QuoteBlock quote={model.representatives} t={t} lang={lang} />
              <p className="radar__h" id={`${panelId}-programmes`}>
                {links.derived ? t('radar.card.programmes.derived') : t('radar.card.programmes')}
              </p>
              {links.programmes.length === 0 ? (
                <p className="radar__none">{t('radar.card.programmes.none')}</p>
              ) : (
                <ul className="radar__links" data-testid="radar-programmes">
                  {links.programmes.map((p) => (
                    <li key={p.id}>
                      <button
                        type="button"
                        aria-pressed={programme === p.id}
                        aria-describedby={`${panelId}-programmes`}
                        data-programme={p.id}
                        onClick={() => {
                          setProgramme(p.id);
                          setModels([model.id]);
                        }}
                      >
                        <span aria-hidden="true">→ </span>
                        {pick(p.name, lang)}
                        <span className="radar__count">
                          {' '}
                          · {t('radar.card.programme.count', { count: p.count })}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <PairingLinks
                list={links.pairings}
                heading={t('radar.card.pairings')}
                headingId={`${panelId}-pairings`}
                testId="radar-pairings"
                // Said only when the atlas shows examples of its own instead.
                none={links.examples.length > 0 ? t('radar.card.pairings.none') : null}
                {...{ model, provinces, pairing, t, lang }}
              />
              <PairingLinks
                list={links.examples}
                heading={t('radar.card.examples')}
                headingId={`${panelId}-examples`}
                testId="radar-examples"
                {...{ model, provinces, pairing, t, lang }}
              />
              <p className="radar__h" id={`${panelId}-policies`}>
                {links.policiesDerived
                  ? t('radar.card.policies.derived')
                  : t('radar.card.policies')}
              </p>
              {links.policies.length === 0 ? (
                <p className="radar__none">{t('radar.card.policies.none')}</p>
              ) : (
                <ul className="radar__links" data-testid="radar-policies">
                  {links.policies.map(({ policy: p, year }) => (
                    <li key={p.id}>
                      <button
                        type="button"
                        aria-pressed={policy === p.id}
                        aria-describedby={`${panelId}-policies`}
                        data-policy={p.id}
                        onClick={() => selectPolicy(p.id, { year })}
                      >
                        <span className="radar__date">{p.date}</span> {pick(p.title, lang)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <p className="radar__h">{t('radar.card.limits')}</p>
              {model.limits.length === 0 ? (
                <p className="radar__none">{t('radar.card.limits.none')}</p>
              ) : (
                model.limits.map((q, i) => <QuoteBlock key={i} quote={q} t={t} lang={lang} />)
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}

interface PairingLinksProps {
  list: readonly Pairing[];
  heading: string;
  headingId: string;
  testId: string;
  /** What to say under the heading when the list is empty; nothing at all when null. */
  none?: string | null;
  model: Model;
  provinces: readonly Province[];
  pairing: string | null;
  t: RadarT;
  lang: Lang;
}

/** A card's list of relationships, each a button that shows it on the map; nothing when empty. */
function PairingLinks({
  list,
  heading,
  headingId,
  testId,
  none = null,
  model,
  provinces,
  pairing,
  t,
  lang,
}: PairingLinksProps) {
  if (list.length === 0 && !none) return null;
  return (
    <>
      <p className="radar__h" id={headingId}>
        {heading}
      </p>
      {list.length === 0 && (
        <p className="radar__none" data-testid={`${testId}-none`}>
          {none}
        </p>
      )}
      {list.length > 0 && (
        <ul className="radar__links" data-testid={testId}>
          {list.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                aria-pressed={pairing === p.id}
                aria-describedby={headingId}
                data-pairing={p.id}
                onClick={() =>
                  showPairing(p.id, {
                    model: model.id,
                    startYear: shownFrom(p),
                    endYear: p.endYear,
                  })
                }
              >
                <span aria-hidden="true">→ </span>
                {pairingLabel(p, provinces, lang)}
                <span className="radar__count">
                  {' '}
                  ·{' '}
                  {p.startYear === null
                    ? t('radar.card.pairing.documented', { year: shownFrom(p) })
                    : t('radar.card.pairing.since', { year: p.startYear })}
                  {p.interpretation ? ` · ${t('radar.card.pairing.interpreted')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
