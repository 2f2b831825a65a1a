import { useId, useState } from 'react';
import { setCompare, setDiff } from '../../state/actions';
import { COMPARE_MIN, COMPARE_YEAR_MIN, parseYearList, YEAR_MAX } from '../../state/url-codec';
import type { MapT } from './messages';

/** The rounds of the collaboration: the 1996 pairings, aid to Xinjiang (2010), 2016, 2021. */
export const ROUND_YEARS = [1996, 2010, 2016, 2021] as const;
/** The change the paper's argument turns on: the 2016 adjustment to the 2021 round. */
const CHANGE_PRESET: [number, number] = [2016, 2021];

/**
 * "Compare years" among the map's options, folded: the rounds side by side, the 2016 → 2021
 * change, or the reader's own years, checked by the URL's own rule (so a list that would be
 * refused in a link is refused here, with the reason, and nothing changes).
 */
export function CompareControl({ t }: { t: MapT }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const submit = (kind: 'compare' | 'diff') => {
    const years = parseYearList(
      text
        .trim()
        .split(/[\s,，、]+/)
        .filter(Boolean)
        .join(','),
    );
    const ok =
      years !== null && (kind === 'diff' ? years.length === 2 : years.length >= COMPARE_MIN);
    setInvalid(!ok);
    if (!ok) return;
    if (kind === 'diff') setDiff([years[0]!, years[1]!]);
    else setCompare(years);
  };
  return (
    <details className="map-compare">
      <summary>{t('map.compare.label')}</summary>
      <div className="map-compare__body">
        <button type="button" onClick={() => setCompare([...ROUND_YEARS])}>
          {t('map.compare.rounds')}
        </button>
        <button type="button" onClick={() => setDiff(CHANGE_PRESET)}>
          {t('map.compare.change', { from: CHANGE_PRESET[0], to: CHANGE_PRESET[1] })}
        </button>
        <form
          className="map-compare__custom"
          onSubmit={(e) => {
            e.preventDefault();
            submit('compare');
          }}
        >
          <label htmlFor={id}>{t('map.compare.custom')}</label>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            value={text}
            placeholder="2005, 2016, 2021"
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">{t('map.compare.side')}</button>
          <button type="button" onClick={() => submit('diff')}>
            {t('map.compare.diff')}
          </button>
          {invalid && (
            <p id={`${id}-error`} className="map-compare__error" role="alert">
              {t('map.compare.invalid', { min: COMPARE_YEAR_MIN, max: YEAR_MAX })}
            </p>
          )}
        </form>
      </div>
    </details>
  );
}
