import type { DatasetError } from '../data/dataset-error';
import { describeDatasetError } from '../i18n/describe';
import { useT } from './use-t';

const SHOWN = 8;

/**
 * Replaces a view (or the part of it) whose dataset failed, naming file, record, field and
 * reason. `title` says what cannot be shown, when it is not the whole view.
 */
export function DatasetErrorPanel({ errors, title }: { errors: DatasetError[]; title?: string }) {
  const t = useT();
  return (
    <div className="dataset-error" role="alert">
      <p className="dataset-error__title">{title ?? t('data.error.title')}</p>
      <ul>
        {errors.slice(0, SHOWN).map((e, i) => (
          <li key={i}>{describeDatasetError(e, t)}</li>
        ))}
      </ul>
      {errors.length > SHOWN && <p>{t('data.error.more', { count: errors.length - SHOWN })}</p>}
    </div>
  );
}
