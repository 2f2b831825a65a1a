import { pick, type Lang } from '../../i18n';
import type { Dimension, ModelsFile } from '../../data/schema/models';
import { scoreOf, stripLevel } from './build-radar-option';
import { QuoteBlock } from './QuoteBlock';
import { ModelSwatch } from './ModelSwatch';
import type { RadarT } from './messages';

interface Props {
  file: ModelsFile;
  dimension: Dimension;
  id: string;
  onClose: () => void;
  t: RadarT;
  lang: Lang;
}

/**
 * The disclosure a dimension button opens: what the dimension means, its five rubric levels
 * (with the models that scored at each level), the paper's basis for it, and each model's score
 * (the atlas's reading) with its confidence, the atlas's one-line reason and the paper's words it
 * rests on, with their locator. A dimension the atlas added says so first.
 */
export function DimensionRubric({ file, dimension, id, onClose, t, lang }: Props) {
  const name = pick(dimension.name, lang);
  return (
    <div
      id={id}
      className="radar__rubric"
      role="region"
      aria-label={t('radar.dimension.rubric', { name })}
      data-testid="radar-rubric"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="radar__rubric-head">
        <p className="radar__rubric-title">{t('radar.dimension.rubric', { name })}</p>
        <button type="button" onClick={onClose}>
          {t('radar.dimension.close')}
        </button>
      </div>
      {dimension.origin === 'atlas' && (
        <p className="radar__rubric-added" data-testid="radar-rubric-added">
          {t('radar.dimension.addedLong')}
        </p>
      )}
      <p className="radar__rubric-desc">{pick(dimension.description, lang)}</p>
      <ol className="radar__levels">
        {dimension.rubric.map((level, i) => {
          const n = i + 1;
          const here = file.models.filter((m) => scoreOf(file, m.id, dimension.id)?.score === n);
          return (
            <li
              key={n}
              className={here.length ? 'radar__level radar__level--scored' : 'radar__level'}
            >
              <span className="radar__level-n" aria-hidden="true">
                {n}
              </span>
              <span className="radar__level-text">{stripLevel(pick(level, lang), n)}</span>
              {here.length > 0 && (
                <span className="radar__level-models">
                  {here.map((m) => (
                    <span key={m.id} className="radar__level-model">
                      <ModelSwatch model={m.id} size={0.6} />
                      {pick(m.name, lang)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="radar__h">{t('radar.dimension.scores')}</p>
      <ul className="radar__scores">
        {file.models.map((m) => {
          const s = scoreOf(file, m.id, dimension.id);
          return (
            <li key={m.id}>
              <p className="radar__score-line">
                <ModelSwatch model={m.id} size={0.7} />
                <strong>
                  {t('radar.score.of', {
                    model: pick(m.name, lang),
                    score: s ? t('radar.score', { score: s.score }) : t('missing.value'),
                  })}
                </strong>
                {s && (
                  <span className="radar__confidence">
                    {' '}
                    · {t('radar.score.confidence', { level: t(`confidence.${s.confidence}`) })}
                  </span>
                )}
              </p>
              {s && (
                <p className="radar__reason">
                  {t('radar.reason', { reason: pick(s.reason, lang) })}
                </p>
              )}
              {s && <QuoteBlock quote={s.quote} t={t} lang={lang} />}
              {s?.note && (
                <p className="radar__note">{t('radar.note', { note: pick(s.note, lang) })}</p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="radar__h">{t('radar.dimension.basis')}</p>
      <QuoteBlock quote={dimension.basis} t={t} lang={lang} />
    </div>
  );
}
